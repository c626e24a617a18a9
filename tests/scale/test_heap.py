"""The cyclic collector is paused while the command line loads records, and runs again after."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from catalogue.cli.context import Context
from catalogue.core import store
from catalogue.core.errors import DataError
from catalogue.incremental.collector import collector_paused

from .conftest import project


def test_loading_pauses_the_collector_and_restores_it_even_on_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The policy is the command line's (and ``build``'s): the library's ``load`` leaves the
    collector as it finds it."""
    root = project(tmp_path, 5) / "data"
    seen: list[bool] = []
    real = store._read_record

    def watching(*args: object, **kwargs: object) -> object:
        seen.append(gc.isenabled())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(store, "_read_record", watching)
    assert gc.isenabled()
    gc.unfreeze()
    store.load(root)
    assert seen and all(seen) and gc.get_freeze_count() == 0
    seen.clear()
    context = Context(data_dir=root, cache=False)
    catalogue = context.load()
    assert seen and not any(seen) and gc.isenabled()
    # The loaded records are left out of later passes of the collector
    # (see collector.freeze_live_objects).
    assert gc.get_freeze_count() > 0 and gc.is_tracked(next(iter(catalogue.papers.values())))
    next((root / "papers").iterdir()).write_text("key: [unclosed\n", "utf-8")
    with pytest.raises(DataError):
        context.load()
    assert gc.isenabled()


def test_a_nested_pause_leaves_the_outer_one_in_charge() -> None:
    with collector_paused():
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
