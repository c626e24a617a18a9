"""The home page's papers-per-year chart, drawn as inline SVG in Python.

Inline SVG needs no script and no other host. Colours come from the stylesheet (classes only), so
the chart follows the light and dark palettes. Every text and attribute value is escaped.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from html import escape

WIDTH, HEIGHT = 960, 240
TOP, BOTTOM, LEFT, RIGHT = 24, 28, 8, 8
# Beyond this many years, label every n-th year only, so that labels never overlap.
MAX_LABELS = 20


def _num(value: float) -> str:
    """Coordinates with at most two decimals, without trailing zeros (stable text)."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def year_chart(counts: Mapping[int, int], link: Callable[[int], str | None]) -> str:
    """An SVG bar chart of papers per year, every year from first to last (gaps show as zero).

    ``link`` gives the address of a year's page, or None where there is none.
    """
    if not counts:
        return ""
    first, last = min(counts), max(counts)
    years = list(range(first, last + 1))
    peak = max(counts.values())
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    slot = plot_w / len(years)
    bar = max(slot * 0.72, 1.0)
    step = -(-len(years) // MAX_LABELS)  # ceiling division
    total = sum(counts.values())
    label = f"Papers per year, {first} to {last}: {total} papers with a year"
    parts = [
        f'<svg class="kd-chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img"'
        f' aria-label="{escape(label)}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(label)}</title>",
        f'<line class="kd-chart__axis" x1="{LEFT}" y1="{TOP + plot_h}"'
        f' x2="{WIDTH - RIGHT}" y2="{TOP + plot_h}"/>',
    ]
    for i, year in enumerate(years):
        count = counts.get(year, 0)
        height = plot_h * count / peak if peak else 0
        x = LEFT + i * slot + (slot - bar) / 2
        y = TOP + plot_h - height
        centre = _num(x + bar / 2)
        noun = "paper" if count == 1 else "papers"
        rect = (
            f'<rect class="kd-chart__bar" x="{_num(x)}" y="{_num(y)}" width="{_num(bar)}"'
            f' height="{_num(height)}"><title>{year}: {count} {noun}</title></rect>'
        )
        href = link(year) if count else None
        parts.append(f'<a href="{escape(href)}">{rect}</a>' if href else rect)
        if count and len(years) <= MAX_LABELS * 2:
            parts.append(
                f'<text class="kd-chart__count" x="{centre}" y="{_num(y - 5)}"'
                f' text-anchor="middle">{count}</text>'
            )
        if (last - year) % step == 0:
            parts.append(
                f'<text class="kd-chart__year" x="{centre}" y="{HEIGHT - 8}"'
                f' text-anchor="middle">{year}</text>'
            )
    parts.append("</svg>")
    return "".join(parts)
