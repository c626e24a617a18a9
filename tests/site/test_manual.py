"""The manual: the repository's docs/ published under manual/, linked from the README."""

from __future__ import annotations

import re
from pathlib import Path

from catalogue.core.store import Catalogue, load
from catalogue.outputs.site.manual import read_manual
from catalogue.outputs.site.model import build_model
from catalogue.outputs.site.nav import navigation

from .fixture_catalogue import write_fixture

REPO = Path(__file__).resolve().parents[2]
LINK = re.compile(r"\]\(([^)\s]+)\)")


def _catalogue(tmp_path: Path) -> Catalogue:
    return load(write_fixture(tmp_path / "data", count=3))


def test_pages_follow_the_index_and_take_their_first_heading(tmp_path: Path) -> None:
    (tmp_path / "b.md").write_text("Intro without a heading.\n", "utf-8")
    (tmp_path / "a.md").write_text("# Alpha & <omega>\n", "utf-8")
    (tmp_path / "c.md").write_text("# Gamma\n", "utf-8")
    (tmp_path / "img").mkdir()
    (tmp_path / "img/x.png").write_bytes(b"\x89PNG")
    (tmp_path / "index.md").write_text("# Manual\n\n- [C](c.md)\n- [A](a.md#part)\n", "utf-8")
    manual = read_manual(tmp_path)
    assert manual.pages == [
        ("Manual", "manual/index.md"),
        ("Gamma", "manual/c.md"),
        ("Alpha & <omega>", "manual/a.md"),
        ("b", "manual/b.md"),
    ]
    assert manual.files["manual/img/x.png"] == b"\x89PNG"
    nav = navigation(build_model(_catalogue(tmp_path)), manual.pages)
    assert nav[-1] == {
        "Manual": [
            {"Manual": "manual/index.md"},
            {"Gamma": "manual/c.md"},
            {"Alpha &amp; &lt;omega&gt;": "manual/a.md"},
            {"b": "manual/b.md"},
        ]
    }


def test_no_manual_folder_means_no_manual(tmp_path: Path) -> None:
    assert read_manual(tmp_path / "docs") == read_manual(tmp_path / "none")
    assert read_manual(tmp_path / "docs").files == {}
    assert "Manual" not in str(navigation(build_model(_catalogue(tmp_path))))


def test_the_repository_manual_links_only_within_itself_and_the_readme_links_every_page() -> None:
    docs = REPO / "docs"
    pages = sorted(p.name for p in docs.glob("*.md"))
    assert "index.md" in pages and len(pages) >= 8
    for page in pages:
        for target in LINK.findall((docs / page).read_text("utf-8")):
            if re.match(r"[a-z]+:", target) or target.startswith("#"):
                continue
            path = target.split("#")[0]
            assert "/" not in path and (docs / path).is_file(), f"docs/{page} links to {target}"
    readme = (REPO / "README.md").read_text("utf-8")
    head = readme[: readme.index("<!-- catalogue:begin -->")]
    linked = {t.removeprefix("docs/").split("#")[0] for t in LINK.findall(head)}
    index = {t.split("#")[0] for t in LINK.findall((docs / "index.md").read_text("utf-8"))}
    assert set(pages) - {"index.md"} <= linked & index
