"""`catalogue links` end to end: a catalogue whose links point at local servers."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Sequence
from pathlib import Path

import pytest

from catalogue.cli import run
from catalogue.core.store import load

from .conftest import Web

CONFIG = """\
limits:
  workers: 8
  per_host: 4
  host_interval: 0
  connect_timeout: 0.5
  read_timeout: 0.4
  retries: 1
  backoff: 0.05
  body_seconds: 0.3
allow_addresses: [127.0.0.0/8]  # the test sites serve on 127.0.0.1
"""


def _paper(key: str, links: list[str], source_links: Sequence[str] = ()) -> str:
    text = f"key: {key}\ntitle: Paper {key}\nlinks:\n"
    text += "".join(f"- kind: paper\n  url: {url}\n" for url in links)
    if source_links:
        text += "sources:\n- source: seed-x\n  line: 3\n  links:\n"
        text += "".join(f"  - kind: paper\n    url: {url}\n" for url in source_links)
    return text


@pytest.fixture
def project(web: Web, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    a, b = web.a.url, web.b.url
    files = {
        "papers/alpha2020one.yml": _paper(
            "alpha2020one", [a("/moved301"), a("/gone404")], [a("/moved301")]
        ),
        "papers/beta2021two.yml": _paper("beta2021two", [b("/ok"), a("/forbidden")]),
        "code/gamma-code.yml": (
            f"key: gamma-code\nurl: {a('/ok')}#readme\ntitle: Gamma\n"
            f"links:\n- kind: code\n  url: {a('/moved308')}\n"
        ),
    }
    for name, text in files.items():
        path = tmp_path / "data" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (tmp_path / "linkcheck.yml").write_text(CONFIG, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.setenv("CI", "true")
    return tmp_path


def links(*args: str) -> int:
    return run(["--data", "data", "links", *args])


def _line_of(path: Path, text: str) -> int:
    return next(n for n, line in enumerate(path.read_text().splitlines(), 1) if text in line)


def test_dead_link_fails_and_every_output_names_file_and_line(
    project: Path, web: Web, capsys: pytest.CaptureFixture[str]
) -> None:
    code = links("--json", "out/links.json", "--markdown", "out/links.md", "--github")
    out, err = capsys.readouterr()
    assert code == 1
    paper = Path("data/papers/alpha2020one.yml")
    dead_line = _line_of(paper, "/gone404")
    assert f"{paper}:{dead_line}:3: error: dead: {web.a.url('/gone404')}" in err
    assert f"::error file={paper},line={dead_line},col=3,title=Dead link::dead%3A" not in out
    assert f"::error file={paper},line={dead_line},col=3,title=Dead link::dead: " in out
    assert "::warning file=data/papers/beta2021two.yml" in out  # the 403: blocked, a warning
    assert "Traceback" not in err

    report = json.loads(Path("out/links.json").read_text())
    assert report["summary"] == {
        "checked": 6,
        "ok": 2,
        "moved": 2,
        "blocked": 1,
        "error": 0,
        "dead": 1,
    }
    first = report["links"][0]
    assert (first["class"], first["url"], first["status"]) == ("dead", web.a.url("/gone404"), 404)
    assert first["where"] == [
        {"path": str(paper), "line": dead_line, "column": 3, "record": "alpha2020one"}
    ]
    # The code record's URL is checked without its #fragment and reported where it is written.
    ok = next(item for item in report["links"] if item["url"] == web.a.url("/ok"))
    assert ok["where"][0]["path"] == "data/code/gamma-code.yml"
    markdown = Path("out/links.md").read_text()
    assert "## Dead links (1, error)" in markdown
    assert f"`{paper}:{dead_line}` (alpha2020one)" in markdown


def test_second_run_is_answered_by_the_cache_with_identical_reports(
    project: Path, web: Web, capsys: pytest.CaptureFixture[str]
) -> None:
    links("--json", "first.json")
    sent = sum(site.stats.total for site in web.sites)
    assert links("--json", "second.json") == 1
    assert sum(site.stats.total for site in web.sites) == sent
    assert "6 from the cache, 0 requests" in capsys.readouterr().err
    assert Path("first.json").read_bytes() == Path("second.json").read_bytes()
    links("--no-cache")
    assert sum(site.stats.total for site in web.sites) > sent


def test_fix_moved_rewrites_curated_links_only(project: Path, web: Web) -> None:
    links("--fix-moved")
    catalogue = load(Path("data"))
    alpha = catalogue.papers["alpha2020one"]
    assert [link.url for link in alpha.links] == [web.b.url("/ok"), web.a.url("/gone404")]
    assert alpha.sources[0].links[0].url == web.a.url("/moved301")  # provenance kept
    gamma = catalogue.code["gamma-code"]
    assert gamma.links[0].url == web.a.url("/ok")
    assert gamma.url == web.a.url("/ok") + "#readme"
    # Records without a move are not rewritten.
    assert Path("data/papers/beta2021two.yml").read_text().startswith("key: beta2021two\ntitle:")


def test_blocked_warns_and_strict_fails(project: Path, web: Web) -> None:
    Path("urls.txt").write_text(f"{web.a.url('/forbidden')}\n{web.a.url('/ok')}\n")
    assert links("--urls", "urls.txt") == 0
    assert links("--urls", "urls.txt", "--strict") == 1


def test_github_annotations_come_by_themselves_in_actions(
    project: Path, web: Web, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    Path("urls.txt").write_text(f"# list\n{web.a.url('/gone410')}\n")
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert links("--urls", "urls.txt") == 1
    assert "::error file=urls.txt,line=2,col=1,title=Dead link::" in capsys.readouterr().out


def test_changed_since_checks_only_changed_records(project: Path, web: Web) -> None:
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "data"], check=True)
    subprocess.run([*git, "commit", "-qm", "records"], check=True)
    beta = Path("data/papers/beta2021two.yml")
    beta.write_text(beta.read_text() + f"- kind: pdf\n  url: {web.c.url('/ok')}\n")
    links("--changed-since", "HEAD", "--json", "changed.json")
    checked = {item["url"] for item in json.loads(Path("changed.json").read_text())["links"]}
    assert checked == {web.b.url("/ok"), web.a.url("/forbidden"), web.c.url("/ok")}
    assert links("--changed-since", "no-such-ref") == 2


def test_shards_split_the_work(project: Path, web: Web) -> None:
    Path("urls.txt").write_text("".join(f"{web.a.url(f'/ok?{n}')}\n" for n in range(12)))
    for part in ("1/2", "2/2"):
        assert links("--urls", "urls.txt", "--shard", part, "--json", f"{part[0]}.json") == 0
    seen = [{i["url"] for i in json.loads(Path(f"{n}.json").read_text())["links"]} for n in "12"]
    assert seen[0] and seen[1] and not seen[0] & seen[1]
    assert len(seen[0] | seen[1]) == 12
    assert web.a.stats.total == 12


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("--shard", "3/2"), 2, "--shard '3/2'"),
        (("--urls", "urls.txt", "--fix-moved"), 2, "--urls checks a plain list"),
        (("--config", "missing.yml"), 2, "cannot read link-check configuration missing.yml"),
        (("--config", "bad.yml"), 1, "bad.yml:2:3: error: limits.retries"),
        (("--urls", "bad-urls.txt"), 1, "bad-urls.txt:2:1: error: not an http(s) URL"),
    ],
)
def test_bad_input_is_a_located_message_and_an_exit_code(
    project: Path,
    capsys: pytest.CaptureFixture[str],
    args: tuple[str, ...],
    code: int,
    message: str,
) -> None:
    Path("urls.txt").write_text("https://example.org/\n")
    Path("bad-urls.txt").write_text("https://example.org/\nexample.org/paper\n")
    Path("bad.yml").write_text("limits:\n  retries: many\n")
    assert links(*args) == code
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err
