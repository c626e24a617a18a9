# ruff: noqa: E501  (list lines are as long as lists write them)
"""Titles of entries that are found (issue 12: every field right). Each list is a few lines of
our own, written in the layout in several variants, with invented names and addresses."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


def _titles(text: str) -> list[str | None]:
    return [e.entry.title for e in _read(text).entries]


# ``[Name](…): what it is`` — a catalogue of data sets, sites or tools, the name bold or not,
# the description in sentence case: the name is the title, the sentence its summary.
DESCRIBED_BOLD = """\
# Awesome Widget Data

<details>
<summary><strong>Registries</strong> <sub>4 datasets</sub></summary>

- **[WidgetReg](https://widgetreg.example.org/)**: A national registry of widget defects that helps quality teams compare plants, suppliers, and years.
- **[GADB](https://gadb.example.org/data)**: Gadget adoption records that help planners study uptake across regions and households.
- **[Open Sprockets](https://sprockets.example.net/)**: Public records of sprocket recalls, useful for compliance reviews and supplier checks.
- **[WX-9](https://wx9.example.com/)**: The U.S. widget exchange file with prices, volumes, and trading partners.

</details>
"""

DESCRIBED_PLAIN = """\
# Tooling

## Operations

* [Logbox](https://logbox.example.io/docs): Open source log aggregation
* [Faultline](https://faultline.example.io/): Self-hosted error tracking (Sentry replacement)

## Refactoring

* [Rewriter](https://rewriter.example.dev): Large-scale automated source code refactoring
* [Pipeline Parts](https://pipeline-parts.example.dev): Specialised containers for build pipelines
"""

# The same list in another language that writes descriptions in sentence case.
DESCRIBED_FRENCH = """\
# Données ouvertes

- [Widgetothèque](https://widgetotheque.example.fr/): Un catalogue national des widgets avec leurs fabricants et leurs prix.
- [Gadgetoscope](https://gadgetoscope.example.fr/): Une base de données des gadgets vendus en France depuis 1990.
- [Rouages](https://rouages.example.fr/): Des relevés publics sur les rouages et leur entretien.
"""


def test_linked_name_then_a_description_is_titled_by_the_name() -> None:
    assert _titles(DESCRIBED_BOLD) == ["WidgetReg", "GADB", "Open Sprockets", "WX-9"]
    first = _read(DESCRIBED_BOLD).entries[0].entry
    assert first.summary is not None and first.summary.startswith("A national registry of widget")
    assert _titles(DESCRIBED_PLAIN) == ["Logbox", "Faultline", "Rewriter", "Pipeline Parts"]
    assert _titles(DESCRIBED_FRENCH) == ["Widgetothèque", "Gadgetoscope", "Rouages"]


# A list whose colons go on with a subtitle in title case: name and subtitle are one title.
SUBTITLED = """\
# Widget Learning

- [WidgetNet](https://widgetnet.example.org/): A Modular, Configuration-Driven Framework for Widget Learning
- [GadgetFlow](https://gadgetflow.example.org/): Scalable Gadget Pipelines for Robust Inference
- [Sprocketeer](https://sprocketeer.example.org/): Learning Sprocket Dynamics from Sparse Observations
- [Cogwise](https://cogwise.example.org/): a toolkit for cog design
"""

# Names linked to their paper: a title in sentence case is still one title.
PAPER_NAMES = """\
# Widget Models

- [WidgetLM](https://arxiv.org/abs/2301.00001): Open and efficient foundation widget models
- [GadgetGPT](https://arxiv.org/abs/2301.00002): Scaling gadget models with sparse experts and routing
- [SprocketBERT](https://arxiv.org/abs/2301.00003): Pretraining sprocket encoders with masked gears
"""


def test_linked_name_then_a_subtitle_stays_one_title() -> None:
    assert _titles(SUBTITLED) == [
        "WidgetNet: A Modular, Configuration-Driven Framework for Widget Learning",
        "GadgetFlow: Scalable Gadget Pipelines for Robust Inference",
        "Sprocketeer: Learning Sprocket Dynamics from Sparse Observations",
        "Cogwise",
    ]
    assert _titles(PAPER_NAMES) == [
        "WidgetLM: Open and efficient foundation widget models",
        "GadgetGPT: Scaling gadget models with sparse experts and routing",
        "SprocketBERT: Pretraining sprocket encoders with masked gears",
    ]


# ``Title (Venue Year).``: the venue in brackets, then the full stop that ends the item's title
# part, before the links; bold or not, an emoji between or not.
VENUE_THEN_STOP = """\
# Spiking Widgets

- Widget Coding in Spiking Networks: A Comparative Study (**Front. Widget Sci. 2021**). \\[[paper](https://www.example.org/widget-coding)\\]
- Sparse Gadget Descent (**NeurIPS 2021**) 🧠. \\[[paper](https://arxiv.org/abs/2105.00001)\\]
- A Logical Calculus of Widgets (Bull. Gadget Biophysics 1963). [paper](https://doi.org/10.1000/gadget.1963)
- Spiking Widget Models (**Widget Press 2002**) 📘. [book](https://www.example.org/spiking-widget-models)
- Learning to Sort Widgets (Extended Abstract). [paper](https://www.example.org/sort-widgets)
"""


def test_a_venue_in_brackets_then_a_full_stop_is_no_title_word() -> None:
    got = [(e.entry.title, e.entry.year) for e in _read(VENUE_THEN_STOP).entries]
    assert got == [
        ("Widget Coding in Spiking Networks: A Comparative Study", 2021),
        ("Sparse Gadget Descent", 2021),
        ("A Logical Calculus of Widgets", 1963),
        ("Spiking Widget Models", 2002),
        ("Learning to Sort Widgets (Extended Abstract)", None),
    ]


# A short bold name, then the link whose label is the work's title (``+``, ``*`` or numbered
# items; a colon, a dash or an arrow between, or nothing): the label is the title, the bold
# name its alias.
BOLD_NAME_THEN_LINK = """\
# Widget Agents

## Products

+ **Widget-Pilot** [Widget Pilot](https://blog.example.com/widget-pilot/) (Dec. 2024)
+ **gadgetco** [gco: Gadget-Use Agent Infrastructure](https://github.com/gadgetco/gco) (2025)
+ **Sprocket-Desktop** [Sprocket Desktop](https://github.com/example/Sprocket-desktop) (2025)

## Papers

16. **Behind the Widget, WIDGETBENCH**: [Multi-modal Evaluation Benchmark for Large Widget Models](https://arxiv.org/pdf/2312.00001.pdf) (03 December, 2023)
17. **Mirage in the Gadgets** — [Gadget Attacks on Multi-modal Widget Models with Only Attention Sinks](https://arxiv.org/pdf/2501.00002) (25 January, 2025)

## Linters

* **CSS** » **[widgetlint](https://widgetlint.example.io)**
* **YAML** » **[gadgetlint](https://github.com/example/gadgetlint)**
"""


def test_a_bold_name_before_the_title_link_is_its_alias() -> None:
    got = [(e.entry.title, e.entry.alias) for e in _read(BOLD_NAME_THEN_LINK).entries]
    assert got == [
        ("Widget Pilot", "Widget-Pilot"),
        ("gco: Gadget-Use Agent Infrastructure", "gadgetco"),
        ("Sprocket Desktop", "Sprocket-Desktop"),
        (
            "Multi-modal Evaluation Benchmark for Large Widget Models",
            "Behind the Widget, WIDGETBENCH",
        ),
        (
            "Gadget Attacks on Multi-modal Widget Models with Only Attention Sinks",
            "Mirage in the Gadgets",
        ),
        ("widgetlint", "CSS"),
        ("gadgetlint", "YAML"),
    ]


# The bold words are the title when the link after them only says what it is (its role, its
# venue) or names less than they do (its code).
BOLD_TITLE_THEN_LINK = """\
# Widget Papers

- **Sparse Widget Networks** [Paper](https://arxiv.org/abs/2101.00001)
- **Gadget Pruning Revisited** [ICML 2021](https://proceedings.example.org/gadget-pruning)
- **Attention Is All Widgets Need** [WidgetFormer](https://github.com/example/widgetformer)
"""


def test_a_bold_title_before_a_role_venue_or_code_link_stays_the_title() -> None:
    assert _titles(BOLD_TITLE_THEN_LINK) == [
        "Sparse Widget Networks",
        "Gadget Pruning Revisited",
        "Attention Is All Widgets Need",
    ]


# A link named by a date first (when the work was added or released), then the title.
DATE_LINK_FIRST = """\
# Widget Flows

## Packages

1. [Jun 22, 2018](https://github.com/example/widgetprob/commit/67a55b2) - [Widget Probability](https://widgetprob.example.org/)
1. [Mar 9, 2020](https://github.com/example/gadgetflow/commit/24e9d6f) - [`GadgetFlow`](https://github.com/example/gadgetflow) by Gadget Labs
1. [2021-07-19](https://github.com/example/sprockets/commit/781baf5): [Neural Sprocket Transport](https://sprockets.example.org/neutra)
1. [12 March 2022](https://github.com/example/cogs/commit/aa11bb2) Cog Flows in JAX
"""


def test_a_date_link_in_front_is_no_title() -> None:
    assert _titles(DATE_LINK_FIRST) == [
        "Widget Probability",
        "GadgetFlow",
        "Neural Sprocket Transport",
        "Cog Flows in JAX",
    ]


# A bold nickname, a spaced dash, then a citation whose quoted title is the work's.
NICKNAME_DASH_CITATION = """\
# Widget World Models

- **Occupancy Widgets** — Elfes, A. "Using Occupancy Widgets for Mobile Gadget Perception." *Computer* (1989). [![Paper](https://img.shields.io/badge/Paper-Link-4C566A)](https://www.example.org/elfes.pdf)
- **Widget Models (Ha & Chan)** — Ha, D. & Chan, B. "Widget Models." *arXiv* 1803.10122 (2018). [![arXiv](https://img.shields.io/badge/arXiv-1803.10122-b31b1b)](https://arxiv.org/abs/1803.10122)
- **Predictive Widgets / Free Gadget Principle** – Lee, K. "The free-gadget principle: a unified widget theory?" *Widget Reviews* (2010). [![Paper](https://img.shields.io/badge/Paper-Link-4C566A)](https://www.example.org/nrn2787)
- **Recurrent Widget Models Facilitate Gadget Evolution** — Ha, D. & Chan, B. *NeurIPS* 2018. [![Paper](https://img.shields.io/badge/Paper-Link-4C566A)](https://papers.example.org/2018/widget)
"""


def test_a_bold_nickname_before_a_dash_and_a_citation_is_its_alias() -> None:
    got = [(e.entry.title, e.entry.alias) for e in _read(NICKNAME_DASH_CITATION).entries]
    assert got == [
        ("Using Occupancy Widgets for Mobile Gadget Perception", "Occupancy Widgets"),
        ("Widget Models", "Widget Models (Ha & Chan)"),
        (
            "The free-gadget principle: a unified widget theory?",
            "Predictive Widgets / Free Gadget Principle",
        ),
        ("Recurrent Widget Models Facilitate Gadget Evolution", None),
    ]
