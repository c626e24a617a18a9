"""The README's generated region: contents, papers by category, code, talks and counts.

The region sits between two marker comments; everything outside them is hand-written and kept
byte for byte. GitHub shows only the first 512 KB of a README, so when the full list would pass
that size the region becomes a summary that links to the website instead.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DataError, Diagnostic
from ..models import Category, CodeLink, Paper
from ..store import Catalogue
from ..templating import environment
from .markdown import Resource, resources, short_authors, venue_label
from .tree import descendants, walk

BEGIN = "<!-- catalogue:begin -->"
END = "<!-- catalogue:end -->"
# GitHub cuts READMEs at 512 KB; stay under it with room for the multi-byte slack of "KB".
README_BUDGET = 500_000
UNCATEGORISED = "uncategorised"


@dataclass(frozen=True)
class PaperView:
    key: str
    title: str
    url: str | None
    authors: str
    venue: str
    resources: list[Resource]


@dataclass(frozen=True)
class CodeView:
    title: str
    url: str
    details: list[str]


@dataclass(frozen=True)
class SectionView:
    id: str
    title: str
    description: str | None
    depth: int
    anchor: str
    # Papers filed here and below: what the contents line counts.
    total: int
    bibtex: str | None
    papers: list[PaperView] = field(default_factory=list)


@dataclass(frozen=True)
class ReadmeView:
    sections: list[SectionView]
    code: list[CodeView]
    talks: list[PaperView]
    papers: int
    code_links: int
    categories: int
    site_url: str | None


def anchor(category_id: str) -> str:
    return f"category-{category_id}"


def _paper_view(paper: Paper, catalogue: Catalogue, code: list[CodeLink]) -> PaperView:
    venue = catalogue.venues.get(paper.venue) if paper.venue else None
    return PaperView(
        key=paper.key,
        title=" ".join(paper.title.split()),
        url=paper.primary_url,
        authors=short_authors(paper.authors),
        venue=venue_label(venue, paper.year),
        resources=resources(paper, code),
    )


def _newest_first(paper: Paper) -> tuple[int, str]:
    return (-(paper.year or 0), paper.key)


def _sections(
    catalogue: Catalogue, views: dict[str, PaperView], bib_names: dict[str, str]
) -> list[SectionView]:
    papers = [p for p in catalogue.papers.values() if p.kind == "paper"]
    filed: dict[str, list[Paper]] = defaultdict(list)
    for paper in papers:
        known = [c for c in paper.categories if c in catalogue.categories]
        for category_id in known or [UNCATEGORISED]:
            filed[category_id].append(paper)
    sections = []
    for depth, category in walk(catalogue.categories):
        below = descendants(catalogue.categories, category.id)
        total = sum(1 for p in papers if below.intersection(p.categories))
        sections.append(_section(category, depth, total, filed, views, bib_names))
    if filed.get(UNCATEGORISED):
        lost = Category(id=UNCATEGORISED, title="Not yet categorised", order=10**9)
        count = len(filed[UNCATEGORISED])
        sections.append(_section(lost, 0, count, filed, views, bib_names))
    return sections


def _section(
    category: Category,
    depth: int,
    total: int,
    filed: dict[str, list[Paper]],
    views: dict[str, PaperView],
    bib_names: dict[str, str],
) -> SectionView:
    return SectionView(
        id=category.id,
        title=category.title,
        description=category.description,
        depth=depth,
        anchor=anchor(category.id),
        total=total,
        bibtex=bib_names.get(category.id),
        papers=[views[p.key] for p in sorted(filed.get(category.id, []), key=_newest_first)],
    )


def readme_view(
    catalogue: Catalogue, bib_names: dict[str, str], site_url: str | None = None
) -> ReadmeView:
    """Everything the README templates show, in display order."""
    code_for: dict[str, list[CodeLink]] = defaultdict(list)
    standalone: list[CodeLink] = []
    for key in sorted(catalogue.code):
        link = catalogue.code[key]
        if link.paper and link.paper in catalogue.papers:
            code_for[link.paper].append(link)
        else:
            standalone.append(link)
    views = {
        key: _paper_view(paper, catalogue, code_for[key]) for key, paper in catalogue.papers.items()
    }
    talks = sorted((p for p in catalogue.papers.values() if p.kind == "talk"), key=_newest_first)
    return ReadmeView(
        sections=_sections(catalogue, views, bib_names),
        code=[
            CodeView(c.title, c.url, [d for d in (c.framework, c.language) if d])
            for c in sorted(standalone, key=lambda c: (c.title.lower(), c.key))
        ],
        talks=[views[t.key] for t in talks],
        papers=sum(1 for p in catalogue.papers.values() if p.kind == "paper"),
        code_links=len(catalogue.code),
        categories=len(catalogue.categories),
        site_url=site_url,
    )


def render_region(view: ReadmeView, *, summary: bool = False) -> str:
    template = "readme/summary.md.j2" if summary else "readme/region.md.j2"
    text = environment().get_template(template).render(view=view)
    # Templates stay readable with generous blank lines; the output has at most one in a row
    # (no Markdown construct here needs two) and ends with one before the end marker.
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n\n"


def _markers(text: str, path: str) -> tuple[int, int]:
    # A marker is a line of its own: prose that quotes one (in backticks, say) is not a marker.
    begins = [m.start() for m in re.finditer(f"^{re.escape(BEGIN)}[ \t]*$", text, re.M)]
    ends = [m.start() for m in re.finditer(f"^{re.escape(END)}[ \t]*$", text, re.M)]
    if len(begins) != 1 or len(ends) != 1 or ends[0] < begins[0]:
        raise DataError(
            [
                Diagnostic.at(
                    path,
                    f"needs exactly one {BEGIN} line followed later by one {END} line, each on a"
                    f" line of its own (found"
                    f" {len(begins)} and {len(ends)}): the generated list goes between them",
                    code="readme-markers",
                    line=text.count("\n", 0, (begins or ends or [0])[0]) + 1,
                )
            ]
        )
    return begins[0], ends[0]


def splice(readme: str, region: str, path: str = "README.md") -> str:
    """The README with its generated region replaced; the rest stays byte for byte."""
    begin, end = _markers(readme, path)
    return readme[: begin + len(BEGIN)] + "\n" + region + readme[end:]


def render_readme(
    readme: str,
    catalogue: Catalogue,
    bib_names: dict[str, str],
    site_url: str | None = None,
    budget: int = README_BUDGET,
) -> str:
    """The whole README: the full list if it fits GitHub's limit, else a summary."""
    view = readme_view(catalogue, bib_names, site_url)
    full = splice(readme, render_region(view))
    if len(full.encode("utf-8")) <= budget:
        return full
    return splice(readme, render_region(view, summary=True))


def site_url(project_dir: Path) -> str | None:
    """The website's address from the MkDocs configuration, when it names one."""
    for config in (project_dir / "mkdocs.yml", project_dir / "site" / "mkdocs.yml"):
        if config.is_file():
            found = re.search(r"^site_url:\s*['\"]?([^'\"\s#]+)", config.read_text("utf-8"), re.M)
            if found:
                return found.group(1)
    return None
