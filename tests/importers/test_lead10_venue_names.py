# ruff: noqa: E501  (list lines are as long as lists write them)
"""A venue named by an ordinary word (``Science``, ``Nature``, ``Cell``) that another capitalised
word follows starts a longer name the lexicon may not know (``Science China Information
Sciences``, ``Nature Methods``, ``Cell Reports``): that longer journal is no ``Science``."""

from __future__ import annotations

from catalogue.ingest.importers import parse_file

LIST = """# Widget Papers

- [A. Lee, B. Chan, and C. Diaz, "Widget detection with focused attention," Chinese Science Bulletin, vol. 56, pp. 1055-1062, 2011.](https://example.org/widget-detection.pdf)
- [D. Evans and E. Fox, "Gadget folding made accessible," Nature Methods, vol. 19, pp. 679-682, 2022.](https://example.org/gadget-folding)
- [G. Hill and H. Ito, "Sprocket signals in living cells," Cell Reports, vol. 3, pp. 1-12, 2019.](https://example.org/sprocket-signals)
- [J. Kim and K. Lum, "Widget origins revisited," Science, vol. 368, pp. 10-15, 2020.](https://example.org/widget-origins)
- [M. Ng and N. Ortiz, "Gadget atlas of everything," Nature, vol. 590, pp. 1-9, 2021.](https://example.org/gadget-atlas)
"""


def test_longer_journal_names_are_not_their_first_word(tmp_path):
    path = tmp_path / "widgets.md"
    path.write_text(LIST, encoding="utf-8")
    venues = [item.entry.venue for item in parse_file(path, "auto", "widgets").entries]
    assert venues[0] != "Science"
    assert venues[1] != "Nature"
    assert venues[2] != "Cell"
    assert venues[3:] == ["Science", "Nature"]
