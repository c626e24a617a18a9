"""Benchmark: deduplicating and merging many list entries, as `catalogue import` does.

Builds deterministic synthetic lists: ``--papers`` distinct works in list ``bench-a``, a third of
them again in ``bench-b`` (titles re-spelt: case, dropped colons, a PDF link with a version
instead of the abstract page, a conference year beside the arXiv year), and a few hundred
implementations. Then plans the import into an empty catalogue (clustering, author checks,
merging, code attachment; twice, as every import compares before with after) and plans it again
on top of the written result, which must change nothing.

    .venv/bin/python benchmarks/dedupe.py [--papers 10000]

Goal: a list of 10,000 entries plans in well under a minute on 2 cores (measured here: about
4 s for the first import of 13,734 entries, 16 s to re-import them over the written catalogue,
which clusters stored and new entries together, twice).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import tempfile
import time
from pathlib import Path
from typing import Any

from catalogue.core.models import Category, Link, LinkKind, Source, SourceEntry, Venue, VenueKind
from catalogue.core.store import Catalogue, load, save
from catalogue.ingest.importers import ImportedEntry
from catalogue.ingest.reconcile import plan_import

WORDS = (
    "knowledge distillation teacher student online feature relation attention contrastive self"
    " mutual ensemble data free zero shot adversarial robust efficient compact lightweight"
    " transformer graph semantic segmentation detection language speech medical video sparse"
).split()
FAMILY = "Ahn Berg Costa Dutta Eriksen Fujita Garcia Huang Ivanova Jensen Kim Li Moreau".split()
DAY = dt.date(2026, 11, 21)


def _entry(source: str, line: int, title: str, url: str, **facts: Any) -> ImportedEntry:
    code = "github.com" in url
    link = Link(kind=LinkKind.CODE if code else LinkKind.ARXIV, url=url)
    entry = SourceEntry(source=source, line=line, title=title, links=[link], **facts)
    return ImportedEntry("code" if code else "paper", entry)


def synthetic(papers: int, seed: int = 7) -> list[ImportedEntry]:
    rng = random.Random(seed)
    entries = []
    for n in range(papers):
        words = rng.sample(WORDS, 5)
        title = f"{words[0].title()} {words[1]}: {' '.join(words[2:])} number {n}"
        arxiv = f"{19 + n % 6}{1 + n % 12:02d}.{n:05d}"
        authors = [f"{rng.choice('ABCDEFG')}. {rng.choice(FAMILY)}" for _ in range(3)]
        year = 2019 + n % 6
        entries.append(
            _entry(
                "bench-a",
                n + 1,
                title,
                f"https://arxiv.org/abs/{arxiv}",
                authors=authors,
                year=year,
            )
        )
        if n % 3 == 0:
            entries.append(
                _entry(
                    "bench-b",
                    n + 1,
                    title.replace(":", "").upper(),
                    f"https://arxiv.org/pdf/{arxiv}v2.pdf",
                    year=year + 1,
                    venue="CVPR",
                )
            )
        if n % 25 == 0:
            entries.append(
                _entry("bench-a", papers + n + 1, title, f"https://github.com/lab{n}/code{n}")
            )
    return entries


def _empty(root: Path) -> None:
    for record in (
        Venue(
            id="cvpr",
            short="CVPR",
            name="Computer Vision and Pattern Recognition",
            kind=VenueKind.CONFERENCE,
        ),
        Category(id="general", title="General"),
        Source(id="bench-a", file="a.md", title="A", format="generic"),
        Source(id="bench-b", file="b.md", title="B", format="generic"),
    ):
        save(root, record)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--papers", type=int, default=10_000)
    args = parser.parse_args()
    entries = synthetic(args.papers)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "data"
        _empty(root)
        start = time.perf_counter()
        plan = plan_import(load(root), entries, ["bench-a", "bench-b"], DAY)
        first = time.perf_counter() - start
        for record in [*plan.papers.values(), *plan.code.values()]:
            save(root, record)
        cat: Catalogue = load(root)
        start = time.perf_counter()
        again = plan_import(cat, entries, ["bench-a", "bench-b"], DAY)
        second = time.perf_counter() - start
    merged = sum(1 for p in plan.papers.values() if len(p.sources) > 1)
    unchanged = again.papers == cat.papers and again.code == cat.code
    print(
        f"entries: {len(entries)}  papers: {len(plan.papers)}  merged: {merged}"
        f"  code: {len(plan.code)} ({sum(1 for c in plan.code.values() if c.paper)} attached)"
    )
    print(f"first import plan:  {first:.2f} s ({1000 * first / len(entries):.2f} ms per entry)")
    print(f"re-import plan:     {second:.2f} s; changes nothing: {unchanged}")


if __name__ == "__main__":
    main()
