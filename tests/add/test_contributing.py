"""CONTRIBUTING.md stays true: its template record is valid, its commands exist."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import click

from catalogue.cli import main
from catalogue.core import store
from catalogue.core.models import Paper
from catalogue.core.yamlio import parse

REPO = Path(__file__).resolve().parents[2]
TEXT = (REPO / "CONTRIBUTING.md").read_text(encoding="utf-8")


def test_the_template_record_is_valid_and_fits_the_catalogue() -> None:
    block = TEXT.split("<!-- template:", 1)[1].split("```yaml\n", 1)[1].split("```", 1)[0]
    assert block.startswith(store.modeline(store.PAPERS))
    paper = Paper.model_validate(parse(block.encode(), "CONTRIBUTING.md").data)
    catalogue = store.load(REPO / "data")
    assert paper.venue in catalogue.venues
    assert set(paper.categories) <= set(catalogue.categories)
    assert {link.kind for link in paper.links} >= {"arxiv", "code"}


def test_every_command_it_shows_exists_with_its_options() -> None:
    calls = re.findall(r"\.venv/bin/catalogue ([^\n`#]+)", TEXT)
    calls += re.findall(r"`catalogue ([a-z]+(?: [^`]*)?)`", TEXT)
    assert len(calls) >= 10
    seen = set()
    for call in calls:
        words = shlex.split(call.split("&&")[0])
        command = main.get_command(click.Context(main), words[0])
        assert isinstance(command, click.Command), f"no command `catalogue {words[0]}`"
        options = {opt for param in command.params for opt in param.opts}
        for word in words[1:]:
            if word.startswith("--"):
                assert word.split("=")[0] in options, f"`catalogue {words[0]}` has no {word}"
        seen.add(words[0])
    assert {"add", "check", "render", "build", "import", "fmt", "links", "schema"} <= seen
