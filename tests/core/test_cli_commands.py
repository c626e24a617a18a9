"""Commands import only what they use: the table of commands, and what a run loads."""

from __future__ import annotations

import json
from pathlib import Path

from catalogue.cli import COMMANDS, import_all, main

from ..processes import python

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("pydantic", "yaml", "jinja2", "requests", "mkdocs", "pylatexenc", "ftfy")


def test_the_table_names_every_command_with_its_module_and_help() -> None:
    import_all()
    found = {
        name: (command.callback.__module__.rpartition(".")[2], (command.help or "").split("\n")[0])
        for name, command in main.commands.items()
        if command.callback is not None
    }
    assert found == COMMANDS


def modules_after(*args: str, cwd: Path | None = None) -> set[str]:
    """The modules a fresh process has loaded after running the command line with ``args``."""
    code = (
        "import json, sys\n"
        "from catalogue.cli import run\n"
        "code = run(sys.argv[1:])\n"
        "print(json.dumps(sorted(sys.modules)), file=sys.__stderr__)\n"
        "sys.exit(code)\n"
    )
    done = python("-c", code, *args, cwd=cwd)
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stderr.strip().splitlines()[-1]))


def test_help_imports_no_command_and_no_library_beyond_click() -> None:
    loaded = modules_after("--help")
    commands = {m for m in loaded if m.startswith("catalogue.cli.")}
    assert commands == {"catalogue.cli.context"}
    assert not [m for m in loaded if m.split(".")[0] in HEAVY]


def test_a_command_imports_its_own_module_only() -> None:
    loaded = modules_after("export", "--help")
    commands = {m for m in loaded if m.startswith("catalogue.cli.")}
    assert commands == {"catalogue.cli.context", "catalogue.cli.export"}
    assert "requests" not in loaded and "mkdocs" not in loaded


def test_a_warm_check_imports_no_text_fixer_no_network_and_no_renderer(tmp_path: Path) -> None:
    papers = tmp_path / "data/papers"
    papers.mkdir(parents=True)
    for key, title in (("a2020one", "Caf\u00c3\u00a9 Students"), ("b2021two", "Two Teachers")):
        (papers / f"{key}.yml").write_text(
            f"key: {key}\ntitle: {title}\nauthors:\n- Ann Author\nyear: 2020\n", "utf-8"
        )
    cold = modules_after("check", cwd=tmp_path)
    assert "ftfy" in cold  # the titles' keys are made once (mojibake folded) ...
    warm = modules_after("check", cwd=tmp_path)
    assert "pydantic" in warm and "yaml" in warm
    # ... and kept: the next check needs no ftfy, and no check needs the network or a renderer.
    assert not [m for m in warm if m.split(".")[0] in set(HEAVY) - {"pydantic", "yaml"}]
