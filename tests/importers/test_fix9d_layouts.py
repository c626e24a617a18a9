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


RESOURCES_BY_TOPIC = """\
# Awesome Widget Architecture

## Patterns

### Model-Widget-Controller

The controller owns the widgets.

**Best For:** small apps

**Resources:**
- 📖 [The Widget Controller Guide](https://widgets.example.org/guide)
- 📺 [Widgets in Practice](https://video.example.org/watch?v=abc)

### Model-Widget-Gadget

**Resources:**
- 📖 [Gadgets and Widgets](https://gadgets.example.org/mwg)

## Resources

### Books

- 📚 [Clean Widgets](https://books.example.org/clean-widgets)
- 📚 [Widget-Driven Design](https://books.example.org/wdd)

### Talks

- 📺 [Uncle Widget - Clean Widgets](https://video.example.org/watch?v=def)

## Useful Resources

- **Widget conference deadlines** [[Link]](https://deadlines.example.org/)
"""


def test_resources_of_a_topic_and_resources_sorted_by_kind_are_works() -> None:
    got = [e.entry.title for e in _read(RESOURCES_BY_TOPIC).entries]
    assert got == [
        "The Widget Controller Guide",
        "Widgets in Practice",
        "Gadgets and Widgets",
        "Clean Widgets",
        "Widget-Driven Design",
        "Uncle Widget - Clean Widgets",
    ]


TOOLS_DESCRIBED = """\
# Widget simulators

- [Gizmo](https://gizmo.example.org/): Gizmo enables widget simulations based
  on the WG-5 protocols. Single widgets can be equipped with many services.
- [WidgetSim](https://github.com/example/widgetsim): An extension which can
  model widget mobility in the fog.
- [Sprock](https://sprock.example.org/): The Sprock simulator is a modular platform
  for widget research.
- [WidgetSet](https://widgets.example.org/set): A Benchmark for Widget Sorting
- [Cityscapes of Widgets](https://widgets.example.org/city): This dataset consists of widgets on roads.
- [GadgetSet](https://gadgets.example.org/): 20k+ images
"""


def test_a_sentence_about_a_linked_name_after_its_colon_is_no_subtitle() -> None:
    got = [e.entry.title for e in _read(TOOLS_DESCRIBED).entries]
    assert got == [
        "Gizmo",
        "WidgetSim",
        "Sprock",
        "WidgetSet: A Benchmark for Widget Sorting",
        "Cityscapes of Widgets",
        "GadgetSet",
    ]


OWN_SURVEY_INTRO = """\
# Awesome Widget Causality

An index of algorithms for learning widget causality.

Please cite [our survey paper](https://arxiv.org/pdf/2401.00001) if this index is helpful.
```
@article{lee2024widgets,
  title={A Survey of Widget Causality},
  author={Lee, Ann and Chan, Bo},
  journal={arXiv preprint arXiv:2401.00001},
  year={2024}
}
```

## Estimators

|Name|Paper|Code|
|---|---|---|
|WidgetSort|[Sorting Widgets with Gadgets](https://arxiv.org/abs/2401.00002)|[Python](https://github.com/example/ws)|
|GadgetStack|[Stacking Gadgets at Scale](https://arxiv.org/abs/2401.00003)|NA|
"""

OWN_SURVEY_BLOCK = """\
# Awesome Widget Learning

This repo is mainly based on the following survey: \x20
**A Comprehensive Survey of Widget Learning** \x20
_Ann Lee, Bo Chan_ \x20
[Paper](https://example.org/widget-survey) | [arXiv](https://arxiv.org/abs/2401.00004)

## Surveys

A Comprehensive Survey of Widget Learning \x20
**[WLJ'24]** [[PDF]](https://example.org/widget-survey)

Sorting Widgets with Gadgets \x20
**[ICML'23]** [[PDF]](https://arxiv.org/abs/2401.00002)
"""


def test_the_introduction_citing_the_lists_own_survey_is_no_entry() -> None:
    assert [e.entry.line for e in _read(OWN_SURVEY_INTRO).entries] == [19, 20]
    assert [e.entry.line for e in _read(OWN_SURVEY_BLOCK).entries] == [10, 13]


BOOKS_AND_COMMUNITY = """\
# Awesome Widget Learning

## Research Papers

- [Playing Widgets with Deep Learning (2013)](https://arxiv.org/abs/1301.00001) - The paper that started it.
- [Gadget Policy Optimization (2017)](https://arxiv.org/abs/1701.00002) - A popular gadget method.

## Books

- *Widget Learning: An Introduction* by Ann B. Lee and Bo C. Chan - The classic textbook on widgets.
- *Deep Widget Learning Hands-On* by Cy Dee - A practical guide with PyTorch.

## Community

- [Reddit: r/widgetlearning](https://www.reddit.com/r/widgetlearning/) - A subreddit on widgets.
- [Widget Forum](https://community.example.org/) - A place to discuss widget research.
"""


def test_books_named_by_an_italic_title_and_by_are_works_a_community_section_is_none() -> None:
    got = [
        (e.entry.title, e.entry.authors, e.entry.summary)
        for e in _read(BOOKS_AND_COMMUNITY).entries
    ]
    assert [title for title, _, _ in got] == [
        "Playing Widgets with Deep Learning",
        "Gadget Policy Optimization",
        "Widget Learning: An Introduction",
        "Deep Widget Learning Hands-On",
    ]
    assert got[2][1:] == (["Ann B. Lee", "Bo C. Chan"], "The classic textbook on widgets.")
    assert got[3][1] == ["Cy Dee"]


CODE_NAMED_LIKE_LISTS = """\
# Awesome-Widget-Detection

## Deduplication
  - [Hash C++](https://github.com/someone/Awesome-Widget-Detection/blob/master/sim_hash.cpp) Perception hash
  - [widget-dedup](https://github.com/other/widget-dedup) simple tool to detect similar widgets

## Implementations
* [Owner/awesome-widget-segmentation-pytorch](https://github.com/Owner/awesome-widget-segmentation-pytorch)
* [Owner/widget-seg](https://github.com/Owner/widget-seg)
* [Owner/awesome-widget-papers](https://github.com/Owner/awesome-widget-papers)
"""


def test_a_file_in_a_repository_and_code_named_for_its_framework_are_no_lists() -> None:
    got = [e.entry.title for e in _read(CODE_NAMED_LIKE_LISTS).entries]
    assert got == [
        "Hash C++",
        "widget-dedup",
        "Owner/awesome-widget-segmentation-pytorch",
        "Owner/widget-seg",
    ]


def test_by_before_title_words_is_no_byline() -> None:
    text = "# Widgets\n\n1. _Widget Sorting_ by Routing Diverse Gadget Experts. Lee, Ann et al. arXiv:2010.00001\n"
    got = [(e.entry.title, e.entry.authors) for e in _read(text).entries]
    assert [title for title, _ in got] == ["Widget Sorting by Routing Diverse Gadget Experts"]


VENUE_SECTIONS = """\
# Awesome Widget Active Learning

### European Widget Conference (ECCV)
Dual Adversarial Networks for Widget Learning \x20
**[ECCV'20]** **[[PDF]](https://example.org/eccv/dual.pdf)**

What Widget Next? An Empirical Study of Widget Localization \x20
**[ECCV'18]** **[[PDF]](https://example.org/eccv/next.pdf)**

### IEEE/CVF Winter Conference on Applications of Widgets (WACV)
Class-Balanced Widget Learning for Image Sorting \x20
**[WACV'22]** **[[PDF]](https://example.org/wacv/balanced.pdf)** **[[Code]](https://github.com/example/cbwl)**

Active Adversarial Widget Adaptation \x20
**[WACV'20]** **[[PDF]](https://example.org/wacv/adapt.pdf)**

### British Widget Vision Conference (BMVC)
CEREALS - Cost-Effective Widget-Based Active Learning \x20
**[BMVC'18]** **[[PDF]](https://example.org/bmvc/cereals.pdf)**
"""


def test_a_heading_naming_a_venue_with_its_acronym_heads_a_section_not_a_work() -> None:
    got = [e.entry.title for e in _read(VENUE_SECTIONS).entries]
    assert got == [
        "Dual Adversarial Networks for Widget Learning",
        "What Widget Next? An Empirical Study of Widget Localization",
        "Class-Balanced Widget Learning for Image Sorting",
        "Active Adversarial Widget Adaptation",
        "CEREALS - Cost-Effective Widget-Based Active Learning",
    ]


NAMES_OVER_CITATIONS = """\
# Awesome Zero-Shot Widgets

#### ECCV 2020
+ **TF-widget**: Ann Lee<sup>\\*</sup> , Bo Chan<sup>\\*</sup> , Cy Dee. "Latent Widget Feedback for Zero-Shot Sorting." ECCV (2020). [[pdf]](https://arxiv.org/pdf/2003.00001.pdf) [[code]](https://github.com/example/tf-widget)
+ **GadgetGAN**: Mo Nu, and Vic Wu. "Leveraging Seen and Unseen Gadgets for Generative Zero-Shot Sorting." ECCV (2020). [[pdf]](https://arxiv.org/pdf/2003.00002.pdf)
+ Wen Xu, and Ode Kim. "A Boundary Based Widget Classifier." ECCV (2020). [[pdf]](https://arxiv.org/pdf/2003.00003.pdf).
"""


def test_a_bold_name_and_colon_before_a_citation_is_its_alias() -> None:
    got = [
        (e.entry.title, e.entry.alias, e.entry.authors) for e in _read(NAMES_OVER_CITATIONS).entries
    ]
    assert got == [
        (
            "Latent Widget Feedback for Zero-Shot Sorting",
            "TF-widget",
            ["Ann Lee", "Bo Chan", "Cy Dee"],
        ),
        (
            "Leveraging Seen and Unseen Gadgets for Generative Zero-Shot Sorting",
            "GadgetGAN",
            ["Mo Nu", "Vic Wu"],
        ),
        ("A Boundary Based Widget Classifier", None, ["Wen Xu", "Ode Kim"]),
    ]


PAPERS_KEPT_BESIDE = """\
# Widget graphs

## Theory and papers
- [A Survey of Widget Graph Construction](./paper/widget_graph_survey_lee.caj)
- [Progress in Widget Graph Research](./paper/widget_graph_progress_chan.caj)
- [Widget Graphs in Medicine](./paper/widget_graphs_medicine.pdf)
- [Notes on the widget graph pages](./notes/pages.md)
- [Widget Fixture Validator](tools/validate_widget_fixtures.py) - Machine check for widget labels.

## Tools
- [WidgetKit](https://github.com/example/widgetkit) a widget graph toolkit
"""


def test_an_item_titled_by_a_link_to_a_kept_file_is_a_work() -> None:
    got = [e.entry.title for e in _read(PAPERS_KEPT_BESIDE).entries]
    assert got == [
        "A Survey of Widget Graph Construction",
        "Progress in Widget Graph Research",
        "Widget Graphs in Medicine",
        "WidgetKit",
    ]


BLOG_BADGES = """\
# Awesome Widget Models

[![Blog](https://img.shields.io/badge/My-Blog-blue.svg)](https://maintainer.example.org/blog)

| Title | Venue | Code | Supplement |
|---|---|---|---|
| [Widget Nets for Sorting](https://arxiv.org/abs/2404.00001) | arXiv | [code](https://github.com/example/b) | [![Blog](https://img.shields.io/badge/Technical-Blog-orange.svg)](https://widgets.example.app/?category=Widget+Blog) |
| [Widget Nets for Stacking](https://arxiv.org/abs/2404.00002) | arXiv | [code](https://github.com/example/c) | |
"""


def test_a_blog_badge_in_a_table_row_is_the_rows_link() -> None:
    got = [[x.url for x in e.entry.links] for e in _read(BLOG_BADGES).entries]
    assert got == [
        [
            "https://arxiv.org/abs/2404.00001",
            "https://github.com/example/b",
            "https://widgets.example.app/?category=Widget+Blog",
        ],
        ["https://arxiv.org/abs/2404.00002", "https://github.com/example/c"],
    ]


KEYWORD_BULLETS = """\
# Awesome Medical Widgets

## Papers

- **Widget Nets for Radiology**: Ann Lee, Bo Chan, Cy Dee. MICCAI.
- **Gadget Sorting in Pathology**. ICML.
- [Widget Nets for Pathology](https://arxiv.org/abs/2501.00011), 2025.
- [Gadget Nets for Radiology](https://arxiv.org/abs/2501.00012), 2025.

## Automation

### Data Sources
- **APIs**: ArXiv, PubMed, MedRxiv, BioRxiv, Widget Scholar
- **Institutional**: Widget Scholar, Gadget Academic, Clinical Trials

## Key Research Areas

- **Medical Imaging & Vision**: AI for radiology, pathology, medical image analysis
"""


def test_a_bold_label_over_a_list_of_terms_is_no_work() -> None:
    got = [e.entry.title for e in _read(KEYWORD_BULLETS).entries]
    assert got == [
        "Widget Nets for Radiology",
        "Gadget Sorting in Pathology",
        "Widget Nets for Pathology",
        "Gadget Nets for Radiology",
    ]


INSTRUCTIONS = """\
# Awesome Widget Evaluation

## Start here

- Read the [Widget Evaluation Positioning Thesis](docs/widget-eval-thesis.md).
- Start with the [2026 Widget Evaluation Radar](docs/2026-widget-radar.md).
- Follow the upstream discussion: [owner/widgets#1700](https://github.com/owner/widgets/issues/1700).

## Papers

- [Widget Nets for Sorting](https://arxiv.org/abs/2501.00021) - ICML 2025.
- Read the Room: Widgets that Listen [[paper]](https://arxiv.org/abs/2501.00022)
"""


def test_an_instruction_to_the_reader_is_no_work() -> None:
    got = [e.entry.title for e in _read(INSTRUCTIONS).entries]
    assert got == ["Widget Nets for Sorting", "Read the Room: Widgets that Listen"]


ARTICLE_OR_PERSON = """\
# Awesome Widget Segmentation

## Related techniques
* [Atrous Widgets](https://widgets.example.org/slides/atrous.pptx)
* [Transpose Widgeting](https://blog.example.org/up-sampling-with-transposed-widgets-9ae4f2df52d0) (Deconvolution, Upconvolution)

## People
* [Ann Lee](https://people.example.edu/~ann-b-lee/) (University of Widgets)
"""


def test_an_article_named_like_a_person_with_a_bracket_is_no_persons_page() -> None:
    got = [e.entry.title for e in _read(ARTICLE_OR_PERSON).entries]
    assert got == ["Atrous Widgets", "Transpose Widgeting"]


# Review 9 (B4, B9): verb-like words before a link to a paper are no instruction.
VERBS_BEFORE_PAPERS = """\
# Awesome Widgets

## Detection

- Open-vocabulary detection with a [Widget Transformer](https://arxiv.org/abs/2301.00001)
- Run-time pruning of the [Gadget Network](https://arxiv.org/abs/2301.00002)
- Use What You Have: [Widget Retrieval Using Gadget Experts](https://arxiv.org/abs/2301.00003)
- Try-on for a [Virtual Widget Garment](https://arxiv.org/abs/2301.00004)
- See, Hear and Read: the [Sprocket Benchmark](https://arxiv.org/abs/2301.00005)
- Read the [Widget Survey](https://example.org/papers/widget-survey.pdf)
"""


def test_words_like_a_verb_before_a_papers_link_are_no_instruction() -> None:
    got = [e.entry.line for e in _read(VERBS_BEFORE_PAPERS).entries]
    assert got == [5, 6, 7, 8, 9, 10]


# Review 9 (B5): a list about a framework is another list, not code named for its framework.
FRAMEWORK_LISTS = """\
# Awesome Widgets

## Papers

- [Widget Networks](https://arxiv.org/abs/2301.00001) - [code](https://github.com/ann/widget-networks)
- [Gadget Transformers](https://arxiv.org/abs/2301.00002) - [code](https://github.com/bo/gadget-transformers)

## Frameworks

- [WidgetKit](https://github.com/eve/widgetkit) - A toolkit for widget models.
- [GadgetLab](https://github.com/fay/gadgetlab) - A lab for gadget models.
- [Awesome JAX](https://github.com/ann/awesome-jax) - A curated list of JAX libraries and papers.
- [Awesome Keras](https://github.com/bo/awesome-keras) - A curated list of Keras resources.
"""


def test_an_awesome_list_about_a_framework_is_another_list() -> None:
    got = [e.entry.title for e in _read(FRAMEWORK_LISTS).entries]
    assert got == ["Widget Networks", "Gadget Transformers", "WidgetKit", "GadgetLab"]
