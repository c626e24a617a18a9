# ruff: noqa: E501  (list lines are as long as lists write them)
"""The merged-works net (``_rescue_merged``) after a ``<br>``: a part led by a link that says which
version of the entry's own work it is (``Journal version``, ``TPAMI version``, ``Camera-ready``,
``IJCV extension``, ``arXiv v2``, ``期刊版``, ``version longue``) or that points at another work in
its label (``[Follow-up: Title 2](u)``) continues the entry: one entry with all its links, as before
the net (review11 R1, R3, R14). A part whose link names a work of its own still splits. Written
here with invented names and addresses; the reading tests fail on b447025..39c7040."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


def _entries(result: ImportResult) -> list[tuple[str | None, list[str]]]:
    return [(e.entry.title, [x.url for x in e.entry.links]) for e in result.entries]


ITEMS = """\
# Awesome Cog Papers

- [Cog Routing with Sparse Gears](https://arxiv.org/abs/2111.04441)<br>Ema Holt<br>NeurIPS 2021 · [TPAMI version](https://doi.org/10.1109/TPAMI.2023.44441)
- [Lattice Cogs for Planning](https://arxiv.org/abs/2112.04442)<br>Fay Ruiz, Gil Omar<br>[Conference version](https://doi.org/10.1145/3500000.4442)
- [Gearbox Priors](https://arxiv.org/abs/2201.04443)<br>Hal Nye<br>AAAI 2022 · [IJCV extension](https://doi.org/10.1007/s11263-023-04443)
- [Spindle Fields](https://arxiv.org/abs/2202.04444)<br>Ida Moss<br>[期刊版](https://doi.org/10.1016/j.patcog.2023.44444)
- [Ratchet Attention](https://arxiv.org/abs/2203.04445)<br>Jon Vale<br>[Version longue](https://hal.science/hal-04444445)
- [Pinion Search](https://arxiv.org/abs/2204.04446)<br>Kai Lund<br>[Follow-up: Pinion Search 2](https://arxiv.org/abs/2304.04446)
"""


def test_version_links_after_br_stay_with_their_work() -> None:
    assert _entries(_read(ITEMS)) == [
        (
            "Cog Routing with Sparse Gears",
            ["https://arxiv.org/abs/2111.04441", "https://doi.org/10.1109/TPAMI.2023.44441"],
        ),
        (
            "Lattice Cogs for Planning",
            ["https://arxiv.org/abs/2112.04442", "https://doi.org/10.1145/3500000.4442"],
        ),
        (
            "Gearbox Priors",
            ["https://arxiv.org/abs/2201.04443", "https://doi.org/10.1007/s11263-023-04443"],
        ),
        (
            "Spindle Fields",
            ["https://arxiv.org/abs/2202.04444", "https://doi.org/10.1016/j.patcog.2023.44444"],
        ),
        (
            "Ratchet Attention",
            ["https://arxiv.org/abs/2203.04445", "https://hal.science/hal-04444445"],
        ),
        ("Pinion Search", ["https://arxiv.org/abs/2204.04446", "https://arxiv.org/abs/2304.04446"]),
    ]


HTML = """\
# Awesome Cogs

<ul>
<li><a href="https://arxiv.org/abs/2105.05551">Torque Maps for Gear Trains</a><br>Lia Fox<br><a href="https://doi.org/10.1109/ICCV.2021.55551">ICCV version</a></li>
<li><a href="https://arxiv.org/abs/2106.05552">Helical Cog Graphs</a><br>Max Orr<br><a href="https://openreview.net/forum?id=HcG5552">Camera-ready</a></li>
<li><a href="https://arxiv.org/abs/2107.05553">Sprag Clutch Models</a><br>Ned Pike<br><a href="https://arxiv.org/abs/2107.05553v2">arXiv v2</a> · <a href="https://doi.org/10.1145/3600000.5553">Extended version (2023)</a></li>
</ul>
"""


def test_version_links_after_br_in_html_items() -> None:
    assert _entries(_read(HTML)) == [
        (
            "Torque Maps for Gear Trains",
            ["https://arxiv.org/abs/2105.05551", "https://doi.org/10.1109/ICCV.2021.55551"],
        ),
        (
            "Helical Cog Graphs",
            ["https://arxiv.org/abs/2106.05552", "https://openreview.net/forum?id=HcG5552"],
        ),
        (
            "Sprag Clutch Models",
            [
                "https://arxiv.org/abs/2107.05553",
                "https://arxiv.org/abs/2107.05553v2",
                "https://doi.org/10.1145/3600000.5553",
            ],
        ),
    ]


WORKS = """\
# Awesome Cog Papers

- [Cog Learning at Scale](https://arxiv.org/abs/2108.06661) - Oli Park, 2021<br>[Extended Gear Fields for Cog Control](https://arxiv.org/abs/2109.06662) - Pia Quin, 2021
"""


def test_a_work_after_br_still_splits_off() -> None:
    """A title that holds a version word among words of its own names a work."""
    assert [t for t, _ in _entries(_read(WORKS))] == [
        "Cog Learning at Scale",
        "Extended Gear Fields for Cog Control",
    ]
