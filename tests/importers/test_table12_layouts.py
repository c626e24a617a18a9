# ruff: noqa: E501  (list lines are as long as lists write them)
"""Table layouts the importer read badly (issue 12), each written here in a few lines of our own:
HTML rows whose cells write Markdown links (``<td>[Title](https://doi.org/…)<br><sub>…</sub></td>``),
addresses holding balanced parentheses, a note row across an HTML table, a list's statistics and
its own files written as bullets around its tables."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


def _entries(text: str) -> dict[int, object]:
    return {item.entry.line: item.entry for item in _read(text).entries}


HTML_ROWS_WITH_MARKDOWN_LINKS = """\
# Awesome Toy Brains

## Imaging

- Papers selected: **40**
- Years covered: **1950-2024**
- Citations in this set: **9,120**

<details>
<summary><strong>Representative papers for Imaging</strong></summary>

<table width="100%">
<thead><tr><th align="right">Rank</th><th>Paper</th><th>Meta</th><th>Keywords</th><th>Key idea</th></tr></thead>
<tbody>
<tr><td align="right">1</td><td>[CortexKit](https://doi.org/10.1016/j.toyimage.2012.01.021)<br><sub>B. Fischer</sub></td><td>2012<br>ToyImage<br>78 citations</td><td>![machine-learning](https://img.shields.io/badge/keyword-machine--learning-475569) ![imaging](https://img.shields.io/badge/keyword-imaging-0891b2)</td><td>A suite of tools for toy brains.</td></tr>
<tr><td align="right">2</td><td>[Causal modelling of toy circuits](https://doi.org/10.1016/S1053-0000(03)00111-7)<br><sub>Kay Fristo, Lee Harri</sub></td><td>2003<br>ToyImage<br>45 citations</td><td>![imaging](https://img.shields.io/badge/keyword-imaging-0891b2)</td><td>An approach to toy circuits.</td></tr>
<tr><td align="right">3</td><td>[Mapping toy signals with a model of blood flow.](https://doi.org/10.1016/S0006-0000(93)81111-3)<br><sub>S. Ogaw, R. Menno</sub></td><td>1993<br>Toy Physics Journal<br>18 citations</td><td>![imaging](https://img.shields.io/badge/keyword-imaging-0891b2)</td><td>Signals compared.</td></tr>
<tr><td align="right">4</td><td>[Aligning toy brain images by their boundaries](https://doi.org/10.1016/j.toyimage.2009.06.060)<br><sub>D. Grev, B. Fischer</sub></td><td>2009<br>ToyImage<br>34 citations</td><td>![imaging](https://img.shields.io/badge/keyword-imaging-0891b2)</td><td>Boundaries align.</td></tr>
<tr><td colspan="5">See the website and the taxonomy file for all 40 papers in this category.</td></tr>
</tbody>
</table>

</details>
"""


def test_html_rows_read_their_markdown_links_as_markdown_rows_do() -> None:
    found = _entries(HTML_ROWS_WITH_MARKDOWN_LINKS)
    assert sorted(found) == [15, 16, 17, 18]
    one = found[15]
    assert one.title == "CortexKit"  # a one-word title, not the author below it
    assert one.authors == ["B. Fischer"]
    # The keyword badges are images: no links of the work, and no venue ("machine-learning").
    assert [str(x.url) for x in one.links] == ["https://doi.org/10.1016/j.toyimage.2012.01.021"]
    assert one.venue is None
    assert found[16].title == "Causal modelling of toy circuits"
    assert [str(x.url) for x in found[16].links] == [
        "https://doi.org/10.1016/S1053-0000(03)00111-7"
    ]
    assert [str(x.url) for x in found[17].links] == [
        "https://doi.org/10.1016/S0006-0000(93)81111-3"
    ]


def test_a_note_across_an_html_table_and_statistics_bullets_are_no_works() -> None:
    result = _read(HTML_ROWS_WITH_MARKDOWN_LINKS)
    skipped = {s.line: s.reason for s in result.skipped}
    assert skipped[19] == "a note across the table"
    assert "statistic" in skipped[6]  # ``Years covered: **1950-2024**``
    assert "statistic" in skipped[5] or "names no work" in skipped[5]


BARE_ADDRESSES_WITH_PARENTHESES = """\
# Awesome Toy Physics

## Papers

- Mapping toy signals with a model of blood flow. https://doi.org/10.1016/S0006-0000(93)81111-3
- A toy planet seen from far away (see https://en.example.org/wiki/Toy_(planet)).
- Counting toy stars in a small sky https://doi.org/10.1000/toy(1 unclosed
"""


def test_a_bare_address_keeps_its_balanced_parentheses() -> None:
    found = _entries(BARE_ADDRESSES_WITH_PARENTHESES)
    assert [str(x.url) for x in found[5].links] == ["https://doi.org/10.1016/S0006-0000(93)81111-3"]
    # The bracket around the address is not its own; an unclosed one ends it.
    assert [str(x.url) for x in found[6].links] == ["https://en.example.org/wiki/Toy_(planet)"]
    assert [str(x.url) for x in found[7].links] == ["https://doi.org/10.1000/toy"]


OWN_FILES = """\
# Awesome Toy Brains

## Project Links

- Selected dataset: `data/papers_1950_2024.csv`
- Taxonomy with ideas and limitations: `data/papers_taxonomy_1950_2024.csv`
- Review draft: `paper/review_en.html`, `paper/review_en.docx`
- Method: `docs/method.md`

## Papers

- [Toy circuits in the small brain](https://arxiv.org/abs/2101.00001) - Ann Lee, 2021.
- [Toy circuits in the large brain](https://arxiv.org/abs/2101.00002) - Bo Chan, 2021.
- WidgetKit: `pip install widgetkit`, a toolkit for toy circuits, 2021.
"""


def test_bullets_naming_the_lists_own_files_are_no_works() -> None:
    found = _entries(OWN_FILES)
    assert sorted(found) == [12, 13, 14]
    skipped = {s.line: s.reason for s in _read(OWN_FILES).skipped}
    assert "own repository" in skipped[5]
    assert "own repository" in skipped[6]


TOPIC_BADGES = """\
# Awesome Toy Learning

| Paper | Tags | Venue |
|---|---|---|
| [Learning toy widgets from few examples](https://arxiv.org/abs/2101.00003) | ![machine-learning](https://img.shields.io/badge/topic-machine--learning-blue) | ![venue](https://img.shields.io/badge/ICML-2021-green) |
| [Learning toy gadgets from no examples](https://arxiv.org/abs/2101.00004) | ![machine-learning](https://img.shields.io/badge/keyword-machine--learning-blue) | |
"""


def test_a_badge_labelled_as_a_tag_names_no_venue() -> None:
    found = _entries(TOPIC_BADGES)
    assert (found[5].venue, found[5].year) == ("ICML", 2021)
    assert found[6].venue is None


DATED_MILESTONES = """\
# Awesome Toy Vision

## Milestones

| Date | Milestone | Why it matters |
| :---: | :--- | :--- |
| 2009 | [ToyKitchen-A](https://toykitchen.example.org/) | The first toy kitchen set, recorded from a worn camera. |
| 2021-10 | [Toy4D](https://toy4d.example.org/) | A large benchmark suite of worn-camera toy videos. |
| 2022-06 | [ToyVLP](https://github.com/toylab/ToyVLP) | Video-language pretraining on toy clips. |
| 2024-06 | [HT3D](https://toylab.example.io/ht3d/) | Hands and toys tracked in 3D. |
"""


def test_a_date_cell_is_never_the_title_of_a_row() -> None:
    found = _entries(DATED_MILESTONES)
    assert [found[n].title for n in sorted(found)] == ["ToyKitchen-A", "Toy4D", "ToyVLP", "HT3D"]
    assert found[8].year == 2021


INDEX_OF_WORKS = """\
# Awesome Toy Vision

## Task Map

| Research goal | Strong starting points |
| :--- | :--- |
| Foundation data | [Toy4D](https://toy4d.example.org/), [ToyKitchens](https://toykitchens.example.org/), [ToyClip](https://github.com/toylab/ToyVLP) |
| Long-context QA | [ToySchema](https://toyschema.example.io/), [ToyLife](https://arxiv.org/abs/2503.00001), [ToyMemBench](https://arxiv.org/abs/2606.00002) |
| Hands and 3D | [HT3D](https://toylab.example.io/ht3d/), [ToyHOS](https://github.com/toylab/ToyHOS), [ToyTactile](https://toytactile.example.io/) |

## Atlas

| Resource | Released | Scale | Status |
| :--- | :---: | :--- | :---: |
| [Toy4D](https://toy4d.example.org/) | 2021-10 | 3,000 hours of toy video | open |
| [ToyKitchens](https://toykitchens.example.org/) | 2020-06 | 100 hours in 45 toy kitchens | open |
| [ToyVLP](https://github.com/toylab/ToyVLP) | 2022-06 | Pretraining on toy clips | open |
| [ToySchema](https://toyschema.example.io/) | 2023-08 | Long toy video questions | open |
| [HT3D](https://toylab.example.io/ht3d/) | 2024-06 | Hands and toys in 3D | open |
"""


def test_an_index_names_works_and_points_to_those_the_list_reads_elsewhere() -> None:
    result = _read(INDEX_OF_WORKS)
    by_line: dict[int, list[str | None]] = {}
    for item in result.entries:
        by_line.setdefault(item.entry.line, []).append(item.entry.title)
    # Each name linked nowhere else is a work of its own, with only its own link.
    assert by_line[8] == ["ToyLife", "ToyMemBench"]
    assert by_line[9] == ["ToyHOS", "ToyTactile"]
    assert 7 not in by_line  # Toy4D, ToyKitchens, ToyClip (ToyVLP's repository): read below
    assert [by_line[n] for n in range(15, 20)] == [
        ["Toy4D"],
        ["ToyKitchens"],
        ["ToyVLP"],
        ["ToySchema"],
        ["HT3D"],
    ]
    life = next(x.entry for x in result.entries if x.entry.title == "ToyLife")
    assert [str(x.url) for x in life.links] == ["https://arxiv.org/abs/2503.00001"]
    skipped = {s.line: s.reason for s in result.skipped}
    assert "pointing to a work the list reads elsewhere" in skipped[7]
