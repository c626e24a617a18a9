# ruff: noqa: E501  (list lines are as long as lists write them)
"""Layouts met on a fourth set of held-out public lists (issue 12), each written here in a few lines
of our own (invented titles, names and addresses): tables whose titles link to files in the list's
own repository, a short label and title above an indented author line, two badges in front of a
title, a trailing author or journal before the year, a repository name with a description, a
group row inside an HTML table, and notes between entries."""

from __future__ import annotations

from catalogue.core.models import LinkKind, Origin
from catalogue.ingest.importers import ImportResult, get
from catalogue.ingest.importers._relative import link_base


def _read(text: str, base: str | None = None) -> ImportResult:
    return get("generic").read(text, "mine", base=base)


def _by_line(text: str, base: str | None = None) -> dict[int, object]:
    return {item.entry.line: item for item in _read(text, base).entries}


LOCAL_FILE_TABLE = """\
# Search spaces

| Title | Venue | Kind | Remark |
| :--- | :--- | --- | --- |
| [Growing Cells Without a Gardener](./papers/18-growing cells.pdf) [notes](#growing-cells) | ICLR'18 | RL | grows one cell at a time |
| [Pruned Ladders for Tiny Devices](papers/ladders.pdf) | CVPR'19 | EA | a ladder of small blocks |
| Stacked Search by Gradual Widening [notes](#stacked-search) | ECCV'18 | PD | widens the search step by step |
| Ladder: [Quiet Ladders for Loud Rooms](./quiet.pdf) | ICCV'19 | G | |
|  |  |  |  |
| [Shared Weights at Scale](https://example.org/shared-weights.pdf) [blog](https://blog.example.com/p/77) | NeurIPS'18 | - | |
"""


def test_rows_whose_titles_link_to_files_of_the_repository_are_entries() -> None:
    result = _read(LOCAL_FILE_TABLE)
    found = {item.entry.line: item.entry for item in result.entries}
    assert sorted(found) == [5, 6, 7, 8, 10]
    assert found[5].title == "Growing Cells Without a Gardener"
    assert found[6].title == "Pruned Ladders for Tiny Devices"
    assert found[7].title == "Stacked Search by Gradual Widening"
    assert found[8].title == "Quiet Ladders for Loud Rooms"
    # Without an origin a relative link cannot be made absolute: the entry stays, the link is
    # left out with a warning that says how to keep it.
    assert found[5].links == [] and found[7].links == []
    assert [x.url for x in found[10].links] == [
        "https://example.org/shared-weights.pdf",
        "https://blog.example.com/p/77",
    ]
    warned = {w.line: w.message for w in result.warnings}
    assert "papers/ladders.pdf" in warned[6] and "--repository" in warned[6]
    # The empty row is no entry.
    assert 9 not in found


def test_relative_links_are_made_absolute_from_the_lists_origin() -> None:
    base = link_base(
        Origin(
            repository="https://github.com/someone/nas-notes",
            commit="0123456789abcdef0123456789abcdef01234567",
            path="docs/README.md",
        )
    )
    found = {i.entry.line: i.entry for i in _read(LOCAL_FILE_TABLE, base).entries}
    blob = "https://github.com/someone/nas-notes/blob/0123456789abcdef0123456789abcdef01234567"
    assert [(x.kind, x.url) for x in found[5].links] == [
        (LinkKind.PDF, f"{blob}/docs/papers/18-growing%20cells.pdf")
    ]
    assert [x.url for x in found[6].links] == [f"{blob}/docs/papers/ladders.pdf"]
    assert found[7].links == []  # an anchor of the list itself is no link of the paper


def test_a_link_base_comes_only_from_an_origin_that_says_where_the_file_is() -> None:
    assert link_base(None) is None
    assert link_base(Origin(repository="https://github.com/a/b", path="README.md")) == (
        "https://github.com/a/b/blob/HEAD/README.md"
    )
    assert link_base(Origin(repository="https://gitlab.com/a/b", commit="c1", path="x/L.md")) == (
        "https://gitlab.com/a/b/-/blob/c1/x/L.md"
    )
    assert link_base(Origin(url="https://example.org/lists/kd.md")) == (
        "https://example.org/lists/kd.md"
    )
    # A repository on a host whose file addresses we do not know: no guess.
    assert link_base(Origin(repository="https://git.example.org/a/b", path="README.md")) is None


LABEL_THEN_AUTHOR_LINE = """\
# Self-supervised graphs

## Contrastive

- GraphMix: Mixing Views of Small Graphs for Contrast.
  - A. Baker, C. Dunn, and E. Fox. *NeurIPS 2021*. [[pdf]](https://example.org/graphmix.pdf) [[code]](https://github.com/someone/graphmix)
- SEED: Seeded Embeddings for Edge Dropout.
  - G. Hale, I. Jones. *Arxiv 2022*. [[pdf]](https://arxiv.org/pdf/2203.01234.pdf)
- KITE: Kernels in Tiny Embeddings.
  - M. Ng, O.-P. Ruiz, andQ. R. Stone. *Arxiv 2021*. [[pdf]](https://arxiv.org/pdf/2104.05678.pdf)
"""


def test_a_label_and_title_above_an_author_line_is_one_entry() -> None:
    found = _by_line(LABEL_THEN_AUTHOR_LINE)
    assert sorted(found) == [5, 7, 9]
    first = found[5].entry
    assert first.title == "GraphMix: Mixing Views of Small Graphs for Contrast"
    assert first.authors == ["A. Baker", "C. Dunn", "E. Fox"]
    assert (first.venue, first.year) == ("NeurIPS", 2021)
    assert [x.kind for x in first.links] == [LinkKind.PDF, LinkKind.CODE]
    second = found[7].entry
    assert second.title == "SEED: Seeded Embeddings for Edge Dropout"
    assert second.authors == ["G. Hale", "I. Jones"]
    assert second.year == 2022 and second.identifiers.arxiv == "2203.01234"
    # A typo that glues ``and`` to the next initial still leaves a line of names, not a title.
    assert found[9].entry.title == "KITE: Kernels in Tiny Embeddings"


CATEGORY_WITH_ONE_PAPER = """\
# Papers

- Vision
  - [A Lens for Every Pixel](https://arxiv.org/abs/2104.00001), K. Lowe, 2021
"""


def test_a_category_bullet_with_one_titled_paper_below_stays_a_category() -> None:
    ((item),) = _read(CATEGORY_WITH_ONE_PAPER).entries
    assert (item.entry.line, item.entry.title) == (4, "A Lens for Every Pixel")
    assert item.entry.section == ["Vision"]


TWO_BADGES = """\
# Quantization

* [![Venue](https://img.shields.io/badge/Conference-ICML'23-blue)]() [![Stars](https://img.shields.io/github/stars/someone/lowbit.svg)](https://github.com/someone/lowbit) [LowBit: Four Bits Are Plenty](https://arxiv.org/abs/2301.00002). Ann Ames, Bo Bell. [[Paper]](https://arxiv.org/abs/2301.00002) [[Github]](https://github.com/someone/lowbit)

* [![Stars](https://img.shields.io/github/stars/someone/halfway.svg)](https://github.com/someone/halfway) [Halfway There: Eight-Bit Training](https://arxiv.org/abs/2302.00003). Cy Cole. [[Paper]](https://arxiv.org/abs/2302.00003)
"""


def test_a_title_after_two_badges_one_with_an_empty_target_is_read() -> None:
    found = _by_line(TWO_BADGES)
    assert sorted(found) == [3, 5]
    assert found[3].entry.title == "LowBit: Four Bits Are Plenty"
    assert found[3].entry.authors == ["Ann Ames", "Bo Bell"]
    assert {x.url for x in found[3].entry.links} == {
        "https://arxiv.org/abs/2301.00002",
        "https://github.com/someone/lowbit",
    }
    assert found[5].entry.title == "Halfway There: Eight-Bit Training"


AUTHOR_OR_JOURNAL_BEFORE_YEAR = """\
# Speech

* Listening in Crowded Rooms: A Review of Separation Models, Mei Lin, 2019 [[paper]](https://example.org/crowded)
* Quiet Speech Recognition in Noisy Halls, Tom Reed, 2018 [[paper]](https://example.org/quiet)
* Seeing Lips to Hear Words with Convolutional Nets, TASLP, 2020 (first of its kind) [[journal]](https://example.org/lips)
* Learning, Fast and Slow, for Denoisers, 2021 [[paper]](https://example.org/fast-slow)
"""


def test_a_trailing_author_or_journal_before_the_year_is_no_part_of_the_title() -> None:
    found = {i.entry.line: i.entry for i in _read(AUTHOR_OR_JOURNAL_BEFORE_YEAR).entries}
    assert found[3].title == "Listening in Crowded Rooms: A Review of Separation Models"
    assert (found[3].authors, found[3].year) == (["Mei Lin"], 2019)
    assert found[4].title == "Quiet Speech Recognition in Noisy Halls"
    assert found[4].authors == ["Tom Reed"]
    assert found[5].title == "Seeing Lips to Hear Words with Convolutional Nets"
    assert (found[5].venue, found[5].year) == ("TASLP", 2020)
    # Words that are no name stay in the title.
    assert found[6].title == "Learning, Fast and Slow, for Denoisers"


REPOSITORY_WITH_DESCRIPTION = """\
# Tools

* [![Stars](https://img.shields.io/github/stars/someone/tinyq.svg)](https://github.com/someone/tinyq) [TinyQ-for-Llamas](https://github.com/someone/tinyq): 3 bit quantization of small llamas. [[Github]](https://github.com/someone/tinyq)
* [Bitsy: Quantized Training Made Plain](https://github.com/someone/bitsy): A paper and its code. [[Paper]](https://arxiv.org/abs/2303.00004)
"""


def test_a_repository_name_with_a_description_is_a_code_record_with_a_summary() -> None:
    found = _by_line(REPOSITORY_WITH_DESCRIPTION)
    code = found[3]
    assert code.kind == "code"
    assert code.entry.title == "TinyQ-for-Llamas"
    assert code.entry.summary == "3 bit quantization of small llamas."
    paper = found[4]
    assert paper.kind == "paper"
    assert paper.entry.title == "Bitsy: Quantized Training Made Plain"


HTML_GROUP_ROWS = """\
# Attacks

<table>
  <thead>
    <tr><th>Name</th><th>Paper</th><th>Venue</th></tr>
  </thead>
  <tbody>
    <tr>
      <th colspan="3">Noise-based attacks</th>
    </tr>
    <tr>
      <td><a href="./hiss">Hiss</a></td>
      <td><a href="https://arxiv.org/abs/1901.00005">Hissing at Classifiers Until They Fail</a></td>
      <td>ICLR 2019</td>
    </tr>
    <tr>
      <th colspan="3">Shape attacks</th>
    </tr>
    <tr>
      <td><a href="./bend">Bend</a></td>
      <td><a href="https://arxiv.org/abs/1902.00006">Bending Shapes to Fool Detectors</a></td>
      <td>CVPR 2019</td>
    </tr>
  </tbody>
</table>
"""


def test_a_group_row_of_an_html_table_is_a_section_not_a_paper() -> None:
    result = _read(HTML_GROUP_ROWS)
    found = {i.entry.line: i.entry for i in result.entries}
    assert sorted(found) == [11, 19]
    assert found[11].title == "Hissing at Classifiers Until They Fail"
    assert found[11].section == ["Noise-based attacks"]
    assert found[19].section == ["Shape attacks"]


MARKDOWN_GROUP_ROW = """\
# Distillation

| Paper | Venue | Code |
| --- | --- | --- |
| **Logit matching** | | |
| [Soft Targets for Small Students](https://arxiv.org/abs/1801.00007) | ICLR 2018 | |
| **Feature matching** | | |
| [Hints Along the Way](https://arxiv.org/abs/1802.00008) | ICML 2018 | [code](https://github.com/someone/hints) |

After the table.
"""


def test_a_group_row_of_a_markdown_table_is_a_section_for_the_rows_below() -> None:
    found = {i.entry.line: i.entry for i in _read(MARKDOWN_GROUP_ROW).entries}
    assert sorted(found) == [6, 8]
    assert found[6].section == ["Logit matching"]
    assert found[8].section == ["Feature matching"]


NOTES_AMONG_ENTRIES = """\
# Secure learning

* Sharing Secrets Among Many Parties [[Paper]](https://example.org/secrets)
* Faster Triples for Honest Majorities [[Paper]](https://example.org/triples)
* Dropping the dealer and letting the parties make their own triples

* Garbled Circuits for Everyone [[Paper]](https://example.org/garbled)
* Contains several useful frameworks
* Oblivious Transfer in Practice [[Paper]](https://example.org/ot)
* Private Inference on Small Phones
* Masked Sums for Federated Updates [[Paper]](https://example.org/sums)
"""


def test_a_note_between_entries_is_skipped_but_a_title_without_a_link_is_kept() -> None:
    result = _read(NOTES_AMONG_ENTRIES)
    titles = {i.entry.line: i.entry.title for i in result.entries}
    assert titles == {
        3: "Sharing Secrets Among Many Parties",
        4: "Faster Triples for Honest Majorities",
        7: "Garbled Circuits for Everyone",
        9: "Oblivious Transfer in Practice",
        10: "Private Inference on Small Phones",
        11: "Masked Sums for Federated Updates",
    }
    skipped = {s.line: s for s in result.skipped}
    assert 5 in skipped and 8 in skipped
    assert "note" in skipped[5].reason
