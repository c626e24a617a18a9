# ruff: noqa: E501  (list lines are as long as lists write them)
"""Layouts met on a fourteenth (development) set of public lists (issue 12), each written here in a
few lines of our own: venue and people directories beside the works, short names with a venue
glued to its year, paragraphs that are a link and a description, labels before titles."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


def _titles(result: ImportResult) -> list[tuple[int, str | None]]:
    return [(e.entry.line, e.entry.title) for e in result.entries]


DIRECTORIES = """\
# Widget forecasting

## Papers

* [Forecasting widgets with deep gadget networks](https://arxiv.org/abs/2101.00001)
* [A survey of widget forecasting](https://arxiv.org/abs/2102.00002)

## Venues

   * [NeurIPS](https://neurips.cc/)
   * [KDD](https://www.kdd.org/)
   * [WFS](https://wfs.example.org/)
   * [Widget Cup](https://widgetcup.example.org/2024/)

## Meetings

* [ACM Conference on Widgets, Gadgets, and Society (WGS)](https://wgs-conference.example.org)
* [IEEE Symposium on Trustworthy Widgets (SoTW)](https://sotw.example.org/)

*Journals and conferences we follow:*

- **[IEEE Transaction on Widget Imaging (IEEE-TWI)](https://twi.example.org/)**
- **[International Journal of Gadget Surgery (IJGS)](http://gadgets.example.com/journal/123)**
- **International Conference on Widget Computing and Gadget Intervention (MICCAI)**
- **IEEE International Symposium on Gadget Imaging (ISGI)**

## People to follow

* [Ann Lee](https://arxiv.org/find/all/1/all:+AND+Ann+Lee/0/1/0/all/0/1)
* [Bo Chan](https://arxiv.org/find/cs/1/au:+Chan_B/0/1/0/all/0/1)
* [Cy Dee](https://cydee.example.edu/)

## Tools

* [Widgetron](https://widgetron.example.org/)
* [Gadgetkit](https://gadgetkit.example.org/docs/)

## Project pages

* [Widget Nets for Gadget Parsing (CVPR)](https://widgetnets.example.io/)
* [Learning Gadgets from Widgets (ICML)](https://gadgets.example.io/)
"""


def test_venue_and_people_directories_are_no_works() -> None:
    result = _read(DIRECTORIES)
    assert _titles(result) == [
        (5, "Forecasting widgets with deep gadget networks"),
        (6, "A survey of widget forecasting"),
        (35, "Widgetron"),
        (36, "Gadgetkit"),
        (40, "Widget Nets for Gadget Parsing"),
        (41, "Learning Gadgets from Widgets"),
    ]
    skipped = {s.line for s in result.skipped}
    assert set(range(10, 14)) | {17, 18} | set(range(22, 26)) | set(range(29, 32)) <= skipped


NAME_VENUE_AUTHORS = """\
# Widget restoration

## Papers

### Classic methods

WSR: TIP2011, Ann Lee et al.[paper](https://journals.example.org/document/12345/), [code](http://www.example.edu/~alee/)

GNR: ICCV2014, Bo Chan et al. [paper](http://www.example.edu/~bchan/pubs/Chan-ICCV-2014.pdf), [code](http://www.example.edu/~bchan/gnr/)

W+: ACCV 2015, Bo Chan et al [paper](http://www.example.edu/~bchan/pubs/Chan-ACCV-2015.pdf)
"""


def test_a_short_name_with_its_venue_year_and_authors_is_a_work_named_so() -> None:
    result = _read(NAME_VENUE_AUTHORS)
    assert _titles(result) == [(7, "WSR"), (9, "GNR"), (11, "W+")]
    fields = {
        e.entry.line: (e.entry.venue, e.entry.year, e.entry.authors, len(e.entry.links))
        for e in result.entries
    }
    assert fields == {
        7: ("TIP", 2011, ["Ann Lee"], 2),
        9: ("ICCV", 2014, ["Bo Chan"], 2),
        11: ("ACCV", 2015, ["Bo Chan"], 1),
    }


OTHER_LISTS_AND_NOTES = """\
# Widget restoration

Some widget restoration papers, data and code.

## Code

#### More paper lists:

[Single-Widget-Restoration-Methods](https://github.com/someone/Single-Widget-Restoration-Methods)

[Gadget.Restoration.Benchmark](https://github.com/someone/Gadget.Restoration.Benchmark)

[Awesome Widget Restoration](https://github.com/someone/Awesome-Widget-Restoration)

#### Repositories:

| repo | Framework |
| :--: | :--: |
| [WidgetNet](https://github.com/someone/widgetnet) | PyTorch |
| [gadget-restore](https://github.com/someone/gadget-restore) | Keras |

## Learned methods

Note this table is taken from [here](https://github.com/someone/widget-zoo#models).

### Classic methods

Note that the list below is borrowed from [here](https://github.com/someone/widget-zoo/blob/master/README.md#classic).

#### 2017-2018

| Model | Published | Code |
| --- | --- | --- |
| SGW | [CVPR18](https://arxiv.org/abs/1801.00001) | [PyTorch](https://github.com/someone/sgw) |
"""


def test_other_lists_under_a_lists_heading_and_notes_pointing_here_are_no_works() -> None:
    result = _read(OTHER_LISTS_AND_NOTES)
    assert _titles(result) == [
        (19, "WidgetNet"),
        (20, "gadget-restore"),
        (34, "SGW"),
    ]


LABELS_AND_TOOLS = """\
# Federated widgets

### Paper
- **Acme**:  | Foo Learning at Scale: Widgets [`PDF`](https://arxiv.org/abs/1902.00001) 🎓
- **Initech**:  | Initech Foo: An Enterprise Framework White Paper | [`PDF`](https://arxiv.org/pdf/2007.00002.pdf)
- **Umbrella**:  | Foo for Healthcare Using Umbrella *Clara* | [`PDF`](https://umbrella.example.com/Foo-Clara.pdf)

## Open-source Widget Frameworks
- [Foolib](https://foolib.example.dev/): A Friendly Federated Widget Research Framework
- [Barkit](https://barkit.example.ai/): A Research Library and Benchmark for Federated Widgets
- [Bazsim](https://github.com/someone/bazsim): A Benchmark for Federated Widget Settings
"""


def test_a_bold_label_then_a_bar_and_a_tool_name_then_its_description() -> None:
    result = _read(LABELS_AND_TOOLS)
    assert _titles(result) == [
        (4, "Foo Learning at Scale: Widgets"),
        (5, "Initech Foo: An Enterprise Framework White Paper"),
        (6, "Foo for Healthcare Using Umbrella Clara"),
        (9, "Foolib"),
        (10, "Barkit"),
        (11, "Bazsim"),
    ]
    assert [e.entry.alias for e in result.entries[:3]] == ["Acme", "Initech", "Umbrella"]


LINKED_NAMES_DESCRIBED = """\
# Widget restoration

[Widget restoration](https://example.org/widgets): what this page is about, in short.

## Datasets

#### Dataset collections

[Bench and WID2K](https://drive.example.com/folders/abc123): holds Set5, Set14 and B100 with bicubic downsamples x2, x3, x4

[WR_testing_sets](https://data.example.com/someone/widget-restoration#WR_testing.zip): Test: Set5, Set14; Train: T91, General100
"""


def test_a_run_of_linked_names_with_descriptions_are_works() -> None:
    result = _read(LINKED_NAMES_DESCRIBED)
    assert _titles(result) == [(9, "Bench and WID2K"), (11, "WR_testing_sets")]


REPO_TABLE = """\
# Widget restoration

#### Repositories:

|                 repo                 | Framework  |
| :----------------------------------: | :--------: |
| [WidgetRestorer-Zoo](https://github.com/someone/WidgetRestorer-Zoo) |   MxNet    |
|        [wrez](https://github.com/someone/wrez)         | Tensorflow |
|[WMSR](https://github.com/some-lab/wmsr) | PyTorch |
"""


def test_a_short_linked_name_beside_a_framework_cell_names_the_row() -> None:
    result = _read(REPO_TABLE)
    assert _titles(result) == [(7, "WidgetRestorer-Zoo"), (8, "wrez"), (9, "WMSR")]
    assert [e.entry.framework for e in result.entries] == ["MxNet", "Tensorflow", "PyTorch"]


TOOLS_AND_CRITERIA = """\
# Widget embeddings

## Criteria

1. A list of **top widget embedding papers** published since 2015.
2. Papers come from journals and conferences.

## Papers

* [Widget Embeddings in Vector Space](https://arxiv.org/abs/1301.00001)

## Implementations and Tools
### Widget2vec

* [Original](https://code.example.com/archive/p/widget2vec/)
* [TensorFlow](https://www.tensorflow.org/versions/r1/tutorials/widget2vec/index.html)
"""


def test_a_framework_named_on_its_own_site_is_a_tool_and_the_list_on_itself_is_no_work() -> None:
    result = _read(TOOLS_AND_CRITERIA)
    assert _titles(result) == [
        (10, "Widget Embeddings in Vector Space"),
        (15, "Original"),
        (16, "TensorFlow"),
    ]


AUTHORS_BEFORE_PLACEHOLDERS = """\
# Prompting widgets

- **Prompt Learning for Widget Adaptation,** arXiv (arXiv:2202.00001).

  *Ann Lee, Bo Chan, Cy Dee.* [[Paper](https://arxiv.org/abs/2202.00001)][Code]

- **Visual Prompts for Gadgets,** ECCV 2022 (arXiv:2203.00002).

  *Di Eng, Fa Gu.* [[Paper](https://arxiv.org/abs/2203.00002)][[Code](https://github.com/someone/vpg)]
"""


def test_a_role_in_brackets_without_an_address_is_no_part_of_the_authors() -> None:
    result = _read(AUTHORS_BEFORE_PLACEHOLDERS)
    assert [e.entry.authors for e in result.entries] == [
        ["Ann Lee", "Bo Chan", "Cy Dee"],
        ["Di Eng", "Fa Gu"],
    ]
