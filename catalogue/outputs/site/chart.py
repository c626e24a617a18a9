"""The home page's papers-per-year chart: an HTML list of bars, drawn by the stylesheet.

A bar for every year that has papers, oldest first, each labelled with its year and count; years
without papers are skipped, with a gap before the next bar, so a few early papers do not leave
most of the width empty. Each bar is a link to its year's page whose text ("55 papers in 2019")
is what a screen reader says and what a keyboard reaches. The text is page text, not a scaled
drawing, so it keeps its size on a phone; a chart wider than the screen scrolls sideways.
Talks are not counted (they are counted apart everywhere). Every value is escaped.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from html import escape

# The shortest bar of a year with papers, in percent of the tallest: still visible.
FLOOR = 2.0


def _percent(count: int, peak: int) -> str:
    value = max(100.0 * count / peak, FLOOR)
    return f"{value:.1f}".rstrip("0").rstrip(".")


def year_chart(counts: Mapping[int, int], link: Callable[[int], str]) -> str:
    """The chart of ``counts`` (papers by year), each bar linking to ``link(year)``."""
    years = sorted(year for year, count in counts.items() if count > 0)
    if not years:
        return ""
    peak = max(counts[year] for year in years)
    total = sum(counts[year] for year in years)
    noun = "paper" if total == 1 else "papers"
    summary = f"Papers per year, {years[0]} to {years[-1]}: {total} {noun} with a year"
    parts = [f'<ol class="kd-chart" aria-label="{escape(summary)}">']
    previous: int | None = None
    for year in years:
        count = counts[year]
        gap = " kd-chart__item--gap" if previous is not None and year != previous + 1 else ""
        previous = year
        parts.append(
            f'<li class="kd-chart__item{gap}">'
            f'<a class="kd-chart__link" href="{escape(link(year))}">'
            f'<span class="kd-chart__plot"><span class="kd-chart__bar"'
            f' style="height: {_percent(count, peak)}%"><span class="kd-chart__count">{count}'
            f'</span></span></span><span class="kd-visually-hidden">'
            f" {'paper' if count == 1 else 'papers'} in </span>"
            f'<span class="kd-chart__year">{year}</span></a></li>'
        )
    parts.append("</ol>")
    return "".join(parts)
