"""The site stages of `catalogue build`, the strict MkDocs build, and `catalogue serve`."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from catalogue.cli import EXIT_DATA, EXIT_OK, EXIT_USAGE, run
from catalogue.core.store import load
from catalogue.outputs.context import BuildContext
from catalogue.outputs.site import SiteError, SiteLayout, build_html, generate

from .conftest import copy_project
from .fixture_catalogue import KNOWN_KEY, KNOWN_TITLE, write_fixture

README = "# A list\n\n<!-- catalogue:begin -->\n<!-- catalogue:end -->\n"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    copy_project(tmp_path)
    write_fixture(tmp_path / "data")
    (tmp_path / "README.md").write_text(README, encoding="utf-8")
    return tmp_path


def test_a_warning_fails_the_build_and_keeps_the_last_site(project: Path) -> None:
    layout = SiteLayout(project)
    generated = generate(BuildContext(load(project / "data")), layout)
    build_html(layout, generated.nav)
    home = (layout.public_dir / "index.html").read_bytes()
    (layout.docs_dir / "broken.md").write_text("# Broken\n\n[a link](missing.md)\n", "utf-8")
    with pytest.raises(SiteError) as raised:
        build_html(layout, generated.nav)
    assert "missing.md" in str(raised.value) and "warning" in str(raised.value)
    assert (layout.public_dir / "index.html").read_bytes() == home
    assert sorted(p.name for p in layout.root.iterdir()) == [
        "assets",
        "docs",
        "mkdocs.yml",
        "overrides",
        "public",
    ]


def test_build_command_runs_every_stage_into_the_site(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(project)
    # The fixture has records the strict checks warn about (a paper without a category).
    assert run(["build", "--no-strict"]) == EXIT_OK
    err = capsys.readouterr().err
    assert "· site-pages" in err and "· site\n" in err and "wrote site/public" in err
    home = (project / "site/public/index.html").read_text("utf-8")
    assert KNOWN_TITLE in home
    assert (project / "site/public/downloads/all.bib").is_file()
    assert (project / "site/public/data/papers.js").is_file()


def test_the_sitemap_is_dated_by_the_data_not_by_the_day_of_the_build(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gzip
    import re

    monkeypatch.chdir(project)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    with (project / "site/mkdocs.yml").open("a", encoding="utf-8") as config:
        config.write("site_url: https://example.org/kd/\n")  # pages get addresses in the sitemap
    assert run(["build", "--no-strict"]) == EXIT_OK
    newest = max(p.added for p in load(project / "data").papers.values() if p.added)
    sitemap = (project / "site/public/sitemap.xml").read_text("utf-8")
    assert set(re.findall(r"<lastmod>([^<]+)</lastmod>", sitemap)) == {newest.isoformat()}
    packed = (project / "site/public/sitemap.xml.gz").read_bytes()
    stamp = int.from_bytes(packed[4:8], "little")  # the gzip header's time
    assert time.strftime("%Y-%m-%d", time.gmtime(stamp)) == newest.isoformat()
    assert gzip.decompress(packed).decode("utf-8") == sitemap
    assert "SOURCE_DATE_EPOCH" not in os.environ  # put back as it was


def test_build_without_site_renders_pages_only(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(project)
    assert run(["build", "--no-strict", "--no-site"]) == EXIT_OK
    assert (project / "site/docs/index.md").is_file()
    assert not (project / "site/public").exists()


def test_broken_mkdocs_config_is_a_clear_error(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(project)
    config = project / "site/mkdocs.yml"
    config.write_text(config.read_text("utf-8") + "unknown_option_here: 1\n", "utf-8")
    assert run(["build", "--no-strict"]) == EXIT_DATA
    err = capsys.readouterr().err
    assert "mkdocs build --strict failed for site/mkdocs.yml" in err
    assert "unknown_option_here" in err
    assert "Traceback" not in err


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_serve_previews_the_site_on_loopback(project: Path) -> None:
    port = _free_port()
    command = [sys.executable, "-m", "catalogue", "serve", "-a", f"127.0.0.1:{port}"]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    server = subprocess.Popen(command, cwd=project, env=env, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as answer:
                    page = answer.read().decode("utf-8")
                break
            except OSError:
                assert server.poll() is None, server.stderr.read().decode() if server.stderr else ""
                assert time.monotonic() < deadline, "the preview did not answer within 30 s"
                time.sleep(0.2)
        assert "<title>Knowledge-distillation papers</title>" in page
        assert KNOWN_TITLE in page
        # Paper pages, which MkDocs does not make, are there too.
        address = f"http://127.0.0.1:{port}/papers/{KNOWN_KEY}.html"
        with urllib.request.urlopen(address, timeout=5) as answer:
            assert f'<h1 class="kd-paper__title">{KNOWN_TITLE}</h1>' in answer.read().decode()
    finally:
        server.terminate()
        server.wait(timeout=10)
        if server.stderr:
            server.stderr.close()


def test_serve_refuses_a_malformed_address(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(project)
    assert run(["serve", "-a", "localhost"]) == EXIT_USAGE
    assert "host:port" in capsys.readouterr().err
