# ruff: noqa: E501  (list lines are as long as lists write them)
"""The safety net for runs of units the structured reading skipped although they name works
(``_rescue_units``): sections of paragraphs, references, link-less paper lines and HTML items in
variants no rule of the walk reads, and the runs that must stay skipped (prose with a link,
contributors, sponsors, a citation, badges). Written here with invented names and addresses;
the reading tests fail before the net."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


def _titles(result: ImportResult) -> list[str | None]:
    return [e.entry.title for e in result.entries]


def _urls(result: ImportResult) -> list[list[str]]:
    return [[x.url for x in e.entry.links] for e in result.entries]


TOOLS = """\
# Awesome Gadgets

## Werkzeuge

**[Fjordlet](https://fjordlet.example.org/)** (frei) ist ein kleines Werkzeug, mit dem man Dateien verschlüsselt und teilt, ohne Konto.

**[Marzipan Vault](https://marzipan.example.com/)** (proprietär) ist ein Passwortspeicher für Familien, mit Synchronisierung zwischen Geräten.

**[Quillbox](https://github.com/quill/quillbox)** (Open Source) ist ein Notizbuch, das alles lokal speichert und auf Wunsch verschlüsselt.

**[Tessellate](https://tessellate.example.net/)** ist eine Kartenanwendung ohne Tracking, die offline funktioniert.
"""


def test_named_tool_paragraphs_are_works() -> None:
    result = _read(TOOLS)
    assert _titles(result) == ["Fjordlet", "Marzipan Vault", "Quillbox", "Tessellate"]
    assert _urls(result)[2] == ["https://github.com/quill/quillbox"]


REFERENCES = """\
# Awesome Widget Depth

## Referenzen

(1) Okafor, Lindqvist, Learning to Fold Gadgets from Sparse Views, ICCV 2019, [Projekt](https://okafor.example.edu/fold/)

(2) Brandt et al., Sprocket Fields for Monocular Widget Estimation, CVPR 2021, [Web](https://brandt.example.org/sprocket)

(3) Moreau, Tanaka, Self-Supervised Widget Depth without Labels, ECCV 2020, [Code](https://github.com/moreau/widget-depth)

(4) Ilves et al., A Survey of Gadget Reconstruction, TPAMI 2022, [PDF](https://ilves.example.org/survey.pdf)

(5) See [this page](https://example.org/more) for more widget data sets

## 论文

【1】 Zhang et al, 稀疏视角下的部件重建, NeurIPS 2020, [主页](https://zhang.example.cn/recon)

【2】 Li et al, 单目小部件深度估计, AAAI 2021, [代码](https://github.com/lixx/depth)

【3】 Wang et al, 自监督部件分割方法, ICLR 2022, [主页](https://wang.example.cn/seg)
"""


def test_numbered_references_are_works() -> None:
    result = _read(REFERENCES)
    lines = [e.entry.line for e in result.entries]
    assert lines == [5, 7, 9, 11, 17, 19, 21]  # the note (5) stays skipped
    urls = _urls(result)
    assert urls[1] == ["https://brandt.example.org/sprocket"]
    assert urls[4] == ["https://zhang.example.cn/recon"]
    assert all(e.entry.year for e in result.entries)
    assert any(s.line == 13 for s in result.skipped)


PAPER_LINES = """\
# Awesome Gadget Embeddings

## Papers

Arxiv 19 Widget Embeddings for Sparse Gadget Graphs

KDD 20 Learning Sprocket Representations at Scale

WWW 21 Cogwheel2Vec: Embedding Gadgets in Hyperbolic Space

SIGIR 22 Neural Widget Retrieval with Contrastive Sprockets
"""


def test_linkless_venue_year_paragraphs_are_works() -> None:
    result = _read(PAPER_LINES)
    assert _titles(result) == [
        "Widget Embeddings for Sparse Gadget Graphs",
        "Learning Sprocket Representations at Scale",
        "Cogwheel2Vec: Embedding Gadgets in Hyperbolic Space",
        "Neural Widget Retrieval with Contrastive Sprockets",
    ]
    assert [e.entry.year for e in result.entries] == [2019, 2020, 2021, 2022]


TRAILING_VENUES = """\
# Awesome Gadget Embeddings

## Graphs

Widget2Vec: Embedding Gadget Graphs at Scale — NeurIPS'21

      https://github.com/w2v/widget2vec

Sprocket Walks for Node Representations — KDD'19

      https://github.com/sw/sprocket-walks

      https://sw.example.org/

Hyperbolic Cogwheel Embeddings — ICML'20

      https://github.com/hc/cogwheel

Gear Attention Networks — ICLR'18
"""


def test_paper_lines_with_addresses_indented_as_code_are_works() -> None:
    result = _read(TRAILING_VENUES)
    assert _titles(result) == [
        "Widget2Vec: Embedding Gadget Graphs at Scale",
        "Sprocket Walks for Node Representations",
        "Hyperbolic Cogwheel Embeddings",
        "Gear Attention Networks",
    ]
    assert _urls(result) == [
        ["https://github.com/w2v/widget2vec"],
        ["https://github.com/sw/sprocket-walks", "https://sw.example.org/"],
        ["https://github.com/hc/cogwheel"],
        [],
    ]
    assert [e.entry.year for e in result.entries] == [2021, 2019, 2020, 2018]
    assert not result.skipped


NOTES_BETWEEN = """\
# Awesome Gadget Embeddings

## Heterogene Netze

   Merkmale: mehrere Arten von Knoten und Kanten

KDD 15 Widget Text Embedding through Gadget Networks

Viele der Arbeiten hier bauen aufeinander auf.

KDD 17 sprocket2vec: Scalable Representation Learning for Sprocket Networks

   https://github.com/s2v/sprocket2vec

TKDE 18 Cogwheel Network Embedding for Recommendation

   https://cog.example.org/

   https://github.com/cog/cogwheel-ne
"""


def test_paper_lines_among_notes_with_address_paragraphs_are_works() -> None:
    result = _read(NOTES_BETWEEN)
    assert [e.entry.line for e in result.entries] == [7, 11, 15]
    assert _urls(result) == [
        [],
        ["https://github.com/s2v/sprocket2vec"],
        ["https://cog.example.org/", "https://github.com/cog/cogwheel-ne"],
    ]
    assert [s.line for s in result.skipped] == [5, 9]  # the notes stay skipped


HTML_ITEMS = """\
# Awesome Gadget Rendering

## Liste

<ul>
<li>
  <a href="https://example.org/fold">
    Folding Widgets with Neural Sprockets
  </a>
  (CVPR 2023)
</li>

<li>
  <a href="https://example.org/gear">
    Gear Splatting for Real-time Gadget Rendering
  </a>
  (ECCV 2024)
</li>

<li>
  <a href="https://example.org/cog">
    Compact Cogwheel Fields for Gadget Scenes
  </a>
  (3DV 2024)
</li>
</ul>
"""


def test_html_list_cut_by_blank_lines_is_works() -> None:
    result = _read(HTML_ITEMS)
    assert _titles(result) == [
        "Folding Widgets with Neural Sprockets",
        "Gear Splatting for Real-time Gadget Rendering",
        "Compact Cogwheel Fields for Gadget Scenes",
    ]
    assert _urls(result)[2] == ["https://example.org/cog"]


DEFINITIONS = """\
# Awesome Gadgets

## Werkzeuge

<dl>
<dt><a href="https://fjordlet.example.org/">Fjordlet</a></dt>
<dd>Ein kleines Werkzeug zum Verschlüsseln.</dd>

<dt><a href="https://marzipan.example.com/">Marzipan Vault</a></dt>
<dd>Ein Passwortspeicher für Familien.</dd>

<dt><a href="https://github.com/quill/quillbox">Quillbox</a></dt>
<dd>Ein Notizbuch, das alles lokal speichert.</dd>
</dl>
"""


def test_html_definition_list_cut_by_blank_lines_is_works() -> None:
    result = _read(DEFINITIONS)
    assert _titles(result) == ["Fjordlet", "Marzipan Vault", "Quillbox"]
    assert _urls(result)[1] == ["https://marzipan.example.com/"]


# --- guards: runs that stay skipped ---------------------------------------------------------------

GUARDS = """\
# Awesome Gadgets

## Background

The field grew out of work on sprockets; a good start is the [history page](https://example.org/history) of the society.

Most gadgets today are built with the [Widget Toolkit](https://example.org/toolkit), though others exist.

For a longer view, read the [annual report](https://example.org/report) and the notes below it.

## Contributors

[Ann Lee](https://github.com/annlee) wrote the first version of this list.

[Bo Chan](https://github.com/bochan) added the rendering section.

[Cy Park](https://github.com/cypark) keeps the links up to date.

## Sponsors

**[Acme Gadgets](https://acme.example.com)** hosts the list's pages and pays for its domain.

**[Sprocket Inc](https://sprocket.example.com)** gave the first grant that started this list.

**[Cog Labs](https://cog.example.com)** lends the machines the link checker runs on.

## Citation

If this list helps your work, please cite [our survey](https://example.org/survey), published at CVPR 2024.

[1] Lee et al, The Gadget Survey, CVPR 2024, [Web](https://example.org/survey)

You may also star the repository on [GitHub](https://github.com/annlee/awesome-gadgets).

## Status

| [![Build](https://img.shields.io/badge/build-passing-green)](https://ci.example.org) | [![Stars](https://img.shields.io/github/stars/annlee/awesome-gadgets)](https://github.com/annlee/awesome-gadgets) |
|---|---|
| [![Docs](https://img.shields.io/badge/docs-latest-blue)](https://docs.example.org) | [![Chat](https://img.shields.io/badge/chat-join-blue)](https://chat.example.org) |
| [![Licence](https://img.shields.io/badge/licence-MIT-blue)](https://example.org/licence) | [![PyPI](https://img.shields.io/badge/pypi-1.0-blue)](https://pypi.org/project/gadgets) |
| [![DOI](https://img.shields.io/badge/doi-zenodo-blue)](https://zenodo.example.org) | [![Twitter](https://img.shields.io/badge/twitter-follow-blue)](https://twitter.com/gadgets) |
"""


def test_prose_contributors_sponsors_citation_badges_stay_skipped() -> None:
    result = _read(GUARDS)
    assert _titles(result) == []
