"""Table-driven tests of the shared pieces: links, names, venues, titles, meta, lines."""

from __future__ import annotations

import pytest

from catalogue.core.models import LinkKind
from catalogue.ingest.importers._links import classify
from catalogue.ingest.importers._markdown import bullet, find_links, setext_level, split_lines
from catalogue.ingest.importers._meta import parse_meta
from catalogue.ingest.importers._text import clean_title, split_authors, split_trailing_venue

# fmt: off
LINKS = [
    ("[Title](https://a.org/x)", [("Title", "https://a.org/x")]),
    ("[[paper]](https://a.org/x) [[code]](https://github.com/a/b)",
     [("[paper]", "https://a.org/x"), ("[code]", "https://github.com/a/b")]),
    ("[[[arXiv paper]](https://arxiv.org/abs/2108.09987)",
     [("[arXiv paper]", "https://arxiv.org/abs/2108.09987")]),
    ("[W](https://en.wikipedia.org/wiki/A_(b)) tail", [("W", "https://en.wikipedia.org/wiki/A_(b)")]),
    ('[T](<https://a.org/x y> "title")', [("T", "https://a.org/x y")]),
    ("no link [here] (https://a.org)", []),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), LINKS)
def test_find_links(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(link.label, link.url) for link in find_links(text)] == expected


AUTHORS = [
    ("A. Blum, T. Mitchell", ["A. Blum", "T. Mitchell"]),
    ("Xiaogang Wang and Xiaoou Tang", ["Xiaogang Wang", "Xiaoou Tang"]),
    ("Ying Zhang, Tao Xiang, Huchuan Lu.", ["Ying Zhang", "Tao Xiang", "Huchuan Lu"]),
    ("George E. Dahl and Geoffrey E. Hinton.", ["George E. Dahl", "Geoffrey E. Hinton"]),
    ("Jiasen Lu1, Anitha Kannan", ["Jiasen Lu", "Anitha Kannan"]),
    ("Lin Wang & Kuk-Jin Yoon", ["Lin Wang", "Kuk-Jin Yoon"]),
    ("Touvron et al.", ["Touvron"]),
    ("Ping Luo,  Zhenyao Zhu", ["Ping Luo", "Zhenyao Zhu"]),
    ("Quoc V. Le, Jeff Dean, Andrew Y.", ["Quoc V. Le", "Jeff Dean", "Andrew Y."]),
    ("Rafael MÃ¼ller", ["Rafael Müller"]),
]


@pytest.mark.parametrize(("text", "expected"), AUTHORS)
def test_split_authors(text: str, expected: list[str]) -> None:
    assert split_authors(text) == expected


VENUES = [
    ("Knowledge Distillation A Survey IJCV 2021",
     ("Knowledge Distillation A Survey", "IJCV", 2021)),
    ("Visual Intelligence IEEE TPAMI 2022", ("Visual Intelligence", "IEEE TPAMI", 2022)),
    ("Medical Image Segmentation 2022 JMI", ("Medical Image Segmentation", "JMI", 2022)),
    ("Process via Meta Optimization arXiv", ("Process via Meta Optimization", "arXiv", None)),
    ("Robust Semantic Segmentation IEEE Access 2021",
     ("Robust Semantic Segmentation", "IEEE Access", 2021)),
    ("Learning Deep Nets Optimization", ("Learning Deep Nets Optimization", None, None)),
    ("Distilling the Knowledge NIPSW 2014", ("Distilling the Knowledge", "NIPSW", 2014)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), VENUES)
def test_split_trailing_venue(text: str, expected: tuple[str, str | None, int | None]) -> None:
    title, venue, year, _ = split_trailing_venue(text)
    assert (title, venue, year) == expected


KINDS = [
    ("https://arxiv.org/pdf/1503.02531.pdf", "Title", LinkKind.PAPER, LinkKind.ARXIV),
    ("https://a.org/paper.pdf", "Title", LinkKind.PAPER, LinkKind.PDF),
    ("https://doi.org/10.1/x", None, LinkKind.PAPER, LinkKind.DOI),
    ("https://github.com/x/y", "Paper on GitHub", LinkKind.PAPER, LinkKind.PAPER),
    ("https://www.youtube.com/watch?v=1", "Dark knowledge", LinkKind.VIDEO, LinkKind.VIDEO),
    ("https://github.com/a/b", "Contrastive Representation Distillation", LinkKind.CODE,
     LinkKind.CODE),
    ("https://github.com/d/deeplearning-papernotes/x.md", "deeplearning-papernotes", None,
     LinkKind.NOTES),
    ("https://github.com/megvii/mdistiller", "paper", None, LinkKind.PAPER),
    ("http://tiny.cc/4iy0tz", "code2", None, LinkKind.CODE),
    ("https://a.org/x", "PyTorch code", None, LinkKind.CODE),
    ("https://a.org/x", "slides", None, LinkKind.SLIDES),
    ("https://arxiv.org/abs/2104.09044", "arXiv paper", None, LinkKind.ARXIV),
    ("https://a.org/x", "Representation", None, LinkKind.OTHER),
    ("https://github.com/a/b", None, None, LinkKind.CODE),
]  # fmt: skip


@pytest.mark.parametrize(("url", "label", "role", "expected"), KINDS)
def test_classify(url: str, label: str | None, role: LinkKind | None, expected: LinkKind) -> None:
    assert classify(url, label, role) is expected


TITLES = [
    ("Plain  title ", ("Plain title", None)),
    ("The landscapeâ€™s curvature", ("The landscape’s curvature", "The landscapeâ€™s curvature")),
    ("The teacher’s “view”", ("The teacher’s “view”", None)),
    ("DεpS: Delayed ε-Shrinking", ("DεpS: Delayed ε-Shrinking", None)),
    ("   ", (None, None)),
]


@pytest.mark.parametrize(("raw", "expected"), TITLES)
def test_clean_title_repairs_mojibake_and_keeps_the_original(
    raw: str, expected: tuple[str | None, str | None]
) -> None:
    assert clean_title(raw) == expected


META = [
    (" - Geoffrey Hinton, Oriol Vinyals, NeurIPS 2015",
     ("Geoffrey Hinton, Oriol Vinyals", "NeurIPS", 2015, None)),
    (" Wonpyo Park, Minsu Cho (CVPR 2019) ", ("Wonpyo Park, Minsu Cho", "CVPR", 2019, None)),
    ("Lei Jimmy Ba, Rich Caruana. In NIPS, 2014.",
     ("Lei Jimmy Ba, Rich Caruana", "NIPS", 2014, None)),
    (" by *Sergey Zagoruyko* and *Nikos Komodakis*, **ICLR 2017**",
     ("Sergey Zagoruyko and Nikos Komodakis", "ICLR", 2017, None)),
    (" - A Python package for compression research.",
     (None, None, None, "A Python package for compression research.")),
    ("", (None, None, None, None)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), META)
def test_parse_meta(text: str, expected: tuple[object, ...]) -> None:
    meta = parse_meta(text)
    assert (meta.authors_text, meta.venue, meta.year, meta.rest) == expected


def test_split_lines_counts_only_newlines() -> None:
    # A form feed or a Unicode line separator inside a line must not shift later line numbers.
    assert split_lines("a\r\nb\x0cc\u2028d\ne\n") == ["a", "b\x0cc\u2028d", "e"]
    assert split_lines("a\n\n") == ["a", ""]
    assert split_lines("") == []


def test_setext_underline_needs_text_above_it() -> None:
    assert setext_level("=====", "Title") == 1
    assert setext_level("-----", "Section") == 2
    assert setext_level("-----", "") is None
    assert setext_level("-----", "- a bullet") is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- [a](b)", (0, "-", "[a](b)")),
        ("  * item  ", (2, "*", "item")),
        ("12. numbered", (0, "12.", "numbered")),
        ("***", None),
        ("-no space", None),
    ],
)
def test_bullet(line: str, expected: tuple[int, str, str] | None) -> None:
    found = bullet(line)
    assert (None if found is None else (found.indent, found.marker, found.content)) == expected
