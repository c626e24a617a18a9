"""A run's report as Markdown, for the body of the weekly pull request: what was filled, from
which service, what disagrees, what the repositories did, and what it cost in requests."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from ..outputs.templating import escape_markdown
from .run import Report
from .targets import FIELDS

MOST = 100  # lines per list: a pull request body holds at most 65,536 characters


def _listed(title: str, lines: list[str]) -> list[str]:
    if not lines:
        return []
    shown = lines[:MOST]
    more = [f"- … and {len(lines) - MOST} more"] if len(lines) > MOST else []
    return ["", f"### {title} ({len(lines)})", "", *shown, *more]


def _short(text: str, width: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def markdown(report: Report, requests: Mapping[str, int], cache_hits: int) -> str:
    fields = Counter(item.field for item in report.filled if item.before is None)
    replaced = Counter(item.field for item in report.filled if item.before is not None)
    by_service = Counter(item.by.split(" ", 1)[0] for item in report.filled)
    filled = ", ".join(f"{fields[name]} {name}" for name in FIELDS if fields[name]) or "nothing"
    if replaced:
        filled += "; replaced " + ", ".join(f"{n} {name}" for name, n in sorted(replaced.items()))
    sources = ", ".join(f"{n} from {s}" for s, n in sorted(by_service.items()))
    asked = ", ".join(f"{name} {count}" for name, count in sorted(requests.items())) or "none"
    lines = [
        "## Enrichment",
        "",
        f"- Papers looked up: {report.looked_up}",
        f"- Values filled: {filled}" + (f" ({sources})" if sources else ""),
        f"- Disagreements kept as service entries, not written: {len(report.disagreements)}",
        f"- Repositories whose state changed: {len(report.repositories)}",
        f"- Requests: {asked}; answers from the cache: {cache_hits}",
        "",
        "Every value written is backed by an entry of its service in the record's `sources`."
        " No curator's value changed; a list's value was replaced only where the precedence"
        " rule ranks the service's above it (identifier evidence).",
    ]
    lines += _listed(
        "Filled",
        [
            f"- `{item.key}` {item.field} from {escape_markdown(item.by)}:"
            f" {escape_markdown(_short(item.value))}"
            + (f" (was {escape_markdown(_short(item.before))})" if item.before is not None else "")
            for item in report.filled
        ],
    )
    lines += _listed(
        "Disagreements with curators' values (open in `catalogue conflicts`)",
        [
            f"- `{item.key}` {item.field}: the record has {escape_markdown(_short(item.stored))};"
            f" {escape_markdown(item.by)} says {escape_markdown(_short(item.offered))}"
            for item in report.disagreements
        ],
    )
    lines += _listed(
        "Repositories",
        [
            f"- `{change.key}`: {escape_markdown(change.describe().split(': ', 1)[1])}"
            for change in report.repositories
        ],
    )
    return "\n".join(lines) + "\n"
