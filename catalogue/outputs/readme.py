"""The README's generated region: contents, papers by category, code, talks and counts.

The region sits between two marker comments; everything outside them is hand-written and kept
byte for byte. GitHub shows only the first 512 KB of a README, so when the full list would pass
that size the region becomes a summary that links to the website instead.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from ..core.errors import DataError, Diagnostic
from ..core.models import Category, Paper
from ..core.store import Catalogue
from ..core.tree import count_under, walk
from ..incremental.fragments import Fragments
from .bibtex_output import bib_names
from .context import BuildContext
from .files import OutputFile, write
from .readme_lines import line_floor, paper_lines
from .registry import Step
from .templating import environment

README = Path("README.md")
BEGIN = "<!-- catalogue:begin -->"
END = "<!-- catalogue:end -->"
# GitHub cuts READMEs at 512 KB; stay under it with room for the multi-byte slack of "KB".
README_BUDGET = 500_000
UNCATEGORISED = "uncategorised"


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
    # Keys of the papers filed here, newest first (none in a view made for the summary).
    papers: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ReadmeView:
    sections: list[SectionView]
    code: list[CodeView]
    talks: list[str]  # keys, newest first
    papers: int
    code_links: int
    categories: int
    site_url: str | None


def anchor(category_id: str) -> str:
    return f"category-{category_id}"


def _newest_first(paper: Paper) -> tuple[int, str]:
    return (-(paper.year or 0), paper.key)


def _filed_in(categories: tuple[str, ...], catalogue: Catalogue) -> list[str]:
    """The sections that list a paper filed in ``categories``: the known ones, else the
    uncategorised one."""
    return [c for c in categories if c in catalogue.categories] or [UNCATEGORISED]


def _sections(catalogue: Catalogue, bib_names: dict[str, str], listed: bool) -> list[SectionView]:
    papers = [p for p in catalogue.papers.values() if p.kind == "paper"]
    # Papers filed alike count alike: the counts come from the few distinct category lists.
    filings = Counter(tuple(paper.categories) for paper in papers)
    totals = count_under(filings, catalogue.categories)
    here: Counter[str] = Counter()
    for filed, count in filings.items():
        for category_id in _filed_in(filed, catalogue):
            here[category_id] += count
    lists: dict[str, list[Paper]] = defaultdict(list)
    for paper in papers if listed else ():
        for category_id in _filed_in(tuple(paper.categories), catalogue):
            lists[category_id].append(paper)

    def section(category: Category, depth: int, total: int) -> SectionView:
        filed = sorted(lists.get(category.id, []), key=_newest_first)
        return SectionView(
            id=category.id,
            title=category.title,
            description=category.description,
            depth=depth,
            anchor=anchor(category.id),
            total=total,
            bibtex=bib_names.get(category.id),
            papers=[p.key for p in filed],
        )

    sections = [section(c, depth, totals[c.id]) for depth, c in walk(catalogue.categories)]
    if here[UNCATEGORISED]:
        lost = Category(id=UNCATEGORISED, title="Not yet categorised", order=10**9)
        sections.append(section(lost, 0, here[UNCATEGORISED]))
    return sections


def readme_view(
    catalogue: Catalogue,
    bib_names: dict[str, str],
    site_url: str | None = None,
    *,
    listed: bool = True,
) -> ReadmeView:
    """Everything the README templates show, in display order (``listed=False``: without the
    papers of each section, which only the full list shows)."""
    standalone = [
        c for c in catalogue.code.values() if not (c.paper and c.paper in catalogue.papers)
    ]
    talks = sorted((p for p in catalogue.papers.values() if p.kind == "talk"), key=_newest_first)
    return ReadmeView(
        sections=_sections(catalogue, bib_names, listed),
        code=[
            CodeView(c.title, c.url, [d for d in (c.framework, c.language) if d])
            for c in sorted(standalone, key=lambda c: (c.title.lower(), c.key))
        ],
        talks=[t.key for t in talks],
        papers=sum(1 for p in catalogue.papers.values() if p.kind == "paper"),
        code_links=len(catalogue.code),
        categories=len(catalogue.categories),
        site_url=site_url,
    )


def list_floor(catalogue: Catalogue, enough: int | None = None) -> int:
    """At most the UTF-8 size of the full region's list lines (see ``line_floor``): each paper
    once per section it is listed in, each talk once. Counting stops once past ``enough``."""
    total = 0
    for paper in catalogue.papers.values():
        listed = 1 if paper.kind == "talk" else len(_filed_in(tuple(paper.categories), catalogue))
        total += listed * line_floor(paper, catalogue)
        if enough is not None and total > enough:
            break
    return total


def render_region(
    view: ReadmeView,
    lines: dict[str, str] | None = None,
    *,
    summary: bool = False,
    templates: jinja2.Environment | None = None,
) -> str:
    """The generated region: the full list (``lines``: each listed paper's line, by key) or
    the summary."""
    template = "readme/summary.md.j2" if summary else "readme/region.md.j2"
    env = templates or environment()
    text = env.get_template(template).render(view=view, lines=lines or {})
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
    fragments: Fragments | None = None,
    templates: jinja2.Environment | None = None,
) -> str:
    """The whole README: the full list if it fits GitHub's limit, else a summary.

    A list whose lines alone cannot fit (``list_floor``) is not rendered to find that out.
    ``fragments``: each paper's line as kept between builds (see ``readme_lines``);
    ``templates``: the project's (the shipped ones by default)."""
    begin, end = _markers(readme, "README.md")
    kept = len(readme[: begin + len(BEGIN)].encode("utf-8")) + len(readme[end:].encode("utf-8"))
    room = budget - kept - 1  # the list's lines must fit here, with the rest of the region
    if list_floor(catalogue, enough=room) <= room:
        view = readme_view(catalogue, bib_names, site_url)
        listed = [key for section in view.sections for key in section.papers] + view.talks
        lines = paper_lines(catalogue, listed, fragments, templates)
        full = splice(readme, render_region(view, lines, templates=templates))
        if len(full.encode("utf-8")) <= budget:
            return full
    summary = readme_view(catalogue, bib_names, site_url, listed=False)
    return splice(readme, render_region(summary, summary=True, templates=templates))


def site_url(project_dir: Path) -> str | None:
    """The website's address from the MkDocs configuration, when it names one."""
    for config in (project_dir / "mkdocs.yml", project_dir / "site" / "mkdocs.yml"):
        if config.is_file():
            found = re.search(r"^site_url:\s*['\"]?([^'\"\s#]+)", config.read_text("utf-8"), re.M)
            if found:
                return found.group(1)
    return None


class ReadmeOutput:
    """The README with its generated region; the rest of the file is the project's own. A
    project without a README (a folder holding only ``data/``) has no README output."""

    name = "readme"
    leftovers: tuple[str, ...] = ()

    def steps(self) -> Sequence[Step]:
        return [("render-readme", self.write)]

    def files(self, ctx: BuildContext) -> list[OutputFile]:
        path = ctx.project_dir / README
        try:
            current = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise DataError(
                [Diagnostic.at(path, f"cannot read the README: {exc.strerror}", code="readme")]
            ) from None
        catalogue = ctx.catalogue
        names = bib_names(catalogue)
        url = site_url(ctx.project_dir)
        text = render_readme(
            current,
            catalogue,
            names,
            url,
            fragments=ctx.fragments("readme"),
            templates=ctx.templates,
        )
        return [OutputFile(README, text.encode("utf-8"))]

    def write(self, ctx: BuildContext) -> list[Path]:
        return [ctx.project_dir / path for path in write(ctx.project_dir, self.files(ctx))]


OUTPUT = ReadmeOutput()
