"""A badge wrapped in a link to a paper, its code or its page is that link (``[![arXiv](…)](…)``
and a stars badge linked to the repository are how many lists write them); a badge linked to a
licence or to a list of lists is decoration, and a line of badges under the list's title is no
entry."""

from __future__ import annotations

from catalogue.core.models import LinkKind
from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


SHIELD = "https://img.shields.io/badge"

BADGED = f"""\
# Small models, big teachers [![Awesome]({SHIELD}/awesome-yes-pink)](https://awesome.re)

[![Stars]({SHIELD}/stars-9-blue)](https://github.com/me/small-models) \
[![License]({SHIELD}/license-MIT-green)](https://opensource.org/licenses/MIT)

## Papers

- Teachers That Grade Their Own Homework \
[![arXiv]({SHIELD}/arXiv-2401.00017-red)](https://arxiv.org/abs/2401.00017) \
[![Code]({SHIELD}/code-black)](https://github.com/lab/grading-teachers)
- **Quiet Students Learn Faster** (ICML 2023) \
[![Paper]({SHIELD}/paper-blue)](https://proceedings.mlr.press/v202/quiet23a.html) \
[![License]({SHIELD}/license-apache-green)](https://www.apache.org/licenses/LICENSE-2.0)

## Table

| Title | Venue | Paper | Code |
| --- | --- | --- | --- |
| Distilling Through a Keyhole | NeurIPS 2022 \
| [![arXiv]({SHIELD}/arXiv-red)](https://arxiv.org/abs/2205.00023) \
| <a href="https://github.com/lab/keyhole"><img src="{SHIELD}/stars-12-blue"></a> |
"""


def test_badges_linked_to_the_paper_or_its_code_are_the_entry_links() -> None:
    result = _read(BADGED)
    got = {e.entry.title: {(x.kind, x.url) for x in e.entry.links} for e in result.entries}
    assert got == {
        "Teachers That Grade Their Own Homework": {
            (LinkKind.ARXIV, "https://arxiv.org/abs/2401.00017"),
            (LinkKind.CODE, "https://github.com/lab/grading-teachers"),
        },
        # The licence badge is decoration, not a link of the paper.
        "Quiet Students Learn Faster": {
            (LinkKind.PAPER, "https://proceedings.mlr.press/v202/quiet23a.html"),
        },
        "Distilling Through a Keyhole": {
            (LinkKind.ARXIV, "https://arxiv.org/abs/2205.00023"),
            (LinkKind.CODE, "https://github.com/lab/keyhole"),
        },
    }


def test_the_list_s_own_badges_are_no_entry() -> None:
    result = _read(BADGED)
    assert all(e.entry.line > 5 for e in result.entries)
    assert 3 in {s.line for s in result.skipped}


PAGE_BADGE = f"""\
# Efficient vision

| Title | Repo | Paper |
| --- | --- | --- |
| Skipping Frames That Repeat \
| [![WEB Page]({SHIELD}/WEB-Page-green)](https://lab.example.org/project/skip/) \
<br> [![GitHub]({SHIELD}/stars-4-blue)](https://github.com/lab/skip) \
| [![arXiv]({SHIELD}/arXiv-red)](https://arxiv.org/abs/2308.00044) |
"""


def test_a_badge_that_says_what_it_links_to_overrides_the_column() -> None:
    (entry,) = (e.entry for e in _read(PAGE_BADGE).entries)
    assert {(x.kind, x.url) for x in entry.links} == {
        (LinkKind.PROJECT, "https://lab.example.org/project/skip/"),
        (LinkKind.CODE, "https://github.com/lab/skip"),
        (LinkKind.ARXIV, "https://arxiv.org/abs/2308.00044"),
    }
