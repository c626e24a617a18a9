# ruff: noqa: E501  (list lines are as long as lists write them)
"""Layouts of awesome lists in this field and its neighbours that no other test list covers, each
written here in a few lines of our own (invented titles, names and addresses): table title cells
with the authors on a second line, tables whose year cell is written once for a run of rows,
titles followed by a bare URL, addresses written without ``https://``, and reference lists in
APA style."""

from __future__ import annotations

from catalogue.core.models import LinkKind
from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


def _entries(text: str) -> dict[int, object]:
    return {item.entry.line: item.entry for item in _read(text).entries}


AUTHORS_BELOW_THE_TITLE_IN_A_CELL = """\
# Vision transformers

| Title | Venue | Year | Links |
| --- | --- | --- | --- |
| Patches Are Words<br>Vic Wu, Wen Xu | ICCV | 2021 | [paper](https://arxiv.org/abs/2108.00020) [code](https://github.com/someone/patches) [project](https://someone.github.io/patches) |
| Windows Within Windows<br>*Yan Zee and Abe Bay* | CVPR | 2022 | [paper](https://arxiv.org/abs/2109.00021)<br>[code](https://github.com/someone/wiw) |
| Tokens on a Diet | NeurIPS | 2021 | [paper](https://arxiv.org/abs/2110.00022) |
"""


def test_the_authors_on_the_second_line_of_a_title_cell_are_the_authors() -> None:
    found = _entries(AUTHORS_BELOW_THE_TITLE_IN_A_CELL)
    assert found[5].title == "Patches Are Words"
    assert found[5].authors == ["Vic Wu", "Wen Xu"]
    assert [x.kind for x in found[5].links] == [LinkKind.ARXIV, LinkKind.CODE, LinkKind.PROJECT]
    assert found[6].title == "Windows Within Windows"
    assert found[6].authors == ["Yan Zee", "Abe Bay"]
    assert (found[6].venue, found[6].year) == ("CVPR", 2022)
    assert found[7].authors == []


YEAR_WRITTEN_ONCE = """\
# Pruning by year

| Year | Title | Venue |
| --- | --- | --- |
| 2019 | [Cutting Channels Kindly](https://example.org/cut) | ICML |
|  | [Lottery Tickets for Sale](https://example.org/lottery) | NeurIPS |
| 2020 | [Movement Matters](https://example.org/movement) | NeurIPS |
|  | [Sparse at Birth](https://example.org/birth) | ICLR |
"""


def test_an_empty_year_cell_takes_the_year_written_above_it() -> None:
    found = _entries(YEAR_WRITTEN_ONCE)
    assert {line: e.year for line, e in found.items()} == {5: 2019, 6: 2019, 7: 2020, 8: 2020}
    assert found[6].venue == "NeurIPS"


BARE_ADDRESSES = """\
# Small transformers

- Scaling Tiny Transformers, https://arxiv.org/abs/2111.00023
- Mixed Precision for Patches - arxiv.org/abs/2112.00024
- Pocket Attention (code: github.com/someone/pocket-attn)
"""


def test_a_bare_address_is_no_part_of_the_title_and_needs_no_scheme() -> None:
    found = _entries(BARE_ADDRESSES)
    assert found[3].title == "Scaling Tiny Transformers"
    assert found[4].title == "Mixed Precision for Patches"
    assert [(x.kind, x.url) for x in found[4].links] == [
        (LinkKind.ARXIV, "https://arxiv.org/abs/2112.00024")
    ]
    assert found[4].identifiers.arxiv == "2112.00024"
    assert found[5].title == "Pocket Attention"
    assert [(x.kind, x.url) for x in found[5].links] == [
        (LinkKind.CODE, "https://github.com/someone/pocket-attn")
    ]


APA_REFERENCES = """\
# Reading list

## Foundations

- Barker, T., Quill, R. A., & Ode, S. (2015). Squeezing what a large network knows. *arXiv preprint arXiv:1503.09999*.
- Lamb, C., & Finch, D. (2017). Hints from the middle layers. In *ICLR*.
- Moss, E. (2019). Students that surpass their teachers. *Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition*. https://example.org/surpass
- Vo, T., & Wu, K. (2020). Learning small heads. *Advances in Neural Information Processing Systems*, 33, 1021-1032.
"""


def test_apa_references_give_authors_year_title_and_venue() -> None:
    found = _entries(APA_REFERENCES)
    first = found[5]
    assert first.title == "Squeezing what a large network knows"
    assert first.authors == ["T. Barker", "R. A. Quill", "S. Ode"]
    assert (first.year, first.identifiers.arxiv) == (2015, "1503.09999")
    second = found[6]
    assert second.title == "Hints from the middle layers"
    assert second.authors == ["C. Lamb", "D. Finch"]
    assert (second.venue, second.year) == ("ICLR", 2017)
    third = found[7]
    assert third.title == "Students that surpass their teachers"
    assert third.authors == ["E. Moss"]
    assert (third.venue, third.year) == ("CVPR", 2019)
    assert [x.url for x in third.links] == ["https://example.org/surpass"]
    # A journal's volume and pages say nothing of the work.
    fourth = found[8]
    assert (fourth.venue, fourth.year, fourth.note) == ("NeurIPS", 2020, None)


NUMBERED_REFERENCES = """\
# Reading list

## Papers

[1] G. Hale, O. Park, and J. Dunn, "Squeezing what a large network knows," *arXiv preprint*, 2015.

[2] S. Lamb and N. Finch, "Hints from the middle layers," in *Proc. ICLR*, 2017.

[3] W. Moss, D. Kim, and M. Cho, "Students that surpass their teachers," in *Proc. CVPR*, 2019, pp. 10–20.

See [1] for where it started, "as the saying goes," back in 2015.
"""


def test_numbered_references_in_paragraphs_are_entries() -> None:
    result = _read(NUMBERED_REFERENCES)
    found = {item.entry.line: item.entry for item in result.entries}
    assert sorted(found) == [5, 7, 9]
    assert found[7].title == "Hints from the middle layers"
    assert found[7].authors == ["S. Lamb", "N. Finch"]
    assert (found[7].venue, found[7].year) == ("ICLR", 2017)
    assert found[9].authors == ["W. Moss", "D. Kim", "M. Cho"]
    assert (found[9].venue, found[9].year) == ("CVPR", 2019)
    # The reference's number is no tag; ``in Proc.`` and the pages say nothing of the work.
    assert (found[9].tags, found[9].note, found[9].summary) == ([], None, None)
    assert 11 in {s.line for s in result.skipped}


ABBREVIATED_HEADERS = """\
# Distillation by year

| No. | Paper | Pub. | Link |
|---|---|---|---|
| 1 | Students Who Ask Back | ICLR | <a href="https://arxiv.org/abs/2001.00031">pdf</a> |
| 2 | Teachers in Pairs | AAAI 2021 | [link](https://arxiv.org/abs/2002.00032) |
"""


def test_an_abbreviated_publication_header_names_the_venue_column() -> None:
    found = _entries(ABBREVIATED_HEADERS)
    assert {line: (e.title, e.venue) for line, e in found.items()} == {
        5: ("Students Who Ask Back", "ICLR"),
        6: ("Teachers in Pairs", "AAAI"),
    }
    assert found[6].year == 2021


TITLES_AND_VENUES_WITHOUT_LINKS = """\
# Distillation

- Students That Ask Back. ICCV.
- **Teachers in Quiet Rooms** (CVPR)
- [Mirrors for Small Models](https://arxiv.org/abs/2003.00033), NeurIPS 2020
- Papers accepted at CVPR are marked with a star.
- Coming from ICML
"""


def test_a_title_and_a_venue_name_a_work_without_a_link() -> None:
    found = _entries(TITLES_AND_VENUES_WITHOUT_LINKS)
    assert {line: (e.title, e.venue) for line, e in found.items()} == {
        3: ("Students That Ask Back", "ICCV"),
        4: ("Teachers in Quiet Rooms", "CVPR"),
        5: ("Mirrors for Small Models", "NeurIPS"),
    }


TITLE_COMMA_AUTHORS = """\
# Distillation

- Students That Ask Back, Ann Lee, Bo Chan, Cy Dunn, CVPR 2022 [[paper]](https://arxiv.org/abs/2004.00041)
- Teachers in Quiet Rooms, Park et al., ICCV 2021 [[paper]](https://arxiv.org/abs/2004.00042)
- Mirrors for Small Models, D. Kim, E. Lu. [[NeurIPS 2020]](https://arxiv.org/abs/2004.00043)
- Small Models: A Strong, Simple Baseline, NeurIPS 2020 [[paper]](https://arxiv.org/abs/2004.00044)
- Tag, Not Rewrite: Editing Students, ACL 2020 [[paper]](https://arxiv.org/abs/2004.00045)
- Learning to Distil, Ask Questions, and More. Ye, Jing et al. CVPR 2019 [[paper]](https://arxiv.org/abs/2004.00046)
- Deep Models by Ann Lee, Bo Chan and Cy Dunn, MIT Press 2016. [Online](https://example.org/book)
"""


def test_a_title_ends_at_a_comma_when_full_names_follow() -> None:
    found = _entries(TITLE_COMMA_AUTHORS)
    assert {line: (e.title, e.authors) for line, e in found.items() if line < 8} == {
        3: ("Students That Ask Back", ["Ann Lee", "Bo Chan", "Cy Dunn"]),
        4: ("Teachers in Quiet Rooms", ["Park"]),
        5: ("Mirrors for Small Models", ["D. Kim", "E. Lu"]),
        # Words after a comma that may be a title's stay in it.
        6: ("Small Models: A Strong, Simple Baseline", []),
        7: ("Tag, Not Rewrite: Editing Students", []),
    }
    assert found[8].title == "Learning to Distil, Ask Questions, and More"
    assert found[9].title == "Deep Models"
