# ruff: noqa: E501  (list lines are as long as lists write them)
"""Layouts of the dev sets 20a, 20c, 20d and 20f, written here in our own words (invented titles
and addresses), each failing before its rule."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


CHANGELOG_TABLE = """\
# Awesome Widgets

## Recently Added

| Date | Resource | Category |
|------|----------|----------|
| 2026-05 | WidgetLM | Models — Generative |
| 2026-05 | "Many Widgets, One Gadget" | Papers — Foundational |
| 2026-04 | GadgetSet | Datasets — Vision |
| 2026-04 | Sprocket Tools | Tools — Parsing |

## Models

- **[WidgetLM](https://github.com/example/widgetlm)** a language model of widgets.
- **[GadgetSet](https://huggingface.co/datasets/example/gadgets)** pictures of gadgets.
"""


def test_a_recently_added_table_is_the_lists_news_not_its_works() -> None:
    got = [(e.entry.line, e.entry.title) for e in _read(CHANGELOG_TABLE).entries]
    assert got == [(14, "WidgetLM"), (15, "GadgetSet")]


PAPERS_WITHOUT_CODE = """\
# Widget segmentation

## Surveys

| TYPE | Venue | Paper Title and Notes | Code |
| :---: | :---: | :---: | :---: |
| Survey | *Widget Rev. '25* | Widget segmentation with deep learning: A review | None |
| Survey | *J. Gadgets '24* | Automatic change detection in widget streams | [WidgetCPD](https://github.com/example/widgetcpd) |
| Survey | *Sprocket Sys. '21* | Sequential Widget Detection Classical Results and New Directions | None |
| Dataset | *GadgetConf '23* | A New Data Set for Widget Sensing 🌟 | [WSD](https://github.com/example/wsd) |
| Survey | *CSUR '11* | Widget-stream data mining | None |
"""


def test_link_less_rows_of_a_table_of_titles_and_venues_are_works() -> None:
    got = [
        (e.entry.title, [x.url for x in e.entry.links]) for e in _read(PAPERS_WITHOUT_CODE).entries
    ]
    assert got == [
        ("Widget segmentation with deep learning: A review", []),
        ("Automatic change detection in widget streams", ["https://github.com/example/widgetcpd"]),
        ("Sequential Widget Detection Classical Results and New Directions", []),
        ("A New Data Set for Widget Sensing", ["https://github.com/example/wsd"]),
        ("Widget-stream data mining", []),
    ]


CITATIONS_AS_LINKS = """\
# Widget effects

## Estimators

|Name|Paper|Code|
|---|---|---|
|WidgetKit|[Lee, Ann, and Bo Chan. "Sorting widgets with gadgets." In International Conference on Widget Learning, pp. 10-20. 2019.](https://example.org/sorting.pdf)|[Python](https://github.com/example/widgetkit)|
|GadgetNet|[Dee, Cy, Ann Lee, and Bo Chan. "Stacking gadgets: bounds and algorithms." arXiv preprint arXiv:1606.00001 (2016).](https://arxiv.org/pdf/1606.00001)|[Python](https://github.com/example/gadgetnet)|
|SprocketGAN|[Learning Sprockets from Few Examples](https://arxiv.org/abs/1906.00002)|NA|
||[Kim, Ode. "Interval estimation of widget effects." In AISTATS, pp. 1-9. 2019.](https://arxiv.org/abs/1810.00003)|NA|
|WidgetTalk|[Nu, Mo. "Discussion of "Widget Causes" by Lee and Chan."](https://example.org/discussion)|NA|

## Fairness

- [Wu, Vic, and Cy Dee. "Fair widgets in text sorting." In Proceedings of the Widget Conference, pp. 1-8. 2020.](https://example.org/fair.pdf)
"""


def test_a_citation_written_as_a_links_label_is_titled_by_its_quoted_title() -> None:
    got = [
        (e.entry.title, e.entry.alias, e.entry.authors, e.entry.year)
        for e in _read(CITATIONS_AS_LINKS).entries
    ]
    assert got == [
        ("Sorting widgets with gadgets", "WidgetKit", ["Ann Lee", "Bo Chan"], 2019),
        (
            "Stacking gadgets: bounds and algorithms",
            "GadgetNet",
            ["Cy Dee", "Ann Lee", "Bo Chan"],
            2016,
        ),
        ("Learning Sprockets from Few Examples", "SprocketGAN", [], 2019),
        ("Interval estimation of widget effects", None, ["Ode Kim"], 2019),
        # A quote inside the quoted title: not cut at the inner quote.
        ('Nu, Mo. "Discussion of "Widget Causes" by Lee and Chan."', "WidgetTalk", [], None),
        ("Fair widgets in text sorting", None, ["Vic Wu", "Cy Dee"], 2020),
    ]


RESOURCE_TABLE = """\
# Awesome Widget NLP

## Start Here

| # | Resource | What it is in plain English | Link |
|---|----------|-----------------------------|------|
| 1 | **WidgetBERT** | The most widely used pre-trained model for widgets. Most projects build on it. | [HuggingFace](https://huggingface.co/example/widgetbert) |
| 2 | **WidgetEval** | The standard benchmark for widget models, with a public leaderboard. | [GitHub](https://github.com/example/widgeteval) |
| 3 | **GadgetCorpus** | Many gadget datasets in one place with standard loaders. | [GitHub](https://github.com/example/gadgetcorpus) |
"""


def test_a_resource_column_names_each_row() -> None:
    got = [(e.entry.title, e.entry.summary) for e in _read(RESOURCE_TABLE).entries]
    assert [title for title, _ in got] == ["WidgetBERT", "WidgetEval", "GadgetCorpus"]
