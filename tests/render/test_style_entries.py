# ruff: noqa: E501  (expected list lines are compared exactly; they are long)
"""Each style on entries built here: exact lines, headings, and escapes of link text."""

from __future__ import annotations

from pathlib import Path

import pytest

from catalogue.core.errors import UsageError
from catalogue.core.models import CodeLink, Paper, Source, SourceEntry
from catalogue.core.store import Catalogue
from catalogue.outputs.styles import render_entries, render_source

SOURCE = "list-x"


def entry(**fields: object) -> SourceEntry:
    return SourceEntry.model_validate({"source": SOURCE, **fields})


def catalogue_of(*entries: tuple[str, SourceEntry], fmt: str = "comma-authors") -> Catalogue:
    papers, code = {}, {}
    for n, (kind, e) in enumerate(entries):
        key = f"rec{n}x"
        if kind == "code":
            code[key] = CodeLink(key=key, url="https://github.com/x/y", title="x", sources=[e])
        else:
            papers[key] = Paper(key=key, title="curated", kind=kind, sources=[e])  # type: ignore[arg-type]
    source = Source(id=SOURCE, file="x.md", title="A List", format=fmt)
    return Catalogue(root=Path("data"), papers=papers, code=code, sources={SOURCE: source})


KD = {"kind": "arxiv", "url": "https://arxiv.org/abs/1503.02531"}

CASES = [
    (
        "comma-authors",
        entry(
            line=3,
            title="Distilling [the] Knowledge",
            authors_text="Geoffrey Hinton,  Jeff Dean",
            year=2015,
            links=[KD, {"kind": "notes", "url": "https://n.org/x", "label": "notes"}],
        ),
        "- [Distilling \\[the\\] Knowledge](https://arxiv.org/abs/1503.02531), [notes](https://n.org/x), Geoffrey Hinton,  Jeff Dean, 2015",
    ),
    (
        "comma-authors",
        entry(line=4, title="No year", authors=["A B", "C D"], links=[KD]),
        "- [No year](https://arxiv.org/abs/1503.02531), A B, C D",
    ),
    (
        "comma-authors",
        entry(line=5, links=[{"kind": "code", "url": "https://github.com/a/b"}]),
        "- https://github.com/a/b",
    ),
    (
        "venue-brackets",
        entry(
            line=3,
            title="DeiT & friends",
            venue_text="PMLR 2021",
            links=[
                {"kind": "pdf", "url": "https://p.org/a.pdf", "label": "paper"},
                {"kind": "code", "url": "https://github.com/a/b", "label": "code_jax"},
            ],
        ),
        "* [PMLR 2021] DeiT & friends [paper](https://p.org/a.pdf) [code_jax](https://github.com/a/b)",
    ),
    (
        "heading-entries",
        entry(
            line=3,
            end_line=4,
            title="Fitnets Hints",
            alias="FitNets",
            venue_text="ICLR 2015",
            links=[
                {"kind": "arxiv", "url": "https://arxiv.org/abs/1412.6550", "label": "arXiv paper"}
            ],
            tags=["real-time segmentation", "medical"],
        ),
        '### (FitNets) Fitnets Hints ICLR 2015 [[arXiv paper]](https://arxiv.org/abs/1412.6550)\n"real-time segmentation", "medical"',
    ),
    (
        "heading-entries",
        entry(line=3, end_line=4, title="Empty note", venue_text="2022 JMI"),
        '### Empty note 2022 JMI\n""',
    ),
    (
        "heading-entries",
        entry(line=3, end_line=4, title="Summary", summary="both are Transformers"),
        '### Summary\n"both are Transformers"',
    ),
    (
        "bold-italic-authors",
        entry(
            line=3,
            end_line=4,
            title="Deep Mutual Learning",
            venue_text="CVPR 2018",
            authors_text="Ying Zhang, Huchuan Lu.",
            links=[{"kind": "arxiv", "url": "https://arxiv.org/abs/1706.00384", "label": "Paper"}],
        ),
        "- **Deep Mutual Learning, CVPR 2018** [[Paper]](https://arxiv.org/abs/1706.00384)\n  - *Ying Zhang, Huchuan Lu.*",
    ),
    (
        "dated-summaries",
        entry(
            line=3,
            end_line=9,
            title="Born Again",
            date="18.05.29",
            venue_text="ICML 2018",
            summary="Same size.",
            datasets=["CIFAR-10", "Penn Tree Bank (PTB)"],
            networks=["ResNet"],
            links=[{"kind": "arxiv", "url": "https://arxiv.org/abs/1805.04770"}],
        ),
        "- (18.05.29, ICML 2018) [Born Again](https://arxiv.org/abs/1805.04770)\n\n> Same size.\n\n    Datasets: CIFAR-10, Penn Tree Bank (PTB)\n    Networks: ResNet",
    ),
    (
        "dated-summaries",
        entry(
            line=3,
            title="Just a venue",
            venue_text="NIPS 2017",
            links=[{"kind": "pdf", "url": "https://p.org/x.pdf"}],
        ),
        "- (NIPS 2017) [Just a venue](https://p.org/x.pdf)",
    ),
]


@pytest.mark.parametrize(("style", "source_entry", "expected"), CASES)
def test_entry_lines(style: str, source_entry: SourceEntry, expected: str) -> None:
    rendered = render_entries(catalogue_of(("paper", source_entry), fmt=style), SOURCE, style)
    assert [r.text for r in rendered] == [expected]


def test_whole_list_with_headings_in_line_order() -> None:
    catalogue = catalogue_of(
        (
            "code",
            entry(
                line=9,
                title="KD in Keras",
                section=["Implementations"],
                framework="Keras",
                links=[{"kind": "code", "url": "https://github.com/k/kd"}],
            ),
        ),
        ("paper", entry(line=3, title="Second", section=["Papers"], year=2016, links=[KD])),
        (
            "code",
            entry(
                line=7,
                title="KD in Torch",
                section=["Implementations"],
                framework="PyTorch",
                links=[{"kind": "code", "url": "https://github.com/t/kd"}],
            ),
        ),
        (
            "talk",
            entry(
                line=5,
                title="A talk",
                section=["Videos"],
                authors=["G H"],
                links=[{"kind": "video", "url": "https://v.org/1"}],
            ),
        ),
        ("paper", entry(line=2, title="First", section=["Papers"], links=[KD])),
    )
    assert render_source(catalogue, SOURCE) == (
        "# A List\n\n### Papers\n\n"
        "- [First](https://arxiv.org/abs/1503.02531)\n"
        "- [Second](https://arxiv.org/abs/1503.02531), 2016\n\n"
        "### Videos\n\n- [A talk](https://v.org/1), G H\n\n"
        "### Implementations\n\n## PyTorch\n\n- [KD in Torch](https://github.com/t/kd)\n\n"
        "## Keras\n\n- [KD in Keras](https://github.com/k/kd)\n"
    )
    blank_between = render_source(catalogue, SOURCE, "venue-brackets")
    assert "* First [arxiv](https://arxiv.org/abs/1503.02531)\n\n* Second" in blank_between


def test_unknown_source_or_style_is_a_usage_error() -> None:
    catalogue = catalogue_of(("paper", entry(line=1, title="x")))
    with pytest.raises(UsageError, match="unknown source list 'nope'"):
        render_source(catalogue, "nope")
    with pytest.raises(UsageError, match="unknown style 'nope': choose one of bold-italic-authors"):
        render_source(catalogue, SOURCE, "nope")
