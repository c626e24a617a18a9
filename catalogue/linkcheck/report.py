"""A link report in every form it is read in: findings, a summary line, Markdown, JSON, and
GitHub Actions annotations. All are stable for the same results (sorted, no timings)."""

from __future__ import annotations

import json

from ..core.errors import Diagnostic, Severity
from ..outputs.templating import escape_markdown, escape_url
from .config import Severities
from .repositories import TITLES
from .results import Checked, LinkClass, LinkReport

_TITLES = {
    LinkClass.DEAD: "Dead links",
    LinkClass.ERROR: "Links that failed to answer",
    LinkClass.BLOCKED: "Links blocked to automated checks",
    LinkClass.MOVED: "Moved links",
    LinkClass.OK: "Working links",
}


def message(item: Checked) -> str:
    result = item.result
    if result.outcome is LinkClass.MOVED and result.new_url:
        return f"moved: {item.target.url} -> {result.new_url}"
    return f"{result.outcome.value}: {item.target.url}: {result.note}"


def diagnostics(report: LinkReport, severities: Severities) -> list[Diagnostic]:
    """One finding per place a bad URL is written, at its file and line."""
    found = []
    for item in report.checked:
        severity = severities.of(item.result.outcome)
        if severity is None:
            continue
        if item.target.url in report.fixed:
            severity = Severity.INFO
        for where in item.target.occurrences:
            text = message(item)
            if item.target.url in report.fixed:
                text += " (rewritten by --fix-moved)"
            found.append(
                Diagnostic.at(
                    where.path,
                    text,
                    code=f"link-{item.result.outcome.value}",
                    line=where.line,
                    column=where.column,
                    severity=severity,
                )
            )
    return found


def summary(report: LinkReport) -> str:
    counts = ", ".join(f"{report.count(c)} {c.value}" for c in LinkClass)
    return (
        f"links: {len(report.checked)} checked ({counts}); {report.from_cache} from the cache,"
        f" {report.requests} requests in {report.seconds:.1f}s"
    )


def markdown(report: LinkReport, severities: Severities) -> str:
    """A report fit for an issue body: counts, then each bad link with where it is written."""
    lines = ["# Link check", "", "| class | links |", "| --- | ---: |"]
    lines += [f"| {c.value} | {report.count(c)} |" for c in LinkClass]
    for outcome in LinkClass:
        items = [c for c in report.checked if c.result.outcome is outcome]
        if outcome is LinkClass.OK or not items:
            continue
        severity = severities.of(outcome)
        lines += ["", f"## {_TITLES[outcome]} ({len(items)}, {severity})", ""]
        for item in items:
            lines.append(f"- {_md_link(item.target.url)}: {escape_markdown(_detail(item, report))}")
            for where in item.target.occurrences:
                record = f" ({escape_markdown(where.key)})" if where.key else ""
                lines.append(f"  - `{where.path}:{where.line}`{record}")
    return "\n".join(lines) + "\n"


def _detail(item: Checked, report: LinkReport) -> str:
    result = item.result
    text = result.note
    if result.outcome is LinkClass.MOVED and result.new_url:
        text = f"moved permanently to {result.new_url}"
        if item.target.url in report.fixed:
            text += " (rewritten by --fix-moved)"
    return text


def _md_link(url: str) -> str:
    return f"[{escape_markdown(url)}]({escape_url(url)})"


def to_json(report: LinkReport, severities: Severities) -> str:
    links = []
    for item in report.checked:
        result = item.result
        severity = severities.of(result.outcome)
        links.append(
            {
                "url": item.target.url,
                "class": result.outcome.value,
                "severity": None if severity is None else severity.value,
                "status": result.status,
                "note": result.note,
                "new_url": result.new_url,
                "fixed": item.target.url in report.fixed,
                "chain": [hop.model_dump() for hop in result.chain],
                "where": [
                    {"path": w.path, "line": w.line, "column": w.column, "record": w.key}
                    for w in item.target.occurrences
                ],
            }
        )
    counts = {c.value: report.count(c) for c in LinkClass}
    document = {"summary": {"checked": len(report.checked), **counts}, "links": links}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


_COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def github_annotations(findings: list[Diagnostic]) -> list[str]:
    """``::error file=…,line=…::message`` workflow commands, escaped as the runner expects."""
    out = []
    for finding in findings:
        title = TITLES.get(finding.code) or finding.code.replace("link-", "").capitalize() + " link"
        properties = ",".join(
            f"{name}={_escape_property(str(value))}"
            for name, value in (
                ("file", finding.path),
                ("line", finding.line),
                ("col", finding.column),
                ("title", title),
            )
        )
        out.append(f"::{_COMMANDS[finding.severity]} {properties}::{_escape_data(finding.message)}")
    return out


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")
