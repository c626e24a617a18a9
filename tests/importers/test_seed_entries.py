"""The entries of the seeds that are easy to get wrong, each pinned by what the list says."""

from __future__ import annotations

from functools import cache

from catalogue.core.models import LinkKind, SourceEntry
from catalogue.ingest.importers import parse_file

from .seeds import seeds


@cache
def _entries(seed_id: str) -> dict[int, tuple[str, SourceEntry]]:
    seed = next(s for s in seeds() if s.id == seed_id)
    result = parse_file(seed.path, seed.format, seed.id)
    return {item.entry.line: (item.kind, item.entry) for item in result.entries}


def test_000_second_link_on_a_paper_line_is_its_notes() -> None:
    kind, entry = _entries("seed-000")[24]
    assert kind == "paper"
    assert [(link.kind, link.label) for link in entry.links] == [
        (LinkKind.ARXIV, "Sequence-Level Knowledge Distillation"),
        (LinkKind.NOTES, "deeplearning-papernotes"),
    ]
    assert entry.authors == ["Yoon Kim", "Alexander M. Rush"]


def test_000_authors_and_year_with_odd_separators() -> None:
    entries = _entries("seed-000")
    assert (entries[27][1].authors_text, entries[27][1].year) == (
        "Jong-Chyi Su, Subhransu Maji",
        2016,
    )
    assert entries[36][1].year == 2017  # "Dhruv Batra 2017": no comma before the year
    assert entries[36][1].authors[0] == "Jiasen Lu"  # affiliation digit of "Lu1" dropped
    assert (entries[36][1].authors_text or "").startswith("Jiasen Lu1,")  # but kept as written
    assert entries[103][1].year is None  # the list gives no year
    assert entries[120][1].authors[0] == "Defang Chen"  # ",Defang Chen": no space


def test_000_talks_and_code_by_framework() -> None:
    entries = _entries("seed-000")
    assert entries[152][0] == "talk" and entries[152][1].links[0].kind is LinkKind.VIDEO
    kind, mxnet = entries[159]
    assert (kind, mxnet.framework, mxnet.section) == ("code", "MXNet", ["Implementations"])
    assert entries[212][1].framework == "Lasagne + Theano"
    # Two repositories on one line are one implementation with both links.
    assert [link.label for link in entries[203][1].links] == [
        "Sequence-Level Knowledge Distillation",
        "Neural Machine Translation on Android",
    ]
    # The stray bare URL under an empty "##" heading is kept as code with no framework.
    kind, stray = entries[240]
    assert (kind, stray.framework, stray.title) == ("code", None, None)
    assert stray.links[0].url.startswith("https://github.com/PaddlePaddle/PaddleSlim")


def test_002_venue_forms_alias_and_notes() -> None:
    entries = _entries("seed-002")
    assert (entries[40][1].venue, entries[40][1].year, entries[40][1].venue_text) == (
        "JMI",
        2022,
        "2022 JMI",
    )
    assert (entries[28][1].venue, entries[28][1].year) == ("arXiv", None)
    assert (entries[9][1].venue, entries[9][1].links) == ("IEEE ISBI", [])
    assert (entries[144][1].alias, entries[144][1].title) == (
        "FitNets",
        "Fitnets Hints for Thin Deep Nets",
    )
    assert entries[73][1].tags == ["real-time segmentation", "medical"]
    assert entries[73][1].links[1].label == "arXiv paper"  # "[[[arXiv paper]](…)" repaired
    assert (entries[26][1].end_line, entries[26][1].note, entries[26][1].tags) == (27, '""', [])
    note = entries[11][1]
    assert note.summary is not None and "landscape’s curvature" in note.summary
    assert note.note is not None and "landscapeâ€™s" in note.note  # as written


def test_003_italic_author_line_belongs_to_the_entry_above() -> None:
    _, entry = _entries("seed-003")[10]
    assert entry.end_line == 11
    assert entry.authors[-2:] == ["George E. Dahl", "Geoffrey E. Hinton"]
    assert (entry.venue, entry.year) == ("ICLR", 2018)


def test_004_summary_facts_and_bold_subsections() -> None:
    entries = _entries("seed-004")
    _, first = entries[16]
    assert (first.date, first.venue, first.year, first.end_line) == ("15.03.09", "NIPS", 2014, 23)
    assert (
        first.summary == "Proposed knowledge distillation (KD), as we know now, for the first time."
    )
    assert first.datasets == ["MNIST", "JFT"]
    assert first.networks == ["Manual CNNs with different number of layers"]
    assert (entries[53][1].date, entries[53][1].venue) == ("19.02.09", None)
    assert (entries[92][1].date, entries[92][1].venue_text) == (None, "NIPS 2017")
    assert entries[78][1].section == ["Applications in other tasks", "Metric Learning"]
