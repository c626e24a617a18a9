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
