# ruff: noqa: E501  (list lines are as long as lists write them)
"""Labelled runs of linked names each tagged like a work (``_tagged_runs``): under a person's or a
lab's item (``1. [Widget Lab @ Acme](homepage)``), or a plain group name, sub-bullets such as
``- Topic: [WidgetNet CVPR'21](u), [Gadget NeurIPS'22](u);`` name one work per link, titled by
the name without its tag; the person's line is no work. Written here with invented names and
addresses; the reading tests fail before the rule. The guards (a paper's labelled code line, a
tool's plug-ins without tags, a person's page over a line of links that are no works) read as
before."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


def _works(result: ImportResult) -> list[tuple[str | None, str | None, int | None, list[str]]]:
    return [
        (e.entry.title, e.entry.venue, e.entry.year, [x.url for x in e.entry.links])
        for e in result.entries
    ]


PEOPLE = """\
# Awesome Widgets

## People and labs
1. [Widget Vision Group @ Acme Research](https://widgetvision.example.org/)
   - Widget synthesis from sketches: [wid2wid NeurIPS'18](https://wid2wid.example.org/), [few-wid2wid NeurIPS'19](https://acme.example.org/few-wid2wid/);
   - Gadget relighting: [Glow SIGGRAPH Asia 2022](https://acme.example.org/labs/glow/);
2. [Ann Lee @ Example University](https://people.example.edu/~annlee/index.html):
   - Talking gadgets (focus on flow-based models): [Gadget-Talk CVPR'23](https://arxiv.org/abs/2301.01111), [3D-Gadget ECCV'22](https://arxiv.org/abs/2112.02222), [Sprocket-Net ICCV'21](https://github.com/annlee/sprocket-net);

## Papers
- [CVPR 2021] [A Long Title About Widget Detection](https://arxiv.org/abs/2104.03333), Example University, [Code](https://github.com/lee/widget-det)
"""


def test_people_over_tagged_runs_name_their_works() -> None:
    result = _read(PEOPLE)
    assert _works(result) == [
        ("wid2wid", "NeurIPS", 2018, ["https://wid2wid.example.org/"]),
        ("few-wid2wid", "NeurIPS", 2019, ["https://acme.example.org/few-wid2wid/"]),
        ("Glow", "SIGGRAPH", 2022, ["https://acme.example.org/labs/glow/"]),
        ("Gadget-Talk", "CVPR", 2023, ["https://arxiv.org/abs/2301.01111"]),
        ("3D-Gadget", "ECCV", 2022, ["https://arxiv.org/abs/2112.02222"]),
        ("Sprocket-Net", "ICCV", 2021, ["https://github.com/annlee/sprocket-net"]),
        (
            "A Long Title About Widget Detection",
            "CVPR",
            2021,
            ["https://arxiv.org/abs/2104.03333", "https://github.com/lee/widget-det"],
        ),
    ]
    skipped = {s.line for s in result.skipped}
    assert {4, 7} <= skipped  # the lab's and the person's lines


GROUPS = """\
# Gadget-Listen

## 研究组

* **Sprocket Lab**
  * 视频合成：[sprocket2vid](https://sprocket.example.cn/s2v/) (CVPR 2020)、[gear2vid](https://sprocket.example.cn/g2v/) (ICCV 2021)
  * Relighting - [Lumen](https://lumen.example.cn/) [ECCV'22]; [Shade](https://shade.example.cn/) [arXiv'23].
* [Bo Chan](https://bochan.github.io/)
  * Audio gadgets: [ICASSP'21 TinyEar](https://tinyear.example.com/), [Interspeech 2022 BigEar](https://bigear.example.com/)
"""


def test_plain_group_and_tags_after_links_or_in_front() -> None:
    result = _read(GROUPS)
    assert [(t, v, y) for t, v, y, _ in _works(result)] == [
        ("sprocket2vid", "CVPR", 2020),
        ("gear2vid", "ICCV", 2021),
        ("Lumen", "ECCV", 2022),
        ("Shade", "arXiv", 2023),
        ("TinyEar", "ICASSP", 2021),
        ("BigEar", "Interspeech", 2022),
    ]
    assert "Bo Chan" not in [e.entry.title for e in result.entries]


GUARDS = """\
# Awesome Tools

## Papers
- [A Paper About Widgets](https://arxiv.org/abs/2201.04444)
  - Code: [WidgetNet](https://github.com/lee/widgetnet), [WidgetNet-Lite](https://github.com/lee/widgetnet-lite)

## Tools
- [WidgetKit](https://widgetkit.example.com/) - a kit for widgets.
  - Plug-ins: [WidgetKit-Foo](https://widgetkit.example.com/foo), [WidgetKit-Bar](https://widgetkit.example.com/bar)

## People
- [Cy Dunn](https://cydunn.example.org/)
  - Links: [Homepage](https://cydunn.example.org/), [Scholar](https://scholar.example.org/cydunn)
- Venues we follow: [CVPR 2024](https://cvpr.example.org/2024), [ICCV 2023](https://iccv.example.org/2023)
"""


def test_untagged_runs_and_venue_links_stay_as_they_were() -> None:
    result = _read(GUARDS)
    titles = [e.entry.title for e in result.entries]
    assert "A Paper About Widgets" in titles
    assert "WidgetKit" in titles
    for name in (
        "WidgetNet",
        "WidgetKit-Foo",
        "WidgetKit-Bar",
        "Homepage",
        "Scholar",
        "CVPR",
        "ICCV",
    ):
        assert name not in titles


NAMED = """\
# Hum papers

- **Autoregressive**
  - Wavy V1: [Wavy: Towards Direct Humming](https://arxiv.org/abs/1801.00111) (Interspeech 2018)
  - Deep Hum V2: [Deep Hum 2: Many Hums at Once](https://arxiv.org/abs/1802.00222) (ICML 2018)
"""


def test_short_names_before_one_title_link_each_stay_aliases() -> None:
    result = _read(NAMED)
    assert [(e.entry.title, e.entry.alias) for e in result.entries] == [
        ("Wavy: Towards Direct Humming", "Wavy V1"),
        ("Deep Hum 2: Many Hums at Once", "Deep Hum V2"),
    ]


# A loose item whose paragraph below is a line of its links, opened by a role label: the links of
# the item's work, not a work of its own titled by the next label ('https', 'http', 'ftp').
LINK_LINES = """\
# Awesome Weather Widgets

### Benchmarks
- [WidgetBench](https://github.com/lee/widgetbench)

  📒[paper](https://doi.org/10.1029/2020XY001111) 🔗[https](https://data.example.org/s/wb1) 🔗`ftp://data.example.org/wb1`
  A benchmark of gridded widgets for data-driven forecasting.

- [GadgetSet](https://github.com/chan/gadgetset)

  [PDF](https://arxiv.org/abs/2101.02222) · [http](https://gadgets.example.org/download)
  Gadget observations from 40 stations.
"""


def test_a_line_of_role_links_below_an_item_is_its_links() -> None:
    result = _read(LINK_LINES)
    assert _works(result) == [
        (
            "WidgetBench",
            None,
            None,
            [
                "https://github.com/lee/widgetbench",
                "https://doi.org/10.1029/2020XY001111",
                "https://data.example.org/s/wb1",
            ],
        ),
        (
            "GadgetSet",
            None,
            2021,
            [
                "https://github.com/chan/gadgetset",
                "https://arxiv.org/abs/2101.02222",
                "https://gadgets.example.org/download",
            ],
        ),
    ]


# A template's ``[link]`` placeholder kept around the address: the link's address is the one inside.
LINK_IN_DESTINATION = """\
# Instruction widgets

1. **Widget Tuning at Scale.** *Ann Lee and Bo Chan.* <ins>EMNLP</ins> 2022. [[pdf]([link](http://10.20.30.40/pdf/2205.01111))]; [[code](https://github.com/lee/widget-tuning)].
2. **Gadget Prompts.** *Cy Dee.* <ins>ACL</ins> 2021. [[pdf]([here](https://gadgets.example.org/gp.pdf))].
"""


def test_a_markdown_link_typed_as_the_address_gives_its_address() -> None:
    result = _read(LINK_IN_DESTINATION)
    assert [[x.url for x in e.entry.links] for e in result.entries] == [
        ["http://10.20.30.40/pdf/2205.01111", "https://github.com/lee/widget-tuning"],
        ["https://gadgets.example.org/gp.pdf"],
    ]
