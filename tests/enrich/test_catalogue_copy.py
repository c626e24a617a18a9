"""Issue 17's measure, on a copy of the real catalogue against the local services: enrichment
fills every field the recorded answers hold, changes no curator's value (a disagreement with one
is a conflict in `catalogue conflicts`), replaces a list's value only where the precedence rule
ranks the service's above it, backs each value it writes with its service's entry (source, line
of the id file, the value), and a second run writes nothing; nor does an import of the lists
afterwards. Keys, and so file names, stay as they were."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from catalogue.core.models import LinkKind, Paper
from catalogue.core.store import load

from .conftest import Enrich, snapshot
from .services import Services

PAPER_FIELDS = "authors,abstract,venue,year,doi,pdf"

# What the recorded answers hold that the records lack: key -> field -> (value, source, asked).
EXPECTED: dict[str, dict[str, tuple[object, str, str]]] = {
    "anon2016learning": {
        "authors": (["Zhizhong Li", "Derek Hoiem"], "service-arxiv", "1606.09282"),
        "abstract": ("A network trained for one task", "service-arxiv", "1606.09282"),
    },
    "anon2018adaptive": {
        "authors": (["Lei Zhang", "Peng Wang", "Chunhua Shen"], "service-arxiv", "1806.01576"),
        "abstract": ("Small super-resolution networks", "service-arxiv", "1806.01576"),
        "venue": ("arxiv", "service-arxiv", "1806.01576"),
    },
    "hinton2015distilling": {
        "abstract": ("An ensemble predicts well", "service-arxiv", "1503.02531"),
    },
    "ahn2019variational": {
        "abstract": ("Knowledge transfer is cast", "service-arxiv", "1904.05835"),
        "doi": ("10.1109/cvpr.2019.00938", "service-arxiv", "1904.05835"),
    },
    "abdulnabi2018multimodal": {  # its authors disagree with arXiv's: kept, and reported
        "abstract": ("Recurrent layers pass", "service-arxiv", "1803.04687"),
        "venue": ("arxiv", "service-arxiv", "1803.04687"),
    },
    "aguilar2019knowledge": {  # arXiv has nothing; OpenAlex knows it by arXiv's DOI
        "abstract": (
            "Internal layers of the teacher guide the student",
            "service-openalex",
            "W2980055555",
        ),
    },
    "anon2020intra": {
        "abstract": (
            "The student is asked to copy",
            "service-crossref",
            "10.1007/978-3-030-58571-6_21",
        ),
    },
    "anon2021efficient": {
        "authors": (
            ["Pengcheng Xu", "Kyungsang Kim", "The Liver Imaging Group"],
            "service-crossref",
            "10.1088/1361-6560/ac3935",
        ),
        "abstract": (
            "Objective\n\nSegment the liver",
            "service-crossref",
            "10.1088/1361-6560/ac3935",
        ),
    },
    "anon2022knowledged": {  # issued [[null]]: the year comes from published-online
        "authors": (
            ["Julia M. H. Noothout", "Nikolas Lessmann", "Ivana Išgum"],
            "service-crossref",
            "10.1117/1.jmi.9.5.052407",
        ),
    },
    "anon2019snapshot": {  # no identifier: found by its exact title and year
        "abstract": ("Training a teacher and then student", "service-openalex", "W2990011111"),
        "doi": ("10.1109/cvpr.2019.00297", "service-openalex", "W2990011111"),
        "pdf": (
            "https://openaccess.thecvf.com/content_CVPR_2019/papers/Yang_Snapshot_Distillation_CVPR_2019_paper.pdf",
            "service-openalex",
            "W2990011111",
        ),
    },
}


def _value(paper: Paper, field: str) -> object:
    if field == "doi":
        return paper.identifiers.doi
    if field == "pdf":
        return next((link.url for link in paper.links if link.kind is LinkKind.PDF), None)
    return getattr(paper, field)


def _empty(value: object) -> bool:
    return value is None or value == []


def _backed(paper: Paper, field: str, value: object, data: Path) -> tuple[str, str] | None:
    """The (source, identifier) of the service entry that holds ``value``, if one does."""
    for entry in paper.sources:
        if not entry.source.startswith("service-"):
            continue
        held = {
            "authors": entry.authors,
            "abstract": entry.abstract,
            "year": entry.year,
            "venue": entry.venue,
            "doi": next(
                (
                    lk.url.removeprefix("https://doi.org/")
                    for lk in entry.links
                    if lk.kind is LinkKind.DOI
                ),
                None,
            ),
            "pdf": next((lk.url for lk in entry.links if lk.kind is LinkKind.PDF), None),
        }[field]
        if field == "venue":
            venues = load(data).venues
            value = venues[str(value)].short
        if held == value:
            ids = (data / "sources" / f"{entry.source}.ids").read_text().splitlines()
            return entry.source, ids[entry.line - 1]
    return None


# Values the lists gave that a service's outrank (precedence: identifier evidence over lists).
REPLACED = {
    ("abdulnabi2018multimodal", "authors"): ["Bing Shuai", "Abrar H. Abdulnabi"],
    # A list names only its first author (flhonker's "Yang, Chenglin et al."):
    ("anon2019snapshot", "authors"): ["Chenglin Yang", "Lingxi Xie", "Chi Su", "Alan Yuille"],
}
# A curator's edit made before enriching: the author order of a paper whose arXiv entry differs.
CURATED = ("ahn2019variational", ["Sungsoo Ahn", "Andreas Damianou", "Shell Xu Hu"])


def _curate(data: Path) -> None:
    path = data / "papers" / f"{CURATED[0]}.yml"
    text = path.read_text(encoding="utf-8")
    edited = text.replace(
        "- Shell Xu Hu\n- Andreas Damianou\n", "- Andreas Damianou\n- Shell Xu Hu\n"
    )
    assert edited != text
    path.write_text(edited, encoding="utf-8")


@pytest.fixture
def enriched(project: Path, enrich: Enrich, services: Services) -> tuple[Path, dict, dict, str]:
    data = project / "data"
    _curate(data)
    before = load(data).papers
    done = enrich("--missing", PAPER_FIELDS)
    assert done.code == 0, done.err
    return data, before, load(data).papers, done.err


def test_every_recorded_field_is_filled_and_backed_by_its_entry(enriched: tuple) -> None:
    data, before, after, _ = enriched
    for key, fields in EXPECTED.items():
        for field, (value, source, asked) in fields.items():
            assert _empty(_value(before[key], field)), (key, field, "was not empty")
            got = _value(after[key], field)
            if isinstance(value, str) and field == "abstract":
                assert isinstance(got, str) and got.startswith(value), (key, field, got)
                value = got
            else:
                assert got == value, (key, field, got)
            assert _backed(after[key], field, value, data) == (source, asked), (key, field)


def test_curated_values_stay_and_list_values_yield_only_to_the_rule(enriched: tuple) -> None:
    _, before, after, err = enriched
    assert after.keys() == before.keys()  # keys (and file names) stay
    for key, old in before.items():
        new = after[key]
        for field in ("title", "authors", "abstract", "venue", "year", "doi", "pdf", "summary"):
            was, now = _value(old, field), _value(new, field)
            if (key, field) in REPLACED:
                assert was != now and now == REPLACED[key, field], (key, field)
            elif not _empty(was):
                assert now == was, (key, field, "a value that was there changed")
            elif not _empty(now):
                assert field in EXPECTED.get(key, {}), (key, field, "filled from nowhere")
        # The list entries are kept as they were; service entries only come after them.
        listed = [e for e in new.sources if not e.source.startswith("service-")]
        assert listed == old.sources
    key, authors = CURATED
    assert after[key].authors[:3] == authors  # the curator's order, though arXiv's differs
    assert (
        f"conflict: {key} authors: the record has 'Sungsoo Ahn, Andreas Damianou, Shell Xu Hu,"
        " Neil D. Lawrence, Zhenwen Dai'; arXiv 1904.05835 says 'Sungsoo Ahn, Shell Xu Hu,"
        " Andreas Damianou, Neil D. Lawrence, Zhenwen Dai' (kept as that service's entry)"
    ) in err
    assert (
        "replaced abdulnabi2018multimodal authors by arXiv 1803.04687's: 'Bing Shuai, Abrar H."
        " Abdulnabi' (was 'Abrar H. Abdulnabi, Bing Shuai, Zhen Zuo, Lap-Pui Chau, Gang Wang',"
        " a list's value, which a service's outranks)"
    ) in err


def _catalogue(data: Path, *args: str) -> tuple[int, str]:
    done = subprocess.run(
        [sys.executable, "-m", "catalogue", "--data", str(data), "--no-cache", *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    return done.returncode, done.stdout + done.stderr


def test_the_disagreement_with_a_curator_is_an_open_conflict_until_decided(
    enriched: tuple, enrich: Enrich
) -> None:
    data = enriched[0]
    code, out = _catalogue(data, "conflicts")
    assert code == 0, out
    assert out.count("service (authors): ahn2019variational") == 1, out
    assert "<- service-arxiv:" in out and "1 open conflict" in out
    conflict = out.split("service (authors)")[0].split()[-1]
    code, out = _catalogue(data, "decide", conflict, "--accept")
    assert code == 0, out
    assert "0 open conflicts" in _catalogue(data, "conflicts")[1]
    assert load(data).papers[CURATED[0]].authors[:3] == CURATED[1]
    first = snapshot(data)
    assert enrich("--missing", PAPER_FIELDS).code == 0
    assert snapshot(data) == first


def test_an_import_of_the_lists_afterwards_changes_nothing(enriched: tuple) -> None:
    data = enriched[0]
    first = snapshot(data)
    # The seeds stored here as the version last imported (a newer one read elsewhere is not).
    cat = load(data)
    remote = {
        s.file for s in cat.sources.values() if s.origin and (s.origin.repository or s.origin.url)
    }
    lists = sorted(str(p) for p in (data / "sources").glob("*.txt") if p.name not in remote)
    assert lists
    code, out = _catalogue(data, "import", *lists)
    assert code == 0, out
    assert "0 file(s) written, 0 removed" in out
    assert snapshot(data) == first


def test_refusals_are_reported_not_written(enriched: tuple) -> None:
    _, before, after, err = enriched
    entry = next(e for e in after["abdulnabi2018multimodal"].sources if e.source == "service-arxiv")
    assert entry.authors == ["Bing Shuai", "Abrar H. Abdulnabi"]
    # Withdrawn: its summary is a notice, not an abstract (a list gives its authors now, so
    # nothing else is taken from arXiv for it).
    withdrawn = after["anon2018embarrassingly"]
    assert withdrawn.abstract is None
    assert all(e.abstract is None for e in withdrawn.sources)
    assert (
        "note: anon2019understanding: OpenAlex has this title only with another year (2021):"
        " not taken"
    ) in err
    assert "note: anon2020knowledge: OpenAlex has several works with this title and year" in err
    for key in ("anon2019understanding", "anon2020knowledge"):
        assert after[key] == before[key]


def test_a_second_run_writes_nothing(enriched: tuple, enrich: Enrich, services: Services) -> None:
    data = enriched[0]
    first = snapshot(data)
    again = enrich("--missing", PAPER_FIELDS)
    assert again.code == 0, again.err
    assert snapshot(data) == first
    assert "filled nothing" in again.err and "wrote 0 files" in again.err


def test_answers_come_in_pages_and_batches(enriched: tuple, services: Services) -> None:
    """183 arXiv ids in two batches, each answered two entries a page: more than two requests,
    far fewer than one per paper; the same for Crossref's and OpenAlex's DOI batches."""
    assert 2 < services.count("arxiv") < 10
    queries = [s.query for s in services.seen if s.service == "arxiv"]
    assert max(len(q["id_list"][0].split(",")) for q in queries) == 100
    assert any(q["start"] != ["0"] for q in queries)
    assert all(
        s.query.get("mailto") == ["curators@example.org"]
        for s in services.seen
        if s.service == "openalex"
    )
    assert all("mailto:curators@example.org" in s.headers["User-Agent"] for s in services.seen)
