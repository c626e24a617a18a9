"""What `add` accepts as an identifier, and how it reads its settings file."""

from __future__ import annotations

from pathlib import Path

import pytest

from catalogue.core.errors import DataError, UsageError
from catalogue.lookup.config import load_settings
from catalogue.lookup.ids import PaperId, parse_paper_id

from .conftest import AddRunner, settings_text


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("1503.02531", PaperId("arxiv", "1503.02531")),
        ("1503.02531v3", PaperId("arxiv", "1503.02531")),
        ("arXiv:2104.09044", PaperId("arxiv", "2104.09044")),
        (" https://arxiv.org/abs/1503.02531v1 ", PaperId("arxiv", "1503.02531")),
        ("https://arxiv.org/pdf/1503.02531v2.pdf", PaperId("arxiv", "1503.02531")),
        ("http://export.arxiv.org/abs/1412.6550", PaperId("arxiv", "1412.6550")),
        ("hep-th/9901001", PaperId("arxiv", "hep-th/9901001")),
        ("https://arxiv.org/abs/math.GT/0309136v2", PaperId("arxiv", "math.GT/0309136")),
        ("10.48550/arXiv.1503.02531", PaperId("arxiv", "1503.02531")),
        ("https://doi.org/10.48550/arXiv.1503.02531", PaperId("arxiv", "1503.02531")),
        ("10.1109/CVPR.2019.00409", PaperId("doi", "10.1109/cvpr.2019.00409")),
        ("doi:10.1007/s11263-021-01453-z", PaperId("doi", "10.1007/s11263-021-01453-z")),
        ("https://dx.doi.org/10.1109/CVPR.2019.00409", PaperId("doi", "10.1109/cvpr.2019.00409")),
    ],
)
def test_identifier_forms(typed: str, expected: PaperId) -> None:
    assert parse_paper_id(typed) == expected


@pytest.mark.parametrize("typed", ["", "1503.0253x", "Distilling the Knowledge", "https://x.org/1"])
def test_unreadable_identifiers_are_usage_errors(typed: str) -> None:
    with pytest.raises(UsageError, match=r"cannot read .* as a paper identifier"):
        parse_paper_id(typed)


def test_environment_and_command_line_override_base_urls(tmp_path: Path) -> None:
    path = tmp_path / "catalogue.yml"
    path.write_text(settings_text("http://127.0.0.1:1"))
    env = {"CATALOGUE_ARXIV_URL": "http://env.test/q", "CATALOGUE_CONTACT": "me@example.net"}
    settings = load_settings(path, env, base_urls={"crossref": "http://cli.test"})
    assert settings.lookup.arxiv.base_url == "http://env.test/q"
    assert settings.lookup.crossref.base_url == "http://cli.test"
    assert settings.user_agent().endswith("(mailto:me@example.net)")
    assert settings.lookup.arxiv.min_interval == 0.05  # the rest stays as the file says


def test_the_repository_settings_are_valid_and_polite() -> None:
    settings = load_settings(Path(__file__).resolve().parents[2] / "catalogue.yml", {})
    assert settings.lookup.arxiv.min_interval >= 3.0  # arXiv: one request per 3 s
    assert settings.lookup.arxiv.base_url.startswith("https://export.arxiv.org/")
    assert settings.lookup.crossref.base_url == "https://api.crossref.org"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "contact: a@b.org\nlookup:\n  arxiv:\n    base_url: http://x\n    min_interval: -1\n",
            ":5:5: error: lookup.arxiv.min_interval: Input should be greater than or equal to 0",
        ),
        (
            "contact: a@b.org\nlookup:\n  arxiv:\n    base_url: http://x\n    min_interval: 3\n"
            "    retrys: 2\n",
            ":6:5: error: lookup.arxiv.retrys: unknown field: remove it or check its spelling",
        ),
        ("contact: nobody\n", ":1:1: error: contact: String should match pattern"),
        ("lookup: {}\n", ":1:1: error: contact: required field is missing: add it"),
        ("contact: [a\n", ":2:1: error: invalid YAML"),
    ],
)
def test_bad_settings_are_located(tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "catalogue.yml"
    path.write_text(text)
    with pytest.raises(DataError) as caught:
        load_settings(path, {})
    assert f"{path}{expected}" in str(caught.value)


def test_missing_settings_file_is_a_usage_error(add: AddRunner, data: Path, config: Path) -> None:
    config.unlink()
    done = add("1503.02531")
    assert done.code == 2
    assert f"error: settings file {config} not found" in done.err
