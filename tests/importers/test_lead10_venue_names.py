# ruff: noqa: E501  (list lines are as long as lists write them)
"""A venue named by an ordinary word (``Science``, ``Nature``) that a journal's second word
follows (``Science Advances``, ``Chinese Science Bulletin``, ``Nature Methods``) is a longer
journal the lexicon may not know: that journal, as written, not ``Science``. A name or a year
after the word leaves it the venue it is (``Nature Ann Lee 2019``, ``Science 2017 Lee et al.``)."""

from __future__ import annotations

from catalogue.ingest.importers import parse_file

LIST = """# Widget Papers

- [A. Lee, B. Chan, and C. Diaz, "Widget detection with focused attention," Chinese Science Bulletin, vol. 56, pp. 1055-1062, 2011.](https://example.org/widget-detection.pdf)
- [D. Evans and E. Fox, "Gadget folding made accessible," Nature Methods, vol. 19, pp. 679-682, 2022.](https://example.org/gadget-folding)
- [J. Kim and K. Lum, "Widget origins revisited," Science, vol. 368, pp. 10-15, 2020.](https://example.org/widget-origins)
- [M. Ng and N. Ortiz, "Gadget atlas of everything," Nature, vol. 590, pp. 1-9, 2021.](https://example.org/gadget-atlas)
- [Gadget folding in soils](https://doi.org/10.1000/abc2). Science Advances 2020.
- [Deep sprockets](https://doi.org/10.1000/abc5), Science 2017 Lee et al.
- [Widget census](https://doi.org/10.1000/abc8) - Nature Ann Lee 2019
- [Sprocket review](https://doi.org/10.1000/abc9) - Nature Reviews Drug Discovery, 2021
"""


def test_longer_journal_names_are_not_their_first_word(tmp_path):
    path = tmp_path / "widgets.md"
    path.write_text(LIST, encoding="utf-8")
    read = [(i.entry.venue, i.entry.year) for i in parse_file(path, "auto", "widgets").entries]
    assert read == [
        ("Chinese Science Bulletin", 2011),
        ("Nature Methods", 2022),
        ("Science", 2020),
        ("Nature", 2021),
        ("Science Advances", 2020),
        ("Science", 2017),
        ("Nature", 2019),
        ("Nature Reviews Drug Discovery", 2021),
    ]
