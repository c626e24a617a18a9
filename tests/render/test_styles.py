"""Source-list styles: each seed, rendered back from the catalogue in its own format, gives its
own entry lines; the only differences are the list's mistakes that the catalogue corrected.

Lines are compared as Markdown reads them: trailing spaces, blank lines and the wrapping of a
``>`` quote are layout (the catalogue keeps facts, not layout), so both sides are normalised the
same way before comparing. Everything else must match, or be listed in ``CORRECTED``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from catalogue.core.store import Catalogue, load
from catalogue.ingest.importers import parse_file
from catalogue.outputs.styles import render_entries, style_names

from .. import processes

ROOT = Path(__file__).resolve().parents[2]


def _stored_seeds() -> list[str]:
    """The seeds whose stored file is the version their records hold: a seed imported since in
    a newer version from its repository (``origin``) is read there, not stored here."""
    records = (
        yaml.safe_load(p.read_text()) for p in (ROOT / "data" / "sources").glob("seed-*.yml")
    )
    return sorted(r["id"] for r in records if not r.get("origin"))


SEEDS = _stored_seeds()

# (source, line): (as the list wrote it, as the catalogue renders it, what was wrong); several
# fixes in one entry are separated by " … ".
CORRECTED: dict[tuple[str, int], tuple[str, str, str]] = {
    ("seed-000", 27): ("Maji,2016", "Maji, 2016", "no space before the year"),
    ("seed-000", 36): ("Batra 2017", "Batra, 2017", "no comma before the year"),
    ("seed-000", 120): ("),Defang", "), Defang", "no space after the link"),
    ("seed-000", 125): ("),Jinguo", "), Jinguo", "no space after the link"),
    ("seed-000", 126): ("),Pengguang", "), Pengguang", "no space after the link"),
    ("seed-000", 176): ("Compression ](", "Compression](", "space ending the link text"),
    ("seed-000", 186): (
        "KD_Lib :  A … Quantization. ](",
        "KD_Lib : A … Quantization.](",
        "two spaces inside the title, space ending the link text",
    ),
    ("seed-000", 199): ("learning ](", "learning](", "space ending the link text"),
    ("seed-000", 202): ("classification ](", "classification](", "space ending the link text"),
    ("seed-000", 219): ("distillation ](", "distillation](", "space ending the link text"),
    ("seed-000", 223): ("ICML2019 ](", "ICML2019](", "space ending the link text"),
    ("seed-000", 229): ("caffe ](", "caffe](", "space ending the link text"),
    ("seed-000", 236): ("distillation ](", "distillation](", "space ending the link text"),
    ("seed-002", 11): ("landscapeâ€™s", "landscape’s", "mojibake (UTF-8 read as CP1252)"),
    ("seed-002", 73): ("[[[arXiv paper]]", "[[arXiv paper]]", "a stray opening bracket"),
    ("seed-003", 16): (")  [[PyTorch]]", ") [[PyTorch]]", "two spaces between links"),
}


def normalise(text: str) -> list[str]:
    """Lines as Markdown reads them: no trailing or blank-line layout, one line per quote."""
    out: list[str] = []
    for raw in text.split("\n"):
        line = raw.rstrip()
        if not line:
            continue
        if line.startswith(">"):
            body = line[1:].strip()
            if out and out[-1].startswith("> "):
                out[-1] += " " + body
                continue
            line = "> " + body
        out.append(line)
    return out


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load(ROOT / "data")


def seed_lines(catalogue: Catalogue, source_id: str) -> list[str]:
    path = ROOT / "data" / "sources" / catalogue.sources[source_id].file
    return path.read_text(encoding="utf-8").split("\n")


@pytest.mark.parametrize("source_id", SEEDS)
def test_seed_round_trip(catalogue: Catalogue, source_id: str) -> None:
    source = catalogue.sources[source_id]
    assert source.format in style_names()
    rendered = render_entries(catalogue, source_id, source.format)
    # Every entry the list's own importer finds is in the catalogue, at its line.
    parsed = parse_file(ROOT / "data" / "sources" / source.file, source.format, source_id)
    assert [r.line for r in rendered] == sorted(e.entry.line for e in parsed.entries)
    lines = seed_lines(catalogue, source_id)
    used = set()
    for entry in rendered:
        wrote = "\n".join(lines[entry.line - 1 : entry.end_line])
        if normalise(wrote) == normalise(entry.text):
            continue
        key = (source_id, entry.line)
        assert key in CORRECTED, f"{source_id}:{entry.line}\n  list: {wrote}\n  ours: {entry.text}"
        befores, afters, _ = (part.split(" … ") for part in CORRECTED[key])
        fixed = wrote
        for before, after in zip(befores, afters, strict=True):
            assert before in fixed
            fixed = fixed.replace(before, after)
        assert normalise(fixed) == normalise(entry.text)
        used.add(key)
    listed = {key for key in CORRECTED if key[0] == source_id}
    assert used == listed, "a listed correction no longer differs: remove it from CORRECTED"


def test_normalise_keeps_what_markdown_keeps() -> None:
    assert normalise("a  \n\n>    b\n> c\n\n    Datasets: x") == ["a", "> b c", "    Datasets: x"]
    assert normalise("a ](") != normalise("a](")
    assert normalise("x,2016") != normalise("x, 2016")


def test_cli_prints_each_seed_in_its_own_style(catalogue: Catalogue) -> None:
    for source_id in SEEDS:
        style = catalogue.sources[source_id].format
        args = ("--data", str(ROOT / "data"), "render", "--style", style, "--source", source_id)
        done = processes.catalogue(*args)
        assert done.returncode == 0, done.stderr
        assert done.stdout.startswith(f"# {catalogue.sources[source_id].title}\n")
        position = 0
        for entry in render_entries(catalogue, source_id, style):
            position = done.stdout.index(entry.text, position)  # every entry, in line order
