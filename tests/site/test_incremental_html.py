"""Incremental site builds: after an edit only the changed pages are built again, the result is
byte for byte a full build's, and the live site is never written through (real MkDocs builds)."""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from catalogue.build import BuildSettings, build
from catalogue.core import store
from catalogue.core.store import load
from catalogue.outputs.context import BuildContext
from catalogue.outputs.site import Generated, SiteError, SiteLayout, build_html, generate, paths
from catalogue.outputs.site.nav import NavItem
from catalogue.outputs.site.output import generated_pages

from .conftest import copy_project
from .fixture_catalogue import KNOWN_KEY, write_fixture

# The theme's templates: kept by incremental builds (their inputs are equal then).
TEMPLATES = {"404.html", "sitemap.xml", "sitemap.xml.gz"}

Tree = dict[str, tuple[int, bytes]]


def tree(root: Path) -> Tree:
    """Every file under ``root``: its inode and bytes."""
    found: Tree = {}
    for folder, _dirs, names in os.walk(root):
        for name in names:
            path = Path(folder, name)
            found[path.relative_to(root).as_posix()] = (path.stat().st_ino, path.read_bytes())
    return found


def built_from(name: str) -> str:
    return name[: -len(".md")] + ".html" if name.endswith(".md") else name


@dataclass
class Project:
    root: Path
    layout: SiteLayout
    state: Path
    generated: Generated

    def regenerate(self) -> Generated:
        self.generated = generate(BuildContext(load(self.root / "data")), self.layout)
        return self.generated

    def build(self, nav: list[NavItem] | None = None, changed: list[str] | None = None) -> Tree:
        """Build with the record, keeping the old site's inodes alive: a full build cannot reuse
        them, so a file with its old inode is one the build did not write."""
        keep = self.root / "old-public"
        shutil.rmtree(keep, ignore_errors=True)
        link_tree(self.layout.public_dir, keep)
        before = tree(keep)
        try:
            nav = self.generated.nav if nav is None else nav
            changed = self.generated.changed if changed is None else changed
            build_html(self.layout, nav, changed, self.state, papers=self.generated.papers)
        finally:
            assert tree(keep) == before, "the build wrote into a file of the live site"
        return tree(self.layout.public_dir)

    def edit_page(self, name: str, change: Callable[[str], str]) -> None:
        path = self.layout.docs_dir / name
        text = change(path.read_text("utf-8"))
        path.unlink()  # a new file, as the generator writes them
        path.write_text(text, "utf-8")


def link_tree(source: Path, target: Path) -> None:
    for folder, _dirs, names in os.walk(source):
        into = target / Path(folder).relative_to(source)
        into.mkdir(parents=True, exist_ok=True)
        for name in names:
            os.link(Path(folder, name), into / name)


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture catalogue's site, fully built once, with the record of that build."""
    root = tmp_path_factory.mktemp("pristine")
    layout = copy_project(root)
    generated = generate(BuildContext(load(write_fixture(root / "data"))), layout)
    state = root / "cache.site.json"
    build_html(layout, generated.nav, generated.changed, state, papers=generated.papers)
    assert (root / "cache.site.json").is_file()
    return root


def _link_outputs(source: str, target: str) -> None:
    # The built pages and site as hard links (as the record describes them, inodes and all);
    # tests only ever replace those files, never write into them. The rest: copies.
    outputs = (f"{os.sep}site{os.sep}docs{os.sep}", f"{os.sep}site{os.sep}public{os.sep}")
    if any(part in source for part in outputs):
        os.link(source, target)
    else:
        shutil.copy2(source, target)


@pytest.fixture
def project(pristine: Path, tmp_path: Path) -> Project:
    """A copy of the pristine project that an incremental build may start from."""
    root = tmp_path / "project"
    shutil.copytree(pristine, root, copy_function=_link_outputs)
    layout = SiteLayout(root)
    generated = generate(BuildContext(load(root / "data")), layout)
    assert generated.changed == []
    return Project(root, layout, root / "cache.site.json", generated)


def pages_of(docs: Path) -> set[str]:
    """The files of the site that the files of ``docs`` become (the paper pages' shell none)."""
    names = {path.relative_to(docs).as_posix() for path in docs.rglob("*") if path.is_file()}
    return {built_from(name) for name in names - {paths.SHELL}}


def rewritten(old: Tree, new: Tree) -> set[str]:
    """Files of ``new`` the build wrote (not hard links to the old site's files)."""
    return {name for name, (inode, _) in new.items() if old.get(name, (None,))[0] != inode}


def full_build_of(project: Project) -> dict[str, bytes]:
    """What a full build of the same pages makes (the live site then is that build's)."""
    build_html(project.layout, project.generated.nav, papers=project.generated.papers)
    return {name: data for name, (_, data) in tree(project.layout.public_dir).items()}


def contents(found: Tree) -> dict[str, bytes]:
    return {name: data for name, (_, data) in found.items()}


def test_one_edit_builds_its_pages_again_and_equals_a_full_build(project: Project) -> None:
    old = tree(project.layout.public_dir)
    catalogue = load(project.root / "data")
    paper = catalogue.papers[KNOWN_KEY]
    store.save(project.root / "data", paper.model_copy(update={"title": "A renamed paper"}))
    before = project.generated.papers
    changed = project.regenerate().changed
    pages = [name for name in changed if name.endswith(".md")]
    assert pages and len(pages) < len(old) / 4
    # The paper's own page (its title), and no other paper's.
    papers = [k for k, parts in project.generated.papers.items() if before[k] != parts]
    assert papers == [KNOWN_KEY]

    new = project.build()

    assert rewritten(old, new) == {built_from(name) for name in changed} | {
        paths.html_path(paths.paper_page(KNOWN_KEY))
    }
    assert "A renamed paper" in new[f"papers/{KNOWN_KEY}.html"][1].decode()
    assert "A renamed paper" in new["index.html"][1].decode()
    assert contents(new) == full_build_of(project)


def test_pages_are_found_changed_without_the_callers_list(project: Project) -> None:
    old = tree(project.layout.public_dir)
    project.edit_page("contributing.md", lambda text: text + "\nOne more line.\n")
    new = project.build(changed=[])
    assert rewritten(old, new) == {"contributing.html"}
    assert "One more line." in new["contributing.html"][1].decode()
    # And a file the caller names is built again even when its size and time look unchanged.
    again = project.build(changed=["code.md"])
    assert rewritten(new, again) == {"code.html"}
    assert contents(again) == full_build_of(project)


def test_a_warning_keeps_the_site_and_the_next_build_starts_from_it(
    project: Project, caplog: pytest.LogCaptureFixture
) -> None:
    old = tree(project.layout.public_dir)
    original = (project.layout.docs_dir / "sources.md").read_text("utf-8")
    project.edit_page("sources.md", lambda text: text + "\n[a link](missing.md)\n")
    with (
        caplog.at_level(logging.INFO, logger="catalogue.outputs.site"),
        pytest.raises(SiteError) as raised,
    ):
        project.build(changed=[])
    assert "incremental build: 1 of" in caplog.text  # it was an incremental build that failed
    assert "missing.md" in str(raised.value) and "warning" in str(raised.value)
    assert tree(project.layout.public_dir) == old
    assert not project.layout.public_dir.with_name(".public-new").exists()
    # The record still describes the site: fixing the page builds only that page again.
    project.edit_page("sources.md", lambda _: original)
    new = project.build(changed=[])
    assert rewritten(old, new) == {"sources.html"}
    assert contents(new) == contents(old)


def test_a_link_to_an_anchor_on_a_page_not_read_is_still_checked(project: Project) -> None:
    # MkDocs checks it only when it read both pages: the build goes full, and fails as one.
    project.edit_page("code.md", lambda text: text + "\n[there](contributing.md#no-such-anchor)\n")
    with pytest.raises(SiteError) as raised:
        project.build()
    assert "no-such-anchor" in str(raised.value)


def _rename_home(project: Project) -> list[NavItem]:
    nav = project.generated.nav
    assert nav[0] == {"Home": "index.md"}
    return [{"Start": "index.md"}, *nav[1:]]


def _edit_config(project: Project) -> None:
    config = project.layout.config_file
    config.write_text(config.read_text("utf-8") + "# a comment\n", "utf-8")


def _add_page(project: Project) -> None:
    (project.layout.docs_dir / "extra.md").write_text("# Extra\n\nA page.\n", "utf-8")


def _remove_page(project: Project) -> None:
    tag = min(path for path in (project.layout.docs_dir / "tags").iterdir() if path.stem != "index")
    tag.unlink()


def _tamper_with_site(project: Project) -> None:
    page = project.layout.public_dir / "code.html"
    page.unlink()  # not written into: the pristine site shares the file
    page.write_text("tampered", "utf-8")


def _damage_record(project: Project) -> None:
    project.state.write_text('{"format": 1', "utf-8")


@pytest.mark.parametrize(
    "change",
    [
        _rename_home,
        _edit_config,
        _add_page,
        _remove_page,
        _tamper_with_site,
        _damage_record,
    ],
)
def test_anything_but_page_edits_makes_a_full_build(
    project: Project, change: Callable[[Project], list[NavItem] | None]
) -> None:
    old = tree(project.layout.public_dir)
    old_pages = pages_of(project.layout.docs_dir)
    nav = change(project) or project.generated.nav
    project.edit_page("contributing.md", lambda text: text + "\nOne more line.\n")
    new = project.build(nav=nav, changed=[])
    assert rewritten(old, new) == set(new)  # every file written anew: a full build
    assert b"One more line." in new["contributing.html"][1]
    assert b"tampered" not in new["code.html"][1]
    # Pages added or removed are there or gone; the theme's files stay.
    new_pages = pages_of(project.layout.docs_dir)
    assert new_pages <= set(new) and set(new) - new_pages == set(old) - old_pages


def test_a_project_with_plugins_is_always_built_in_full(project: Project) -> None:
    # A plugin sees only the pages a build reads: search would index one page of an edit.
    config = project.layout.config_file
    text = config.read_text("utf-8")
    assert "plugins: []" in text
    config.write_text(text.replace("plugins: []", "plugins:\n  - search"), "utf-8")
    project.build(changed=[])  # full: the project changed
    old = tree(project.layout.public_dir)
    project.edit_page("contributing.md", lambda text: text + "\nOne more line.\n")
    new = project.build(changed=[])
    assert rewritten(old, new) == set(new)  # full again, though only one page changed
    index = new["search/search_index.json"][1]
    assert b"One more line." in index and b"Browse" in index
    assert contents(new) == full_build_of(project)


def test_a_new_build_date_makes_a_full_build_with_new_templates(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = tree(project.layout.public_dir)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(86_400 * 365))  # the sitemap's date changes
    project.edit_page("contributing.md", lambda text: text + "\nOne more line.\n")
    new = project.build(changed=[])
    assert rewritten(old, new) == set(new)
    assert new["sitemap.xml.gz"][1] != old["sitemap.xml.gz"][1]  # its gzip header's time
    assert set(new) >= TEMPLATES


def test_a_page_titled_by_its_content_in_the_navigation_makes_builds_full(
    project: Project,
) -> None:
    # Its title, shown on every page, would come from its content: no page could be skipped.
    untitled = {"Contributing": "contributing.md"}
    nav = ["contributing.md" if item == untitled else item for item in project.generated.nav]
    assert nav != project.generated.nav
    project.build(nav=nav, changed=[])
    old = tree(project.layout.public_dir)
    project.edit_page("code.md", lambda text: text + "\nOne more line.\n")
    new = project.build(nav=nav, changed=[])
    assert rewritten(old, new) == set(new)


def test_catalogue_builds_keep_the_record_beside_the_parse_cache(project: Project) -> None:
    readme = "# A list\n\n<!-- catalogue:begin -->\n<!-- catalogue:end -->\n"
    (project.root / "README.md").write_text(readme, "utf-8")
    settings = BuildSettings(
        data_dir=project.root / "data",
        project_dir=project.root,
        strict=False,  # the fixture has records the strict checks warn about
        cache_file=project.root / ".cache" / "parse.marshal",
    )
    build(settings)
    assert (project.root / ".cache" / "parse.site.json").is_file()
    old = tree(project.layout.public_dir)
    paper = load(project.root / "data").papers[KNOWN_KEY]
    store.save(project.root / "data", paper.model_copy(update={"title": "A renamed paper"}))
    result = build(settings)
    new = tree(project.layout.public_dir)
    changed = generated_pages(result.context).changed
    assert "categories/foundations.md" in changed
    paper_page = paths.html_path(paths.paper_page(KNOWN_KEY))
    assert rewritten(old, new) == {built_from(name) for name in changed} | {paper_page}
