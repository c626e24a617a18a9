"""A heading that is one paper's title, with its authors, venue and link lines below it as plain
paragraphs or bullets (``### Title`` then ``Authors`` then ``[Paper](…) | [Code](…)``), is one
entry; a heading above entries of their own (numbered papers, citation paragraphs) stays a
section."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


def _entries(result: ImportResult) -> list[tuple[int, str, list[str]]]:
    return [(e.entry.line, e.entry.title, [x.url for x in e.entry.links]) for e in result.entries]


PAPER_HEADINGS = """\
# Reading notes

## Distillation

### [Teachers Who Explain Their Answers](https://arxiv.org/abs/2301.00051)
*Ana Ruiz, Tom Becker*. ICLR 2023.
[[code](https://github.com/lab/explaining-teachers)]

### Students Copy Softly
Mei Lin, Otto Berg, Sara Novak. NeurIPS 2022.
[Paper](https://arxiv.org/abs/2209.00061) | [Code](https://github.com/lab/soft-copy)

The student matches the teacher's softened outputs and, at the end, also its features.

### Fewer Layers, Same Answers
- Ivo Petrov, Lena Vogt
- ACL 2021
- [arXiv](https://arxiv.org/abs/2105.00071)

### [Distillation Without Any Data](https://arxiv.org/abs/2110.00081)

### [Small Graphs Teach Big Graphs](https://arxiv.org/abs/2111.00091)
"""


def test_a_heading_with_its_details_below_is_one_entry() -> None:
    result = _read(PAPER_HEADINGS)
    assert _entries(result) == [
        (
            5,
            "Teachers Who Explain Their Answers",
            ["https://arxiv.org/abs/2301.00051", "https://github.com/lab/explaining-teachers"],
        ),
        (
            9,
            "Students Copy Softly",
            ["https://arxiv.org/abs/2209.00061", "https://github.com/lab/soft-copy"],
        ),
        (15, "Fewer Layers, Same Answers", ["https://arxiv.org/abs/2105.00071"]),
        (20, "Distillation Without Any Data", ["https://arxiv.org/abs/2110.00081"]),
        (22, "Small Graphs Teach Big Graphs", ["https://arxiv.org/abs/2111.00091"]),
    ]
    first, second, third = (e.entry for e in result.entries[:3])
    assert (first.authors, first.venue, first.year) == (["Ana Ruiz", "Tom Becker"], "ICLR", 2023)
    assert second.authors == ["Mei Lin", "Otto Berg", "Sara Novak"]
    assert (third.authors, third.venue) == (["Ivo Petrov", "Lena Vogt"], "ACL")
    assert all(e.entry.section == ["Distillation"] for e in result.entries)


SECTION_HEADINGS = """\
# Reading list

## Early Exiting Methods

1. **Exits Along the Way: Stopping When Sure**   ACL 2020

   *Ana Ruiz, Tom Becker*  [[pdf](https://arxiv.org/abs/2004.00011)]
2. **Patient Layers Wait for Agreement**   NeurIPS 2020

   *Mei Lin, Otto Berg*  [[pdf](https://arxiv.org/abs/2006.00021)]

## Classic Deep Belief Networks

**[1]** Petrov, Ivo, and Lena Vogt. "**A quick learning rule for stacked machines**." Neural \
computing 18.7 (2006): 1527-1554. [[pdf]](https://example.org/stacked.pdf)

**[2]** Vogt, Lena. "**Shrinking the dimension of data with networks**." Science 313 (2006): \
504-507. [[pdf]](https://example.org/shrinking.pdf)

## [Our Project Website](https://example.org/project)

## Related

- [Exits Elsewhere](https://github.com/someone/awesome-exits)
"""


def test_a_heading_above_works_of_their_own_stays_a_section() -> None:
    result = _read(SECTION_HEADINGS)
    titles = [e.entry.title for e in result.entries]
    assert titles[:4] == [
        "Exits Along the Way: Stopping When Sure",
        "Patient Layers Wait for Agreement",
        "A quick learning rule for stacked machines",
        "Shrinking the dimension of data with networks",
    ]
    assert result.entries[2].entry.section == ["Classic Deep Belief Networks"]
    # A linked heading with a section below it is a heading, not a work.
    assert "Our Project Website" not in titles


TOOL_HEADINGS = """\
# Software I use

## Imaging

### [ScanKit - Scanner Toolkit](https://scankit.example.org/)

<img src="https://scankit.example.org/logo.png" alt="scankit" width="200"/>

> ScanKit reads and writes scanner files.

[Link to ScanKit tutorials](https://scankit.example.org/docs/)

#### [`scanpy-io`](https://github.com/lab/scanpy-io)
`scanpy-io` converts scanner files for Python.

### [Viewer3D](https://viewer3d.example.org/)

## Learning

### [PyTorch](https://pytorch.org/)
> Tensors and networks.
"""


def test_headings_that_are_links_are_the_works_of_a_list_written_that_way() -> None:
    result = _read(TOOL_HEADINGS)
    assert _entries(result) == [
        (
            5,
            "ScanKit - Scanner Toolkit",
            ["https://scankit.example.org/", "https://scankit.example.org/docs/"],
        ),
        (13, "scanpy-io", ["https://github.com/lab/scanpy-io"]),
        (16, "Viewer3D", ["https://viewer3d.example.org/"]),
        (20, "PyTorch", ["https://pytorch.org/"]),
    ]
    assert result.entries[0].entry.summary == "ScanKit reads and writes scanner files."


LINKED_SECTIONS = """\
# Papers by venue

## [CVPR 2021](https://cvpr2021.thecvf.com/)

- [Students That Ask Back](https://arxiv.org/abs/2006.00061)

## [Our Project Page](https://lab.example.org/)

Everything we release is listed there.

## Other

- [Teachers in Quiet Rooms](https://arxiv.org/abs/2006.00062)
"""


def test_a_few_linked_section_headings_stay_sections() -> None:
    titles = [e.entry.title for e in _read(LINKED_SECTIONS).entries]
    assert titles == ["Students That Ask Back", "Teachers in Quiet Rooms"]
