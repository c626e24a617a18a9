"""The importer against the labelled corpus (tests/importers/corpus/): entry recall of at least
99%, no junk records, and every field right in at least 97% of the entries found. Prints the
table, and every miss when it fails. Shared lists that are absent here are skipped by the scorer
(with a note in the table); our own lists are always scored."""

from __future__ import annotations

import pytest

from .corpus.score import score_corpus


def test_the_importer_meets_the_corpus_goals(capsys: pytest.CaptureFixture[str]) -> None:
    report = score_corpus()
    with capsys.disabled():
        print("\n" + report.table())
    assert report.total.labelled > 0, "no labelled entries were scored"
    assert report.passed, "under the goals:\n" + report.table(verbose=True)
