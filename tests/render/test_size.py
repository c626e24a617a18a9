"""Past GitHub's 512 KB README limit the README stops growing: it becomes a summary."""

from __future__ import annotations

from catalogue.outputs.readme import BEGIN, README_BUDGET, render_readme

from .conftest import make_catalogue, paper

README = "# List\n\nIntro.\n\n" + BEGIN + "\n<!-- catalogue:end -->\n"
CATEGORY_IDS = ["foundations", "features", "attention"]


def synthetic(count: int):
    """``count`` papers with long titles, several authors and resource links."""
    papers = [
        paper(
            f"author{i}x",
            f"A Synthetic Study Number {i} of Distilling Very Deep Teacher Networks into Students",
            authors=[f"Author{i} Family{j}" for j in range(5)],
            year=2000 + i % 25,
            venue="iclr",
            categories=[CATEGORY_IDS[i % 3]],
            links=[
                {"kind": "arxiv", "url": f"https://arxiv.org/abs/2101.{i:05d}"},
                {"kind": "code", "url": f"https://github.com/someone/project-{i}"},
            ],
        )
        for i in range(count)
    ]
    return make_catalogue(papers)


def test_small_catalogue_gets_the_full_list():
    text = render_readme(README, synthetic(50), {})
    assert "author49x" not in text  # keys are not shown; titles are
    assert "Study Number 49 " in text and "too long for GitHub" not in text


def test_large_catalogue_falls_back_to_a_summary_that_does_not_grow():
    big = render_readme(README, synthetic(3_000), {}, site_url="https://example.org/kd/")
    bigger = render_readme(README, synthetic(6_000), {}, site_url="https://example.org/kd/")
    assert "too long for GitHub" in big and "Study Number" not in big
    assert "[browse and search it](https://example.org/kd/)" in big
    assert "**6000 papers**" in bigger
    assert len(big.encode()) < 10_000 and len(bigger.encode()) - len(big.encode()) <= 3
    # The full list would have been well past the limit, so the fallback really was needed.
    assert len(render_readme(README, synthetic(3_000), {}, budget=10**9).encode()) > README_BUDGET


def test_the_budget_counts_the_hand_written_part_too():
    full = render_readme(README, synthetic(20), {}, budget=10**9)
    size = len(full.encode())
    assert render_readme(README, synthetic(20), {}, budget=size) == full
    assert "too long for GitHub" in render_readme(README, synthetic(20), {}, budget=size - 1)
    assert "too long for GitHub" in render_readme(
        README + "x" * size, synthetic(20), {}, budget=size
    )
