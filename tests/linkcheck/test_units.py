"""The pieces without a network: Retry-After, challenge pages, shards, configuration, lists."""

from __future__ import annotations

import email.utils
import io
import json
from pathlib import Path

import pytest

from catalogue.core.errors import DataError, UsageError
from catalogue.linkcheck import (
    Checked,
    LinkcheckConfig,
    LinkClass,
    LinkReport,
    LinkResult,
    Occurrence,
    Shard,
    Target,
    from_list,
    load_config,
)
from catalogue.linkcheck.classify import Answer, final_class, head_is_trusted, retry_after
from catalogue.linkcheck.progress import Progress, wants_bar
from catalogue.linkcheck.report import diagnostics, github_annotations, markdown, to_json

NOW = 1_800_000_000.0


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("7", 7.0),
        (" 0 ", 0.0),
        (email.utils.formatdate(NOW + 30, usegmt=True), 30.0),
        (email.utils.formatdate(NOW - 30, usegmt=True), 0.0),  # a date past: go now
        ("soon", None),
        ("-5", None),
    ],
)
def test_retry_after_reads_seconds_and_http_dates(value: str, seconds: float | None) -> None:
    assert retry_after({"retry-after": value}, NOW) == seconds


def test_retry_after_absent() -> None:
    assert retry_after({}, NOW) is None


@pytest.mark.parametrize(
    ("status", "headers", "body", "outcome"),
    [
        (200, {}, b"<p>a page about captcha research</p>", LinkClass.OK),
        (200, {"cf-mitigated": "challenge"}, b"", LinkClass.BLOCKED),
        (202, {"x-amzn-waf-action": "challenge"}, b"", LinkClass.BLOCKED),
        (202, {}, b"", LinkClass.OK),
        (503, {}, b"<title>Just a moment...</title>", LinkClass.BLOCKED),
        (503, {}, b"down for maintenance", LinkClass.ERROR),
        (403, {}, b"", LinkClass.BLOCKED),
        (401, {}, b"", LinkClass.BLOCKED),
        (451, {}, b"", LinkClass.BLOCKED),
        (999, {}, b"", LinkClass.BLOCKED),
        (404, {}, b"", LinkClass.DEAD),
        (410, {}, b"", LinkClass.DEAD),
        (400, {}, b"", LinkClass.ERROR),
    ],
)
def test_final_answers_are_classified(
    status: int, headers: dict[str, str], body: bytes, outcome: LinkClass
) -> None:
    assert final_class(Answer(status, headers, body, "GET"))[0] is outcome


@pytest.mark.parametrize(
    ("status", "trusted"),
    [
        (200, True),
        (301, True),
        (202, False),
        (403, False),
        (404, False),
        (405, False),
        (501, False),
    ],
)
def test_only_ok_and_redirect_heads_are_believed(status: int, trusted: bool) -> None:
    assert head_is_trusted(Answer(status, {})) is trusted


def test_shards_split_urls_stably_and_completely() -> None:
    urls = [f"https://example.org/paper/{n}" for n in range(300)]
    parts = [Shard(i, 3) for i in (1, 2, 3)]
    owners = [[s.index for s in parts if s.holds(url)] for url in urls]
    assert all(len(o) == 1 for o in owners)
    sizes = [sum(1 for o in owners if o == [i]) for i in (1, 2, 3)]
    assert min(sizes) > 60  # roughly even
    assert owners == [[s.index for s in parts if s.holds(url)] for url in urls]
    assert Shard.parse("2/3") == Shard(2, 3)


@pytest.mark.parametrize("text", ["0/3", "4/3", "2", "a/b", "1/0"])
def test_bad_shards_are_usage_errors(text: str) -> None:
    with pytest.raises(UsageError):
        Shard.parse(text)


def _config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "linkcheck.yml"
    path.write_text(text, encoding="utf-8")
    return path


def test_configuration_errors_name_file_and_line(tmp_path: Path) -> None:
    path = _config(tmp_path, "limits:\n  workers: 0\n  per_hots: 2\nblocked:\n- host: a.org\n")
    with pytest.raises(DataError) as caught:
        load_config(path)
    found = {(d.line, d.message.split(":")[0]) for d in caught.value.diagnostics}
    assert found == {(2, "limits.workers"), (3, "limits.per_hots"), (5, "blocked.0.reason")}
    assert all(d.path == str(path) for d in caught.value.diagnostics)


def test_a_host_listed_twice_is_an_error_at_the_second(tmp_path: Path) -> None:
    path = _config(
        tmp_path,
        "blocked:\n- host: a.org\n  reason: says no\n- host: A.org\n  reason: says no again\n",
    )
    with pytest.raises(DataError) as caught:
        load_config(path)
    [problem] = caught.value.diagnostics
    assert (problem.line, problem.code) == (4, "duplicate-host")


def test_host_rules_cover_sub_domains_and_the_most_specific_wins(tmp_path: Path) -> None:
    path = _config(
        tmp_path,
        "limits:\n  per_host: 4\n  host_interval: 0.1\n"
        "hosts:\n- host: example.org\n  per_host: 2\n  host_interval: 1\n"
        "- host: api.example.org\n  host_interval: 3\n"
        "blocked:\n- host: social.example\n  reason: answers 999\n",
    )
    config = load_config(path)
    assert config.host_limits("example.org", "example.org") == (2, 1.0)
    assert config.host_limits("api.example.org", "api.example.org") == (2, 3.0)
    assert config.host_limits("notexample.org", "notexample.org") == (4, 0.1)
    assert config.blocked_reason("www.social.example", "www.social.example") == "answers 999"
    assert config.blocked_reason("social.example.com", "social.example.com") is None


def test_the_project_configuration_loads() -> None:
    root = Path(__file__).resolve().parents[2]
    config = load_config(root / "linkcheck.yml")
    assert config.blocked and all(entry.reason for entry in config.blocked)


def test_url_lists_group_duplicates_and_fragments_and_name_bad_lines(tmp_path: Path) -> None:
    listed = tmp_path / "urls.txt"
    listed.write_text(
        "# links to check\n\nhttps://a.org/x\n  https://a.org/x#part\nhttps://b.org/\n",
        encoding="utf-8",
    )
    targets = from_list(listed)
    assert [t.url for t in targets] == ["https://a.org/x", "https://b.org/"]
    assert [(o.line, o.column, o.written) for o in targets[0].occurrences] == [
        (3, 1, "https://a.org/x"),
        (4, 3, "https://a.org/x#part"),
    ]
    listed.write_text("https://a.org/x\nftp://a.org/y\nnot a url\n", encoding="utf-8")
    with pytest.raises(DataError) as caught:
        from_list(listed)
    assert [d.line for d in caught.value.diagnostics] == [2, 3]


def _report() -> LinkReport:
    where = Occurrence("data/papers/a,b.yml", 7, 3, "https://x.org/100%_(a)", "papers", "a-b")
    dead = LinkResult(
        url="https://x.org/100%_(a)", outcome=LinkClass.DEAD, note="404 Not Found", status=404
    )
    ok = LinkResult(url="https://y.org/", outcome=LinkClass.OK, note="200", status=200)
    return LinkReport(
        [
            Checked(Target("https://y.org/"), ok),
            Checked(Target("https://x.org/100%_(a)", [where]), dead),
        ]
    )


def test_reports_escape_for_their_format_and_put_the_worst_first() -> None:
    report = _report()
    severities = LinkcheckConfig().severity
    [annotation] = github_annotations(diagnostics(report, severities))
    assert annotation.startswith(
        "::error file=data/papers/a%2Cb.yml,line=7,col=3,title=Dead link::"
    )
    assert annotation.endswith("dead: https://x.org/100%25_(a): 404 Not Found")
    text = markdown(report, severities)
    assert "- [https://x.org/100%\\_\\(a\\)](https://x.org/100%_%28a%29): 404 Not Found" in text
    assert "`data/papers/a,b.yml:7` (a\\-b)" in text
    document = json.loads(to_json(report, severities))
    assert [item["class"] for item in document["links"]] == ["dead", "ok"]
    assert to_json(_report(), severities) == to_json(report, severities)


def test_progress_draws_a_bar_on_a_terminal_and_lines_elsewhere() -> None:
    results = [
        LinkResult(url=f"https://x.org/{n}", outcome=LinkClass.OK, note="200") for n in range(19)
    ]
    results.append(LinkResult(url="https://x.org/gone", outcome=LinkClass.DEAD, note="404"))
    bar, plain = io.StringIO(), io.StringIO()
    for stream, as_bar in ((bar, True), (plain, False)):
        progress = Progress(len(results), stream, bar=as_bar)
        for result in results:
            progress.update(result)
        progress.close()
    assert bar.getvalue().startswith("\r[")
    assert "20/20 dead 1 ok 19" in bar.getvalue() and bar.getvalue().endswith("\n")
    lines = plain.getvalue().splitlines()
    assert "\r" not in plain.getvalue()
    assert lines.count("dead: https://x.org/gone (404)") == 1
    assert [line for line in lines if line.startswith("checked")] == [
        f"checked {n}/20" for n in range(2, 21, 2)
    ]


def test_ci_gets_plain_lines_even_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setenv("CI", "true")
    assert wants_bar(Terminal()) is False
    monkeypatch.delenv("CI")
    assert wants_bar(Terminal()) is True
    assert wants_bar(io.StringIO()) is False
