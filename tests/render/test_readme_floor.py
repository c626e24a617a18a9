"""The README picks its summary without rendering a list that cannot fit: a floor under the list's
size decides, and only when the floor leaves room is the list rendered and measured. Whatever the
budget, the README is what rendering the full list and then checking its size gives."""

from __future__ import annotations

import pytest

import catalogue.outputs.readme as readme
from catalogue.core.models import CodeLink
from catalogue.outputs.readme import BEGIN, END, list_floor, readme_view, render_readme
from catalogue.outputs.readme_lines import line_floor, paper_lines

from .conftest import make_catalogue, paper
from .test_size import synthetic

README = f"# List\n\nIntro with ü and “quotes”.\n\n{BEGIN}\n{END}\n\nEnd.\n"


def tricky_catalogue():  # type: ignore[no-untyped-def]
    """Lines whose Markdown and URLs grow under escaping, papers in two sections or none, talks."""
    return make_catalogue(
        [
            paper(
                "escape2020x",
                "Distilling *Stars* [and] _under_ <tags> & | ~ `ticks`   spread\tout",
                authors=["Ana Núñez", "Bo Li"],
                year=2020,
                venue="iclr",
                categories=["foundations", "attention"],
                links=[{"kind": "paper", "url": "https://example.org/é?q=(1)&r=[2]"}],
            ),
            paper("bare2021x", "A bare title", categories=["features"]),
            paper("lost2019x", "Über-Distillation ﬁ ligatures", year=2019, categories=["nowhere"]),
            paper(
                "talk2018x",
                "A talk — with a dash",
                kind="talk",
                links=[{"kind": "video", "url": "https://youtu.be/x y".replace(" ", "%20")}],
            ),
        ],
        [CodeLink(key="lib", title="Lib", url="https://github.com/a/lib", paper="escape2020x")],
    )


def listed_size(catalogue) -> int:  # type: ignore[no-untyped-def]
    """The UTF-8 size of the full region's list lines, each with its newline."""
    view = readme_view(catalogue, {})
    keys = [key for section in view.sections for key in section.papers] + view.talks
    lines = paper_lines(catalogue, keys)
    return sum(len(lines[key].encode("utf-8")) + 1 for key in keys)


@pytest.mark.parametrize("make", [tricky_catalogue, lambda: synthetic(40)])
def test_the_floor_is_never_above_the_lines_it_stands_for(make) -> None:  # type: ignore[no-untyped-def]
    catalogue = make()
    assert 0 < list_floor(catalogue) <= listed_size(catalogue)


@pytest.mark.parametrize(
    ("fields", "line"),
    [
        ({}, "- A bare title"),
        ({"year": 2020}, "- A bare title — *2020*"),
        ({"authors": ["Ana Núñez", "Bo Li"]}, "- A bare title — Núñez, Li"),
        (
            {"authors": ["A B", "C D", "E F", "G H"], "venue": "iclr", "year": 2020},
            "- A bare title — B et al., *ICLR 2020*",
        ),
        (
            {"venue": "iclr", "links": [{"kind": "arxiv", "url": "https://arxiv.org/abs/2001.1"}]},
            "- [A bare title](https://arxiv.org/abs/2001.1) — *ICLR*",
        ),
    ],
)
def test_the_floor_of_a_line_without_escapes_or_resources_is_its_size(fields, line) -> None:  # type: ignore[no-untyped-def]
    # A floor one byte above a line could pick the summary for a list that fits.
    record = paper("bare2021x", "A  bare\ttitle", categories=["features"], **fields)
    catalogue = make_catalogue([record])
    assert listed_size(catalogue) == len((line + "\n").encode("utf-8"))
    assert line_floor(record, catalogue) == list_floor(catalogue) == listed_size(catalogue)


def test_a_paper_counts_once_per_section_that_lists_it() -> None:
    catalogue = tricky_catalogue()
    two = catalogue.papers["escape2020x"]
    alone = make_catalogue([two])
    assert list_floor(alone) == 2 * line_floor(two, alone)


@pytest.mark.parametrize("make", [tricky_catalogue, lambda: synthetic(30)])
def test_every_budget_gives_what_full_render_then_check_gives(make) -> None:  # type: ignore[no-untyped-def]
    catalogue = make()
    full = render_readme(README, catalogue, {}, budget=10**9)
    summary = render_readme(README, catalogue, {}, budget=0)
    assert "too long for GitHub" in summary and "too long for GitHub" not in full
    size = len(full.encode("utf-8"))
    kept = len(README.encode("utf-8")) - len(f"{BEGIN}\n{END}\n".encode()) + len(BEGIN) + len(END)
    # Where the floor alone decides, and where the full list must be rendered and measured.
    floor_edge = kept + 1 + list_floor(catalogue)
    assert floor_edge < size
    for budget in (floor_edge - 1, floor_edge, floor_edge + 1, size - 1, size, size + 1):
        expected = full if size <= budget else summary
        assert render_readme(README, catalogue, {}, budget=budget) == expected, budget


def test_a_list_that_cannot_fit_is_not_rendered(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def refuse(*_: object) -> dict[str, str]:
        raise AssertionError("rendered the list lines")

    monkeypatch.setattr(readme, "paper_lines", refuse)
    text = render_readme(README, synthetic(4_000), {})
    assert "too long for GitHub" in text and "**4000 papers**" in text
    with pytest.raises(AssertionError, match="rendered the list lines"):
        render_readme(README, synthetic(20), {})  # this one fits: it is rendered
