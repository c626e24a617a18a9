"""Bad records, one kind per row: `check` exits 1 naming the file and line, with no traceback.

The first rows are the kinds that already held before issue 15 (they guard against regressions);
the rows marked ``issue-15`` were accepted by `check` before it (control characters, bidi
overrides, a DOI that ends the BibTeX entry, a host that is not a host, a source file name that
leaves its folder).
"""

from __future__ import annotations

import pytest

from .conftest import Cli

P = "data/papers/bad.yml"
HEAD = b"key: bad\ntitle: A title\n"

# (id, path, file content, "path:line" the message must start with, words it must hold)
CASES: list[tuple[str, str, bytes, str, str]] = [
    ("yaml-syntax", P, HEAD + b"authors: [unclosed\n", f"{P}:4", "invalid YAML"),
    ("yaml-duplicate-key", P, HEAD + b"title: Again\n", f"{P}:3", "duplicate key 'title'"),
    ("yaml-alias", P, HEAD + b"tags: &a [x]\nnetworks: *a\n", f"{P}:4", "aliases"),
    ("yaml-tag", P, HEAD + b"year: !!python/object 2019\n", f"{P}:3", "tag"),
    ("yaml-merge-key", P, HEAD + b"identifiers:\n  <<: {arxiv: '1503.02531'}\n", f"{P}:4", "merge"),
    ("yaml-complex-key", P, HEAD + b"? [a, b]\n: c\n", f"{P}:3", "plain text"),
    ("yaml-tab-indent", P, HEAD + b"authors:\n\t- A\n", f"{P}:4", "invalid YAML"),
    ("not-utf8", P, HEAD + b"summary: caf\xe9\n", f"{P}:3", "not UTF-8"),
    ("empty-file", P, b"", f"{P}:1", "empty"),
    ("a-list", P, b"- key: bad\n", f"{P}:1", "found a list"),
    ("a-scalar", P, b"just text\n", f"{P}:1", "found a single value"),
    ("missing-title", P, b"key: bad\nyear: 2019\n", f"{P}:1", "title: required field"),
    ("unknown-field", P, HEAD + b"yaer: 2019\n", f"{P}:3", "yaer: unknown field"),
    ("bad-key", P, b"key: Bad Key\ntitle: T\n", f"{P}:1", "key: must be lower-case"),
    ("key-not-file-name", "data/papers/other.yml", HEAD, "data/papers/other.yml:1", "file"),
    ("year-range", P, HEAD + b"year: 1066\n", f"{P}:3", "greater than or equal to 1900"),
    ("year-text", P, HEAD + b"year: twenty\n", f"{P}:3", "year"),
    ("authors-not-list", P, HEAD + b"authors: A and B\n", f"{P}:3", "authors"),
    ("empty-title", P, b"key: bad\ntitle: ''\n", f"{P}:2", "title"),
    ("bad-date", P, HEAD + b"added: 2020-13-45\n", f"{P}:3", "added"),
    ("ftp-url", P, HEAD + b"links:\n- kind: pdf\n  url: ftp://a.org/x\n", f"{P}:5", "URL"),
    ("url-space", P, HEAD + b"links:\n- kind: pdf\n  url: https://a.org/x y\n", f"{P}:5", "URL"),
    ("link-kind", P, HEAD + b"links:\n- kind: tweet\n  url: https://a.org/\n", f"{P}:4", "kind"),
    ("arxiv-version", P, HEAD + b"identifiers:\n  arxiv: 1503.02531v2\n", f"{P}:4", "arXiv id"),
    ("doi-upper", P, HEAD + b"identifiers:\n  doi: 10.1109/CVPR.1\n", f"{P}:4", "lower-case"),
    ("doi-url", P, HEAD + b"identifiers:\n  doi: https://doi.org/10.1/x\n", f"{P}:4", "DOI"),
    ("unknown-category", P, HEAD + b"categories: [nowhere]\n", f"{P}:3", "unknown category"),
    ("unknown-venue", P, HEAD + b"venue: nowhere\n", f"{P}:3", "unknown venue"),
    (
        "unknown-source",
        P,
        HEAD + b"sources:\n- source: nowhere\n  line: 1\n",
        f"{P}:4",
        "unknown source list",
    ),
    ("source-line-0", P, HEAD + b"sources:\n- source: seed-000\n  line: 0\n", f"{P}:5", "line"),
    (
        "code-without-paper",
        "data/code/bad.yml",
        b"key: bad\nurl: https://github.com/a/b\ntitle: T\npaper: nowhere\n",
        "data/code/bad.yml:4",
        "nowhere",
    ),
    (
        "unknown-parent",
        "data/categories/bad.yml",
        b"id: bad\ntitle: T\nparent: nowhere\n",
        "data/categories/bad.yml:3",
        "unknown parent",
    ),
    (
        "category-cycle",
        "data/categories/bad.yml",
        b"id: bad\ntitle: T\nparent: bad\n",
        "data/categories/bad.yml:3",
        "own ancestor",
    ),
    (
        "venue-kind",
        "data/venues/bad.yml",
        b"id: bad\nshort: B\nname: Bad\nkind: blog\n",
        "data/venues/bad.yml:4",
        "kind",
    ),
    (
        "decision-one-record",
        "data/decisions/bad.yml",
        b"id: bad\nverdict: same\nrecords: [a]\n",
        "data/decisions/bad.yml:3",
        "records",
    ),
    (
        "duplicate-record-key",
        "data/papers/zz-copy.yml",
        b"key: hinton2015distilling\ntitle: T\n",
        "data/papers/zz-copy.yml:1",
        "already used",
    ),
    # --- accepted by `check` before issue 15 -------------------------------------------------
    (
        "issue-15-doi-injection",
        P,
        HEAD + b"identifiers:\n  doi: 10.1234/a},note={\\input{/etc/hostname}\n",
        f"{P}:4",
        "DOI",
    ),
    ("issue-15-doi-brace", P, HEAD + b"identifiers:\n  doi: 10.1234/b}\n", f"{P}:4", "DOI"),
    (
        "issue-15-doi-backslash",
        P,
        HEAD + b"identifiers:\n  doi: 10.1234/a\\b\n",
        f"{P}:4",
        "DOI",
    ),
    (
        "issue-15-url-brackets-in-host",
        P,
        HEAD + b"links:\n- kind: arxiv\n  url: https://arxiv.org[]/abs/1503.02531\n",
        f"{P}:5",
        "host",
    ),
    (
        "issue-15-url-user-part",
        P,
        HEAD + b"links:\n- kind: paper\n  url: https://arxiv.org@evil.example/\n",
        f"{P}:5",
        "host",
    ),
    (
        "issue-15-url-backslash",
        P,
        HEAD + b"links:\n- kind: paper\n  url: https://evil.example\\@arxiv.org/\n",
        f"{P}:5",
        "host",
    ),
    ("issue-15-title-esc", P, b'key: bad\ntitle: "A \\e[31m title"\n', f"{P}:2", "U+001B"),
    ("issue-15-title-bel", P, b'key: bad\ntitle: "A \\a title"\n', f"{P}:2", "U+0007"),
    (
        "issue-15-title-rlo",
        P,
        "key: bad\ntitle: A \u202etitle\n".encode(),
        f"{P}:2",
        "RIGHT-TO-LEFT OVERRIDE",
    ),
    (
        "issue-15-author-c1",
        P,
        HEAD + b'authors:\n- "Ann \\x9b Author"\n',
        f"{P}:4",
        "U+009B",
    ),
    (
        "issue-15-url-rlo",
        P,
        HEAD + "links:\n- kind: paper\n  url: https://a.org/\u202ex\n".encode(),
        f"{P}:5",
        "U+202E",
    ),
    (
        "issue-15-summary-isolate",
        P,
        HEAD + "summary: x \u2066y\u2069\n".encode(),
        f"{P}:3",
        "U+2066",
    ),
    (
        "issue-15-source-file-outside",
        "data/sources/bad.yml",
        b"id: bad\nfile: ../../../etc/passwd\ntitle: T\nformat: generic\n",
        "data/sources/bad.yml:2",
        "file name",
    ),
    (
        "issue-15-arxiv-month-13",
        P,
        HEAD + b"identifiers:\n  arxiv: '1513.02531'\n",
        f"{P}:4",
        "arXiv id",
    ),
]


@pytest.mark.parametrize(
    ("path", "content", "where", "words"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_check_names_the_file_and_line(
    cli: Cli,
    project,
    path: str,
    content: bytes,
    where: str,
    words: str,
) -> None:
    target = project / path
    target.write_bytes(content)
    ran = cli("check")
    assert ran.code == 1, ran.err
    assert "Traceback" not in ran.err
    lines = [line for line in ran.err.splitlines() if line.startswith(where + ":")]
    assert lines, ran.err
    assert any(words in line for line in lines), ran.err


def test_the_table_covers_thirty_kinds_that_held_before() -> None:
    assert len([c for c in CASES if not c[0].startswith("issue-15")]) >= 30
