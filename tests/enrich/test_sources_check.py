"""`catalogue sources check`: a list imported from a repository (at a commit) or a URL, checked
against its current version on the local stand-ins; nothing is ever written to `data/`."""

from __future__ import annotations

from pathlib import Path

import pytest

from catalogue.cli import run

from .conftest import settings_text, snapshot
from .services import Fault, Services

HINTON = ("Distilling the Knowledge in a Neural Network", "1503.02531", "Geoffrey Hinton", 2015)
GENTLE = ("A Gentle Teacher for Small Students", "2101.00001", "Ada Lovelace", 2021)
FORGET = ("Students Who Forget", "2102.00002", "Alan Turing", 2021)
LISTEN = ("Teachers Who Listen", "2103.00003", "Grace Hopper", 2021)
SMALL = ("Small Models, Big Ideas", "2104.00004", "Edsger Dijkstra", 2021)


def version(*entries: tuple[str, str, str, int]) -> str:
    """A list in the common bullet layout: ``- [Title](arXiv URL), Authors, Year``."""
    lines = [f"- [{t}](https://arxiv.org/abs/{i}), {a}, {y}" for t, i, a, y in entries]
    return "# Awesome Tiny Distillation\n\n## Papers\n\n" + "\n".join(lines) + "\n"


V1 = version(HINTON, GENTLE, FORGET)
# The next version: one entry gone, two new ones, one kept where it was, one moved down.
V2 = version(GENTLE, LISTEN, HINTON, SMALL)
REPO = "https://github.com/owner/tiny-kd"


def catalogue(project: Path, *args: str) -> tuple[int, str, str]:
    import contextlib
    import io

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = run(["--data", str(project / "data"), "--no-cache", *args])
    return code, out.getvalue(), err.getvalue()


def _imported(project: Path, *origin: str) -> None:
    (project / "tiny.md").write_text(V1, encoding="utf-8")
    code, _, err = catalogue(project, "import", str(project / "tiny.md"), *origin)
    assert code == 0, err


def _check(project: Path, *args: str) -> tuple[int, str, str]:
    return catalogue(project, "sources", "check", "--config", str(project / "catalogue.yml"), *args)


@pytest.fixture
def from_repository(project: Path, services: Services) -> Path:
    _imported(project, "--repository", REPO, "--commit", "aaaa111", "--list-path", "README.md")
    return project


def test_a_newer_version_in_the_repository_is_compared_entry_by_entry(
    from_repository: Path, services: Services
) -> None:
    services.files[("owner/tiny-kd", "README.md")] = ("bbbb2222cccc", V2.encode())
    before = snapshot(from_repository / "data")
    # The catalogue's own lists from GitHub are not on the stand-in: the new list and a seed.
    markdown = str(from_repository / "up.md")
    code, out, err = _check(from_repository, "--markdown", markdown, "tiny", "seed-001")
    assert code == 0, err
    assert (
        "tiny (owner/tiny-kd README.md): 2 added, 1 removed, 2 kept since commit aaaa111"
        " (now bbbb2222cccc)"
    ) in out
    assert "  + Teachers Who Listen (line 6)" in out
    assert "  + Small Models, Big Ideas (line 8)" in out
    assert "  - Students Who Forget (line 7)" in out
    assert "seed-001: not checked: no origin recorded" in out
    report = (from_repository / "up.md").read_text()
    assert report.startswith("## Upstream lists\n") and "Teachers Who Listen" in report
    assert snapshot(from_repository / "data") == before
    paths = [s.path for s in services.seen if s.service == "github"]
    assert paths == [
        "/github/repos/owner/tiny-kd/commits",
        "/github/repos/owner/tiny-kd/contents/README.md",
    ]


def test_the_commit_imported_needs_no_download(from_repository: Path, services: Services) -> None:
    services.files[("owner/tiny-kd", "README.md")] = ("aaaa1112223334445556", V1.encode())
    code, out, err = _check(from_repository, "tiny")
    assert code == 0, err
    assert out == "tiny (owner/tiny-kd README.md): unchanged since commit aaaa111\n"
    assert [s.path for s in services.seen] == ["/github/repos/owner/tiny-kd/commits"]


@pytest.mark.parametrize(
    ("fault", "message"),
    [
        (Fault(500, b"oops"), "GitHub answered HTTP 500 (2 attempts): nothing was written"),
        (Fault(stall=3.0), "GitHub did not answer in full within 1.5 s"),
    ],
    ids=["5xx", "stall"],
)
def test_a_fault_is_reported_per_list_and_fails_the_run(
    from_repository: Path, services: Services, fault: Fault, message: str
) -> None:
    services.faults["github"] = [fault, fault]
    before = snapshot(from_repository / "data")
    code, out, err = _check(from_repository, "tiny")
    assert code == 1
    assert f"tiny: error: {message}" in out, out
    assert "error: 1 list(s) could not be checked (see above)" in err
    assert "Traceback" not in err
    assert snapshot(from_repository / "data") == before


def test_a_list_at_a_url_is_fetched_from_public_addresses_only(
    project: Path, services: Services
) -> None:
    services.published["tiny.md"] = V2.encode()
    _imported(project, "--url", f"{services.url}/lists/tiny.md")
    code, out, err = _check(project, "tiny")
    assert code == 1
    assert "tiny: error: list host at http://127.0.0.1:" in out
    assert "is not asked: the connection reached a loopback address" in out
    assert services.seen == []  # refused on connecting, before a byte of the request
    (project / "catalogue.yml").write_text(
        settings_text(services.url).replace(
            "  github_token_interval: 0\n",
            "  github_token_interval: 0\n  lists:\n    allow_addresses: [127.0.0.1]\n",
        )
    )
    code, out, err = _check(project, "tiny")
    assert code == 0, err
    assert f"tiny ({services.url}/lists/tiny.md): 2 added, 1 removed, 2 kept" in out
