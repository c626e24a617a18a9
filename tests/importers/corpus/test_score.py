"""The corpus scorer's own rules, on tiny hand-made label/result pairs: each rule can fail.

These do not judge the importer (that test belongs with the importer once it meets the goals);
they check that the scorer counts what CORPUS_FORMAT.md says, and that the corpus's own label
files are well formed and point at real lines of their lists.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from catalogue.core.models import Link, SourceEntry
from catalogue.ingest.importers import ImportedEntry

from . import score
from .labels import Label, LabelError, LabelFile, check_against_text, load

ARXIV = "https://arxiv.org/abs/1503.02531"
CODE = "https://github.com/peterliht/knowledge-distillation-pytorch"


def label(line: int = 3, **changes: object) -> Label:
    base = Label(
        line=line,
        kind="paper",
        title="Distilling the Knowledge in a Neural Network",
        authors=("Geoffrey Hinton", "Oriol Vinyals", "Jeff Dean"),
        et_al=False,
        year=2015,
        venue="NeurIPS",
        identifiers=frozenset({("arxiv", "1503.02531")}),
        links=frozenset({("paper", ARXIV), ("code", CODE)}),
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def got(
    line: int = 3, end_line: int | None = None, kind: str = "paper", **fields: object
) -> score.Got:
    values: dict[str, object] = {
        "title": "Distilling the Knowledge in a Neural Network",
        "authors": ["Geoffrey Hinton", "Oriol Vinyals", "Jeff Dean"],
        "year": 2015,
        "venue": "NIPS",
        "links": [Link(kind="arxiv", url=ARXIV), Link(kind="code", url=CODE)],
    }
    values.update(fields)
    entry = SourceEntry(source="corpus", line=line, end_line=end_line, **values)  # type: ignore[arg-type]
    return score.got(ImportedEntry(kind=kind, entry=entry))  # type: ignore[arg-type]


def labels(*entries: Label, complete: bool = True, non_entries: tuple[int, ...] = ()) -> LabelFile:
    return LabelFile(
        path=Path("labels/x.yml"),
        list_name="x.md",
        complete=complete,
        entry_count=len(entries),
        non_entries=frozenset(non_entries),
        entries=entries,
    )


@pytest.fixture(scope="module")
def venues() -> score.VenueLexicon:
    return score.VenueLexicon(score.REPO / "data" / "venues")


def test_a_faithful_import_scores_full_marks(venues: score.VenueLexicon) -> None:
    result = score.score_list(labels(label()), [got()], venues)
    assert (result.matched, result.junk, result.failures()) == (1, 0, [])
    assert result.right == dict.fromkeys(score.FIELDS, 1)


@pytest.mark.parametrize(
    ("entry", "field"),
    [
        (got(kind="code"), "kind"),
        (got(title="[NeurIPS 2015] Distilling the Knowledge in a Neural Network"), "title"),
        (got(title="Distilling the knowledge in a neural network"), "title"),  # case counts
        (got(authors=["Hinton, Geoffrey", "Oriol Vinyals", "Jeff Dean"]), "authors"),
        (got(authors=["Oriol Vinyals", "Geoffrey Hinton", "Jeff Dean"]), "authors"),  # order
        (got(authors=["Geoffrey Hinton", "Oriol Vinyals"]), "authors"),
        (got(year=2014), "year"),
        (got(year=None), "year"),
        (got(venue="ICML"), "venue"),
        (got(venue="NeurIPS 2015"), "venue"),
        (got(venue=None), "venue"),
        (got(links=[Link(kind="pdf", url=ARXIV), Link(kind="code", url=CODE)]), "links"),
        (got(links=[Link(kind="arxiv", url=ARXIV), Link(kind="other", url=CODE)]), "links"),
    ],
)
def test_each_field_can_be_wrong(entry: score.Got, field: str, venues: score.VenueLexicon) -> None:
    result = score.score_list(labels(label()), [entry], venues)
    assert result.matched == 1
    assert [name for name in score.FIELDS if not result.right[name]] == [field]
    assert any(f": {field}: expected" in problem for problem in result.problems)


def test_an_identifier_the_import_lost_is_wrong(venues: score.VenueLexicon) -> None:
    # The list also names the paper's DOI in its text, which the import did not keep.
    ids = frozenset({("arxiv", "1503.02531"), ("doi", "10.48550/arxiv.1503.02531")})
    result = score.score_list(labels(label(identifiers=ids)), [got()], venues)
    assert [name for name in score.FIELDS if not result.right[name]] == ["ids"]


def test_normalisations_that_must_not_count(venues: score.VenueLexicon) -> None:
    wanted = label(title="Don't Stop: Knowledge-Distillation", authors=("G. E. Hinton", "J Dean"))
    entry = got(
        title="Don\u2019t  Stop: Knowledge\u2013Distillation",  # curly quote, en dash, two spaces
        authors=["g e  hinton", "J. Dean"],
        venue="Advances in Neural Information Processing Systems",  # an alias of NeurIPS
    )
    result = score.score_list(labels(wanted), [entry], venues)
    assert result.failures() == [], result.problems


def test_venues_unknown_to_the_lexicon_compare_as_text(venues: score.VenueLexicon) -> None:
    assert venues.resolve("Pattern Recognit.") == venues.resolve("pattern recognit")
    assert venues.resolve("TMLR") != venues.resolve("JMLR")
    assert venues.resolve("NIPS") == venues.resolve("neurips") == "venue:neurips"


def test_arxiv_and_doi_links_count_as_paper_but_arxiv_pdfs_as_pdf(
    venues: score.VenueLexicon,
) -> None:
    pdf = "https://arxiv.org/pdf/1503.02531v1.pdf"
    doi = "https://doi.org/10.1109/cvpr.2019.00409"
    wanted = label(
        identifiers=frozenset({("arxiv", "1503.02531"), ("doi", "10.1109/cvpr.2019.00409")}),
        links=frozenset({("pdf", pdf), ("paper", doi)}),
    )
    right = got(links=[Link(kind="arxiv", url=pdf), Link(kind="doi", url=doi)])
    assert score.score_list(labels(wanted), [right], venues).failures() == []
    wrong = got(links=[Link(kind="paper", url=pdf), Link(kind="doi", url=doi)])
    result = score.score_list(labels(wanted), [wrong], venues)
    assert result.right["links"] == 0 and result.right["ids"] == 1


def test_identifiers_come_from_any_link_and_from_identifier_fields() -> None:
    entry = got(links=[Link(kind="paper", url="https://openreview.net/forum?id=SkgpBJrtvS")])
    assert entry.identifiers == {("openreview", "SkgpBJrtvS")}
    fields = {"arxiv": "1503.02531", "doi": None, "other": ["openreview:SkgpBJrtvS"]}

    class WithIds:
        identifiers = fields

    assert score._identifier_pairs(WithIds()) == {
        ("arxiv", "1503.02531"),
        ("openreview", "SkgpBJrtvS"),
    }


def test_links_made_from_text_identifiers_count_as_identifiers_only(
    venues: score.VenueLexicon,
) -> None:
    text = "1. Distilling the Knowledge in a Neural Network. arXiv:1503.02531 [code](CODE)"
    text = text.replace("CODE", CODE)
    wanted = label(links=frozenset({("code", CODE)}))
    made = SourceEntry(
        source="corpus",
        line=3,
        title=wanted.title,
        authors=list(wanted.authors),
        year=2015,
        venue="NIPS",
        links=[Link(kind="arxiv", url=ARXIV), Link(kind="code", url=CODE)],
    )
    entry = score.got(ImportedEntry(kind="paper", entry=made), text)
    assert entry.links == {("code", CODE)} and entry.identifiers == {("arxiv", "1503.02531")}
    assert score.score_list(labels(wanted), [entry], venues).failures() == []
    # A link the list does write must still be there, with the URL exactly as written.
    written = text + " [abs](https://arxiv.org/abs/1503.02531v2)"
    entry = score.got(ImportedEntry(kind="paper", entry=made), written)
    wanted = label(links=frozenset({("code", CODE), ("paper", ARXIV + "v2")}))
    assert score.score_list(labels(wanted), [entry], venues).right["links"] == 0


def test_a_missed_entry_lowers_recall(venues: score.VenueLexicon) -> None:
    result = score.score_list(labels(label(3), label(5)), [got(3)], venues)
    assert (result.labelled, result.matched) == (2, 1)
    assert result.rate("recall") == 0.5 and "recall under 99%" in result.failures()
    assert "5: missed: 'Distilling the Knowledge in a Neural Network'" in result.problems


def test_a_match_is_by_line_within_the_entry(venues: score.VenueLexicon) -> None:
    # The label's first line sits inside the imported entry's lines: a match.
    assert score.score_list(labels(label(4)), [got(2, end_line=6)], venues).matched == 1
    # An entry that starts after the label's line, or ends before it, does not match.
    assert score.score_list(labels(label(4)), [got(5, end_line=6)], venues).matched == 0
    assert score.score_list(labels(label(4)), [got(1, end_line=3)], venues).matched == 0


def test_two_entries_run_together_match_one_label_only(venues: score.VenueLexicon) -> None:
    result = score.score_list(labels(label(3), label(4)), [got(3, end_line=4)], venues)
    assert result.matched == 1


def test_junk_on_non_entry_lines_and_unlabelled_entries_of_complete_lists(
    venues: score.VenueLexicon,
) -> None:
    entries = [got(1), got(3), got(9)]
    complete = score.score_list(labels(label(3), non_entries=(1,)), entries, venues)
    assert complete.junk == 2 and "2 junk entries" in complete.failures()
    # A sampled list only knows its non-entries: an unlabelled entry may be a real one.
    sample = score.score_list(labels(label(3), complete=False, non_entries=(1,)), entries, venues)
    assert sample.junk == 1


def test_totals_add_counts_not_rates(venues: score.VenueLexicon) -> None:
    one = score.score_list(labels(label(3)), [got(3, year=1999)], venues)
    many = score.score_list(
        labels(*(label(n) for n in range(1, 40))), [got(n) for n in range(1, 40)], venues
    )
    total = score.ListScore("total")
    total.add(one)
    total.add(many)
    assert total.rate("year") == 39 / 40
    assert total.failures() == []  # 97.5% meets the 97% goal
    table = score.format_table([one, many], total)
    assert table.splitlines()[-1].endswith("met")
    assert "0.0" in table.splitlines()[2]  # the first list's year column


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


GOOD = """\
list: tiny.md
complete: true
entry_count: 1
non_entries: [1]
entries:
- line: 3
  kind: paper
  title: Distilling the Knowledge in a Neural Network
  authors: [Geoffrey Hinton, Oriol Vinyals, Jeff Dean]
  year: 2015
  venue: null
  identifiers: {arxiv: '1503.02531'}
  links:
  - {role: paper, url: 'https://arxiv.org/abs/1503.02531'}
"""


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("entry_count: 1", "entry_count: 2", "entry_count 2 != 1"),
        ("kind: paper", "kind: article", "kind 'article'"),
        ("role: paper", "role: abstract", "unknown link role"),
        ("'1503.02531'}", "'1503.02531v2'}", "not an id without version"),
        ("{arxiv:", "{isbn:", "unknown identifier scheme"),
        ("Neural Network\n", "Neural Network.\n", "trailing full stop"),
        ("non_entries: [1]", "non_entries: [3]", "both entries and non-entries"),
        ("  venue: null\n", "", "missing keys ['venue']"),
        ("year: 2015", "year: '2015'", "must be a number"),
    ],
)
def test_bad_label_files_are_refused_naming_the_problem(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    assert load(write(tmp_path / "ok.yml", GOOD)).entries[0].year == 2015
    path = write(tmp_path / "bad.yml", GOOD.replace(old, new))
    with pytest.raises(LabelError, match=re.escape(message)) as caught:
        load(path)
    assert str(path) in str(caught.value)


def test_labels_must_point_at_lines_that_hold_text(tmp_path: Path) -> None:
    parsed = load(write(tmp_path / "x.yml", GOOD))
    check_against_text(parsed, "# A list\n\n- [Distilling](https://arxiv.org/abs/1503.02531)\n")
    with pytest.raises(LabelError, match=r"line 3 of tiny\.md is blank"):
        check_against_text(parsed, "# A list\n\n\n- entry\n")


def test_shared_lists_absent_are_skipped_with_a_note(tmp_path: Path) -> None:
    write(tmp_path / "shared" / "gone.yml", GOOD.replace("tiny.md", "gone.md"))
    report = score.score_corpus(tmp_path, shared=tmp_path / "nowhere")
    (only,) = report.lists
    assert only.note is not None and "absent" in only.note and only.labelled == 0
    assert "note: shared/gone.md: skipped" in report.table()


def test_running_it_imports_the_list_and_exits_by_the_goals(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "# A list\n\n- [Distilling the Knowledge in a Neural Network](https://arxiv.org/abs/1503.02531)\n"
    write(tmp_path / "lists" / "tiny.md", text)
    write(tmp_path / "labels" / "tiny.yml", GOOD)
    report = score.score_corpus(tmp_path)
    (only,) = report.lists
    assert only.labelled == 1 and only.note is None
    # A label no importer can meet (a year the list never gives) fails the goals.
    write(tmp_path / "labels" / "tiny.yml", GOOD.replace("year: 2015", "year: 1901"))
    assert not score.score_corpus(tmp_path).passed


def test_the_corpus_label_files_are_well_formed() -> None:
    """Every label file of the corpus loads, and its lines hold text in its list."""
    files = score.label_files()
    assert files, "the corpus has no label files"
    for path in files:
        parsed = load(path)
        if path.parent.name == "labels":
            assert parsed.complete, f"{path}: our own lists are labelled completely"
        listed = score.list_path(path, parsed, score.shared_dir())
        if listed.is_file():
            check_against_text(parsed, listed.read_text(encoding="utf-8-sig"))
