"""Writing outputs touches only files whose bytes change, including changes that keep the size."""

from __future__ import annotations

from pathlib import Path

from catalogue.outputs.files import OutputFile, stale, write


def test_only_changed_files_are_written(tmp_path: Path) -> None:
    outputs = [
        OutputFile(Path("bib/a.bib"), b"@misc{a,\n}\n"),
        OutputFile(Path("bib/b.bib"), "Ünï\n".encode()),
    ]
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


def test_leftovers_that_no_output_claims_are_stale_and_deleted(tmp_path: Path) -> None:
    outputs = [OutputFile(Path("bib/all.bib"), b"all\n")]
    (tmp_path / "bib/by-category").mkdir(parents=True)
    (tmp_path / "bib/by-category/gone.bib").write_text("old\n")
    (tmp_path / "bib/notes.txt").write_text("not an output\n")
    leftovers = ("bib/**/*.bib",)
    assert stale(tmp_path, outputs) == [Path("bib/all.bib")]
    assert stale(tmp_path, outputs, leftovers) == [
        Path("bib/all.bib"),
        Path("bib/by-category/gone.bib"),
    ]
    assert write(tmp_path, outputs, leftovers)[-1] == Path("bib/by-category/gone.bib")
    assert not (tmp_path / "bib/by-category/gone.bib").exists()
    assert (tmp_path / "bib/notes.txt").is_file() and stale(tmp_path, outputs, leftovers) == []
