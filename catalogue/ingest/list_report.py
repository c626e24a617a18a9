"""What an import made of each line of a list: an entry, part of one, or skipped with a reason.

``build`` accounts for every line of the list; the summary lists first the skipped lines that look
like entries (they name a link or an identifier), so that nobody has to guess what was lost. The
JSON document (``catalogue import --report FILE``) holds the same, line by line.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from typing import Any

from .importers import ImportResult, SkippedLine

SHOWN = 20  # skipped lines that look like entries printed on the terminal; the report has all


@dataclass(frozen=True)
class ListReport:
    path: str
    source: str
    format: str
    lines: int
    result: ImportResult
    imported: int  # entries of this list that the catalogue's records keep after the import

    @property
    def lost(self) -> list[SkippedLine]:
        return [s for s in self.result.skipped if s.looks_like_entry]

    def entry_lines(self) -> set[int]:
        found: set[int] = set()
        for item in self.result.entries:
            found.update(range(item.entry.line, (item.entry.end_line or item.entry.line) + 1))
        return found

    def document(self) -> dict[str, Any]:
        kinds = Counter(item.kind for item in self.result.entries)
        skipped = sorted(self.result.skipped, key=lambda s: (not s.looks_like_entry, s.line))
        in_entries = self.entry_lines()
        return {
            "path": self.path,
            "source": self.source,
            "format": self.format,
            "lines": self.lines,
            "entries_found": len(self.result.entries),
            "entries_imported": self.imported,
            "kinds": dict(sorted(kinds.items())),
            "lines_in_entries": len(in_entries),
            "lines_skipped": len(self.result.skipped),
            "lines_other": self.lines - len(in_entries) - len(self.result.skipped),
            "entries": [
                {
                    "line": item.entry.line,
                    "end_line": item.entry.end_line or item.entry.line,
                    "kind": item.kind,
                    "title": item.entry.title,
                }
                for item in self.result.entries
            ],
            "skipped": [
                {
                    "line": s.line,
                    "reason": s.reason,
                    "looks_like_entry": s.looks_like_entry,
                    "text": s.text,
                }
                for s in skipped
            ],
            "warnings": [{"line": w.line, "message": w.message} for w in self.result.warnings],
        }

    def summary(self) -> list[str]:
        kinds = Counter(item.kind for item in self.result.entries)
        said = ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items())) or "none"
        lost = self.lost
        lines = [
            f"{self.path}: list {self.source} ({self.format}), {self.lines} lines:"
            f" {len(self.result.entries)} entries found ({said}), {self.imported} imported;"
            f" {len(self.result.skipped)} lines skipped, {len(lost)} of them look like entries",
        ]
        for item in lost[:SHOWN]:
            lines.append(f"  {self.path}:{item.line}: skipped ({item.reason}): {item.text[:100]}")
        if len(lost) > SHOWN:
            lines.append(f"  … and {len(lost) - SHOWN} more (see --report)")
        reasons = Counter(s.reason for s in self.result.skipped if not s.looks_like_entry)
        if reasons:
            parts = ", ".join(f"{reason} {n}" for reason, n in reasons.most_common())
            lines.append(f"  other skipped lines: {parts}")
        return lines


def as_json(reports: list[ListReport]) -> str:
    document = {"lists": [report.document() for report in reports]}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
