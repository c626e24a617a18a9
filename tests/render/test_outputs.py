"""Writing outputs touches only files whose bytes change, including changes that keep the size."""

from __future__ import annotations

from pathlib import Path

from catalogue.outputs.files import Output, stale, write


def test_only_changed_files_are_written(tmp_path: Path) -> None:
    outputs = [Output(Path("bib/a.bib"), "@misc{a,\n}\n"), Output(Path("bib/b.bib"), "Ünï\n")]
    assert write(tmp_path, outputs) == [Path("bib/a.bib"), Path("bib/b.bib")]
    assert (tmp_path / "bib/b.bib").read_bytes() == "Ünï\n".encode()
    assert write(tmp_path, outputs) == [] and stale(tmp_path, outputs) == []
    # Same size, other bytes: still stale, and written back.
    (tmp_path / "bib/a.bib").write_text("@misc{b,\n}\n")
    (tmp_path / "bib/b.bib").write_bytes(b"Unix\n\n")  # as long as the encoded text
    assert stale(tmp_path, outputs) == [Path("bib/a.bib"), Path("bib/b.bib")]
    assert write(tmp_path, outputs) == [Path("bib/a.bib"), Path("bib/b.bib")]
    assert (tmp_path / "bib/a.bib").read_text() == "@misc{a,\n}\n"
    # Another size: stale without a doubt.
    (tmp_path / "bib/a.bib").write_text("@misc{a,\n}\n\n")
    assert stale(tmp_path, outputs) == [Path("bib/a.bib")]
