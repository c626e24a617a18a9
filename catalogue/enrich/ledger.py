"""Where a service's facts come from, recorded like a list's: a source and a line.

Each service is a source record in ``data/sources/`` of format ``service`` (``service-arxiv``…),
beside an id file (``service-arxiv.ids``) with one identifier a line: the identifier the service
was asked about. An entry ``{source: service-arxiv, line: 17}`` in a record's ``sources`` holds
what arXiv said when asked about the id on line 17. The id file only grows, so lines stay put and
a second run writes nothing; entries of different records never share a line, as list entries
of one list do not (the deduplicator reads a shared line as one entry).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..core.models import Link, LinkKind, Source, SourceEntry
from ..core.store import SUFFIX, to_yaml
from .facts import Facts

SERVICE_FORMAT = "service"  # the format merge's precedence rule reads as identifier evidence
FOLDER = "sources"


@dataclass(frozen=True)
class ServiceSource:
    id: str
    title: str
    url: str
    asked_by: str  # what the id file holds, in words


SERVICES = {
    "arxiv": ServiceSource(
        "service-arxiv", "arXiv API", "https://info.arxiv.org/help/api/", "arXiv ids"
    ),
    "crossref": ServiceSource(
        "service-crossref", "Crossref REST API", "https://api.crossref.org/", "DOIs"
    ),
    "openalex": ServiceSource(
        "service-openalex", "OpenAlex", "https://openalex.org/", "OpenAlex work ids"
    ),
}


def id_link(facts: Facts) -> Link:
    """The link that names the work at the service the facts come from."""
    if facts.service == "arxiv":
        return Link(kind=LinkKind.ARXIV, url=f"https://arxiv.org/abs/{facts.ident}")
    if facts.service == "crossref":
        return Link(kind=LinkKind.DOI, url=f"https://doi.org/{facts.ident}")
    return Link(kind=LinkKind.OTHER, url=f"https://openalex.org/{facts.ident}", label="OpenAlex")


class Ledger:
    """One service's source record and id file: lines for identifiers, new ones appended."""

    def __init__(self, data_dir: Path, service: str, known: Source | None) -> None:
        self.service = SERVICES[service]
        self.folder = data_dir / FOLDER
        self.record = known or Source(
            id=self.service.id,
            file=f"{self.service.id}.ids",
            title=self.service.title,
            format=SERVICE_FORMAT,
            url=self.service.url,
            description=(
                f"Facts {self.service.title} gave about the {self.service.asked_by} on the lines"
                " of its file, kept by `catalogue enrich` in records' sources."
            ),
        )
        self.new_record = known is None
        self.path = self.folder / self.record.file
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            text = ""
        self.lines = text.splitlines()
        self._line = {ident: n for n, ident in enumerate(self.lines, start=1)}
        self._appended = 0

    def line_of(self, ident: str) -> int:
        line = self._line.get(ident)
        if line is None:
            self.lines.append(ident)
            line = self._line[ident] = len(self.lines)
            self._appended += 1
        return line

    @property
    def changed(self) -> bool:
        return self.new_record or self._appended > 0

    def files(self) -> list[tuple[Path, str]]:
        """What to write: the id file, and the source record when it is new."""
        out = [(self.path, "".join(f"{ident}\n" for ident in self.lines))]
        if self.new_record:
            out.append((self.folder / f"{self.record.id}{SUFFIX}", to_yaml(self.record)))
        return out

    def entry(self, facts: Facts, record_links: Sequence[Link], venue: str | None) -> SourceEntry:
        """The service's entry: its facts, the links of them the record has, the venue as the
        matching venue record names it. The id file's line says which identifier was asked."""
        offered = [id_link(facts)]
        if facts.doi:
            offered.append(Link(kind=LinkKind.DOI, url=f"https://doi.org/{facts.doi}"))
        if facts.pdf:
            offered.append(Link(kind=LinkKind.PDF, url=facts.pdf))
        held = {link.url for link in record_links}
        links = list({link.url: link for link in offered if link.url in held}.values())
        return SourceEntry(
            source=self.record.id,
            line=self.line_of(facts.ident),
            title=facts.title,
            authors=list(facts.authors),
            year=facts.year,
            venue=venue,
            links=links,
            abstract=facts.abstract,
            note="; ".join(facts.notes) or None,
        )


class Ledgers:
    """The ledgers of every service, made on first use."""

    def __init__(self, data_dir: Path, sources: dict[str, Source]) -> None:
        self.data_dir = data_dir
        self.sources = sources
        self._made: dict[str, Ledger] = {}

    def for_service(self, service: str) -> Ledger:
        if service not in self._made:
            known = self.sources.get(SERVICES[service].id)
            self._made[service] = Ledger(self.data_dir, service, known)
        return self._made[service]

    def entry(self, facts: Facts, record_links: Sequence[Link], venue: str | None) -> SourceEntry:
        return self.for_service(facts.service).entry(facts, record_links, venue)

    def files(self) -> list[tuple[Path, str]]:
        return [f for ledger in self._made.values() if ledger.changed for f in ledger.files()]

    def records(self) -> dict[str, Source]:
        """The service sources used so far (new ones included)."""
        return {ledger.record.id: ledger.record for ledger in self._made.values()}
