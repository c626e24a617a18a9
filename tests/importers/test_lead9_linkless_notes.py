# ruff: noqa: E501  (list lines are as long as lists write them)
"""Paragraphs without links that are notes, not works (from a review of this session's rules):
numbered footnotes the list's entries cite (``[1] Code Released Under MIT License``), numbered
notes in lower case, a changelog's bold lines with their dates, and bold names of people with a
year further on. Each list here gave link-less junk entries before."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _titles(text: str) -> list[str]:
    result: ImportResult = get("generic").read(text, "mine")
    return [e.entry.title for e in result.entries]


PAPERS = """\
# Awesome Widgets

## Papers

- [Widget Networks](https://arxiv.org/abs/2301.00001) [1]
- [Gadget Transformers](https://arxiv.org/abs/2301.00002) [2]
- [Sprocket Learning](https://arxiv.org/abs/2301.00003) [3]
"""
LINKED = ["Widget Networks", "Gadget Transformers", "Sprocket Learning"]


def test_numbered_notes_the_entries_cite_are_footnotes() -> None:
    notes = "\n## Notes\n\n[1] Code Released Under MIT License\n\n[2] Results Reported On ImageNet Only\n\n[3] See the FAQ for Details\n"
    assert _titles(PAPERS + notes) == LINKED


def test_numbered_notes_in_lower_case_are_no_titles() -> None:
    uncited = PAPERS.replace(" [1]", "").replace(" [2]", "").replace(" [3]", "")
    notes = "\n## Notes\n\n[1] code not released\n\n[2] accepted at workshop\n\n[3] under review\n"
    assert _titles(uncited + notes) == LINKED


def test_numbered_paper_lines_nobody_cites_are_works() -> None:
    uncited = PAPERS.replace(" [1]", "").replace(" [2]", "").replace(" [3]", "")
    works = "\n## Older\n\n[4] Widget Fields for View Synthesis\n\n[5] pixelGadget: Fields from One Image\n\n[6] Sprocket Fields in the Wild\n"
    assert _titles(uncited + works) == [
        *LINKED,
        "Widget Fields for View Synthesis",
        "pixelGadget: Fields from One Image",
        "Sprocket Fields in the Wild",
    ]


def test_lines_numbered_by_a_year_are_a_changelog() -> None:
    log = "\n## Archive\n\n[2024] Added The Widget Papers Of The Year\n\n[2023] Moved the Gadget Section\n\n[2022] First Version of the List\n"
    assert _titles(PAPERS + log) == LINKED


def test_bold_lines_dated_in_full_are_a_changelog() -> None:
    log = "\n## Highlights\n\n**Added gadget papers** (2024-05-01)\n\n**Fixed broken links** (2024-03-11)\n\n**Moved the benchmarks section** (2023-12-02)\n"
    assert _titles(PAPERS + log) == LINKED


def test_bold_names_with_a_year_further_on_are_people() -> None:
    people = (
        "\n## People\n\n**Ann Lee (Widget Lab)** maintainer since 2021, reviews pull requests.\n\n"
        "**Bo Chan (Gadget Institute)** joined in 2022 and curates the tables.\n\n"
        "**Cy Dee (Sprocket University)** has helped since 2023 with the benchmarks.\n"
    )
    assert _titles(PAPERS + people) == LINKED


def test_bold_titles_with_their_year_next_are_works() -> None:
    works = (
        "\n## More\n\n**[Survey] Widget Learning in Practice**. (2023-ICLR) Ann Lee, Bo Chan.\n\n"
        "**Gadget Nets for Small Data**. (2022, NeurIPS) Cy Dee.\n\n"
        "**Sprocket Graphs at Scale** 2021. Di Eve.\n"
    )
    got = _titles(PAPERS + works)
    assert got[:3] == LINKED and len(got) == 6


def test_a_section_named_after_a_listed_tool_keeps_the_papers_it_links() -> None:
    text = (
        "# Awesome Widgets\n\n## Libraries\n\n"
        "- [Widgets](https://github.com/acme/widgets) - A library for widget models.\n"
        "- [Gadgets](https://github.com/acme/gadgets) - A library for gadget models.\n\n"
        "## Widgets: papers built on the library\n\n"
        "- **Detection:** [Widget Detection at Scale](https://arxiv.org/abs/2301.00001)\n"
        "- **Tracking:** [Tracking Widgets Over Time](https://arxiv.org/abs/2301.00002)\n"
    )
    assert _titles(text) == [
        "Widgets",
        "Gadgets",
        "Widget Detection at Scale",
        "Tracking Widgets Over Time",
    ]


def test_lines_of_news_after_a_venue_and_year_are_no_paper_lines() -> None:
    news = (
        "# Awesome Widgets\n\n## Highlights\n\n"
        "CVPR 2024: Added eleven accepted widget papers.\n\n"
        "ICML 2024: Added six papers and their code.\n\n"
        "NeurIPS 2023: Added the oral papers on gadgets.\n\n"
        "KDD 2023: Added the applied data science track.\n\n"
        "AAAI 2023: Fixed broken arXiv links.\n\n"
    )
    assert _titles(news + PAPERS.split("\n", 2)[2]) == LINKED


# A heading per paper, each set after an anchor of the list's own (``<a id="…"></a>``), over a
# bold date and venue line, a description and a line of role links with a link to the list's own
# reading note. Before, the anchor counted as a fourth block below the heading above it and the
# note link as the title's link: the papers were lost or titled by the note's label.
HEADINGS_WITH_ANCHORS = """\
# Awesome Widget Reasoning

## Reasoning

<a id="paper-one"></a>
### OneWidget Technical Report

**2026-06 · arXiv · an ongoing report** · `CoT` `RL`

Widget reasoning in three stages, with reinforcement learning for ranking.

[Paper](https://arxiv.org/abs/2606.06260) · [Reading notes](docs/reading-notes.md#one) · Code: not verified

<a id="paper-two"></a>
### Gadget Reasoning for Ranking

**2026-05 · SIGIR 2026** · `RL`

Reasoning for gadget ranking.

[Paper](https://arxiv.org/abs/2605.00001) · [Code](https://github.com/a/b)

<a id="paper-three"></a>
### Sprocket Chains of Thought

**2026-04 · arXiv** · `CoT`

Chains of thought for sprockets.

[Paper](https://arxiv.org/abs/2604.00002)
"""


def test_a_heading_per_paper_after_an_anchor_is_one_work_each() -> None:
    result = get("generic").read(HEADINGS_WITH_ANCHORS, "mine")
    got = [(e.entry.title, [x.url for x in e.entry.links]) for e in result.entries]
    assert got == [
        ("OneWidget Technical Report", ["https://arxiv.org/abs/2606.06260"]),
        (
            "Gadget Reasoning for Ranking",
            ["https://arxiv.org/abs/2605.00001", "https://github.com/a/b"],
        ),
        ("Sprocket Chains of Thought", ["https://arxiv.org/abs/2604.00002"]),
    ]


# References the list numbers, each a paragraph: the first author and ``et al``, a comma, the
# title, the venue and year, then a link to the paper or a project page. Before, the names were
# read as the title's first words, and a paragraph whose only link was a project page was lost.
NUMBERED_REFERENCES = """\
# Awesome Widgets

## 1. Monocular Widgets

[1] Eigen et al, Widget Map Prediction from a Single Image using a Multi-Scale Network, NIPS 2014, [Web](https://example.org/~eigen/widgets/)

[2] Laina et al, Deeper Widget Prediction with Fully Convolutional Residual Networks, 3DV 2016, [Code](https://github.com/lab/fcrn)

[3] Van Dijk et al, How do neural networks see widgets in single images? [PDF](https://arxiv.org/pdf/1905.07005.pdf)
"""


def test_numbered_references_with_their_first_author_and_et_al_first() -> None:
    result = get("generic").read(NUMBERED_REFERENCES, "mine")
    got = [(e.entry.title, e.entry.year) for e in result.entries]
    assert got == [
        ("Widget Map Prediction from a Single Image using a Multi-Scale Network", 2014),
        ("Deeper Widget Prediction with Fully Convolutional Residual Networks", 2016),
        ("How do neural networks see widgets in single images?", 2019),
    ]
