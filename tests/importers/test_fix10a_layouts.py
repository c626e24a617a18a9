# ruff: noqa: E501  (list lines are as long as lists write them)
"""Layouts that lost entries in development sets 21b and 22b (session 10, fix10a), each written
here in our own words, with variations of the layout (words, languages, Markdown or HTML)."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


def _entries(text: str) -> list[tuple[str | None, list[str]]]:
    return [(e.entry.title, [str(x.url) for x in e.entry.links]) for e in _read(text).entries]


# --- tools named in prose below a catalogue's table of them ----------------------------------

TOOLS_TABLE = """\
# Awesome Quiet Software

## Note Keepers

| Tool | What it is |
| --- | --- |
**[Inkwell](https://inkwell.example.org)** | Offline notebook with sync, open source and easy to use.
**[Scribbly](https://scribbly.example.net)** (Android) | A small notes app for phones.
**[Quillbox](https://quillbox.example.com)** *(Self-Hosted)* | Notes on your own server.

#### Honourable Mentions

"""


def test_tools_named_in_prose_below_a_table_of_tools() -> None:
    prose = (
        "**[Paperbird](https://paperbird.example.org/)** is an offline notebook designed by "
        "[Ann Lee](https://annlee.example.org/), with apps for every platform.\n\n"
        "[Jotter](https://jotter.example.com) (proprietary) is popular, but see its "
        "[audit](https://audits.example.org/jotter) first.\n\n"
        "**More open source ones**: [Alpha Notes](https://alpha.example.org), "
        "[beta](https://github.com/owner/beta) *(Linux)*, [Gamma](https://gamma.example.net) (for KDE) "
        "and [Delta Pad](https://delta.example.org).\n"
    )
    got = _entries(TOOLS_TABLE + prose)
    assert [t for t, _ in got] == [
        "Inkwell",
        "Scribbly",
        "Quillbox",
        "Paperbird",
        "Jotter",
        "Alpha Notes",
        "beta",
        "Gamma",
        "Delta Pad",
    ]
    # A link that follows a tool's name in its sentences is about that tool.
    assert got[3][1] == ["https://paperbird.example.org/", "https://annlee.example.org/"]
    assert got[4][1] == ["https://jotter.example.com", "https://audits.example.org/jotter"]


def test_several_tools_in_one_paragraph_and_a_mobile_run_with_notes() -> None:
    prose = (
        "[Lockbox](https://gitlab.com/owner/lockbox) is a layer on top of "
        "[dm-widget](https://wiki.example.org/dm-widget). [FolderSafe](https://foldersafe.example.org) "
        "is a file-based module. [zed](https://zed.example.org/man) is a subsystem of BSD. "
        "Similarly, Acme's [VaultDrive](https://acme.example.com/vault) on Mac is easy to use.\n\n"
        "Mobile: [Tern](https://f-droid.example.org/tern) Hardened fork of Foo (Android), "
        "[Orb](https://orb.example.org/) + [Onion](https://onion.example.org/) (Android), "
        "[Onion Reader](https://reader.example.org/) (iOS)\n"
    )
    got = _entries(TOOLS_TABLE + prose)
    assert [t for t, _ in got][3:] == [
        "Lockbox",
        "FolderSafe",
        "zed",
        "VaultDrive",
        "Tern",
        "Orb",
        "Onion Reader",
    ]
    assert got[3][1] == ["https://gitlab.com/owner/lockbox", "https://wiki.example.org/dm-widget"]
    assert got[8][1] == ["https://orb.example.org/", "https://onion.example.org/"]


def test_tools_named_in_prose_in_other_languages_and_html() -> None:
    items = """\
# Liste d'outils

## Navigateurs

- [Renard](https://renard.example.org) - navigateur libre.
- [Hibou](https://hibou.example.org) - navigateur rapide.

### Autres

<a href="https://loutre.example.org"><b>Loutre</b></a> est un navigateur léger pour Linux.

Sur mobile : [Castor](https://castor.example.org), [Blaireau](https://blaireau.example.org) et [Lynx Mobile](https://lynx.example.org).
"""
    assert [t for t, _ in _entries(items)] == [
        "Renard",
        "Hibou",
        "Loutre",
        "Castor",
        "Blaireau",
        "Lynx Mobile",
    ]


def test_prose_about_tools_is_no_list_of_them() -> None:
    prose = (
        "If you use an abandoned notebook, move to a maintained one. This includes: "
        "[Oldpad](https://oldpad.example.org), [Gone Notes](https://gone.example.org).\n\n"
        "**See also** [Notes Checklist](https://checklist.example.org) and [Sync Guide](https://sync.example.org)\n\n"
        "Note: all of them can be downloaded on [Store A](https://a.example.com), [Store B](https://b.example.com) "
        "or [Store C](https://c.example.com).\n\n"
        "Many apps claim to be private. This applies to [Leaky](https://leaky.example.org), "
        "[Nosy](https://nosy.example.org). [Spy](https://spy.example.org) has also been removed.\n\n"
        "Do not use [32-bit keys](https://keys.example.org) - they are too short.\n"
    )
    assert [t for t, _ in _entries(TOOLS_TABLE + prose)] == ["Inkwell", "Scribbly", "Quillbox"]


def test_prose_below_a_table_of_papers_names_no_tools() -> None:
    papers = """\
# Awesome Widgets

## Papers

| Paper | Venue |
| --- | --- |
| [Widget Networks for Gadget Detection](https://arxiv.org/abs/2301.00001) | CVPR 2023 |
| [Sprocket Transformers Revisited Again](https://arxiv.org/abs/2301.00002) | ICCV 2023 |

[WidgetKit](https://widgetkit.example.org) is the toolkit most of these papers use; [GadgetLab](https://gadgetlab.example.org) and [Cogs](https://cogs.example.org) host their data.
"""
    assert [t for t, _ in _entries(papers)] == [
        "Widget Networks for Gadget Detection",
        "Sprocket Transformers Revisited Again",
    ]


# --- works named by the badge that links their paper -------------------------------------------

BADGES = """\
# Awesome Widget Detection

### Zero-shot Methods

<details open>
<summary><b> Zero-shot</b></summary>

>-  [![WidgetCLIP](https://img.shields.io/badge/CVPR'23-WidgetCLIP-fdd7e6?style=for-the-badge)](https://arxiv.org/abs/2303.00001)
    [![Star](https://img.shields.io/github/stars/owner/widgetclip.svg?style=social&label=Star)](https://github.com/owner/widgetclip)
> - [![Gadget-Prompt](https://img.shields.io/badge/ICLR'24-GadgetPrompt-d0e9ff?style=for-the-badge)](https://openreview.net/forum?id=abcDEF123)
> - [![Sprocket AD](https://img.shields.io/badge/arXiv'24-SprocketAD-d0e9ff)](https://arxiv.org/pdf/2404.00002)
    [![Star](https://img.shields.io/github/stars/owner/sprocket.svg?style=social&label=Star)](https://github.com/owner/sprocket), [![Star](https://img.shields.io/github/stars/owner/base.svg?style=social&label=Star)](https://github.com/owner/base)
</details>

### Few-shot Methods

- [![ZahnradNetz](https://img.shields.io/badge/IJCV'23-ZahnradNetz-blue)](https://link.springer.com/article/10.1007/s11263-023-00001-1)
- [![Cogwheel](https://img.shields.io/badge/NeurIPS'23-Cogwheel-blue)](https://arxiv.org/abs/2305.00003) · [![Project](https://img.shields.io/badge/Project-Page-green)](https://cogwheel.example.org)
"""


def test_items_that_are_a_badge_named_for_the_work_and_linking_its_paper() -> None:
    got = _read(BADGES).entries
    assert [e.entry.title for e in got] == [
        "WidgetCLIP",
        "Gadget-Prompt",
        "Sprocket AD",
        "ZahnradNetz",
        "Cogwheel",
    ]
    first = got[0].entry
    assert [str(x.url) for x in first.links] == [
        "https://arxiv.org/abs/2303.00001",
        "https://github.com/owner/widgetclip",
    ]
    assert (first.venue, first.year) == ("CVPR", 2023)  # the badge's label
    assert len(got[2].entry.links) == 3


def test_badges_that_say_what_they_link_or_a_venue_name_no_work() -> None:
    roles = """\
# Awesome Widgets

## Papers

- [Widget Networks for Gadgets](https://arxiv.org/abs/2301.00001) CVPR 2023
- [![arXiv](https://img.shields.io/badge/arXiv-2301.00002-b31b1b)](https://arxiv.org/abs/2301.00002) [![GitHub](https://img.shields.io/badge/GitHub-code-black)](https://github.com/owner/widget)
- [![CVPR](https://img.shields.io/badge/CVPR-2023-blue)](https://openaccess.thecvf.com/content/CVPR2023/papers/Lee_Widget_CVPR_2023_paper.pdf)
"""
    assert [e.entry.title for e in _read(roles).entries] == ["Widget Networks for Gadgets"]


# --- titles: a bold title after bracketed fields; a bold name glued to the authors ---------------

BRACKETED = """\
# Awesome Widget Detection

## Methods

- `WidgetDiff` [Lee et al.]\\[NeurIPS 2024]**Widget Detection with a Single Gadget Model**[[PDF](https://arxiv.org/abs/2401.00001)]
- `Gizmo` \\[Ann Lee]\\[arXiv]**Gizmo: Rethinking Widget Detection**[[PDF](https://arxiv.org/abs/2401.00002)]\\[[CODE](https://github.com/owner/gizmo)]
- `Sprock`[Chan et al.]\\[ICLR 2023]**Sprocket Fields for Gadget Scoring**[[PDF](https://openreview.net/forum?id=abc123)]
- [Dee et al.][CVPR 2022] **Cogwheels Are All You Need for Widgets** [[PDF](https://arxiv.org/abs/2201.00004)]
"""


def test_a_bold_title_after_its_fields_in_brackets() -> None:
    got = [e.entry for e in _read(BRACKETED).entries]
    assert [e.title for e in got] == [
        "Widget Detection with a Single Gadget Model",
        "Gizmo: Rethinking Widget Detection",
        "Sprocket Fields for Gadget Scoring",
        "Cogwheels Are All You Need for Widgets",
    ]
    assert [e.alias for e in got] == ["WidgetDiff", "Gizmo", "Sprock", None]
    assert (got[0].venue, got[0].year) == ("NeurIPS", 2024)
    assert (got[3].venue, got[3].year) == ("CVPR", 2022)


GLUED = """\
# Awesome Widget Localization

### Weakly Supervised

* **EM-Widget**Ann Lee, Bo Chan, Cy Dee.<br />
  "Weakly-Supervised Widget Localization with Expectation Gadgets" ECCV 2020.
  [[paper](https://arxiv.org/pdf/2007.00001.pdf)]
* **W&G:**Di Eng, Fa Gu.<br />
  "Hide-and-Widget: Forcing a Gadget to be Meticulous"ICCV 2017.
  [[paper](https://arxiv.org/pdf/1704.00002.pdf)]
* **CleanGadget:**Ann Lee1, Bo Chan2∗ Cy Dee, Di Eng.<br />
  "Widget Localization through Contrast based Gadget Networks"ICCV 2019.
  [[paper](https://example.org/papers/clean.pdf)]
"""


def test_a_bold_name_glued_to_the_authors_over_the_quoted_title() -> None:
    got = [e.entry for e in _read(GLUED).entries]
    assert [e.title for e in got] == [
        "Weakly-Supervised Widget Localization with Expectation Gadgets",
        "Hide-and-Widget: Forcing a Gadget to be Meticulous",
        "Widget Localization through Contrast based Gadget Networks",
    ]
    assert [e.alias for e in got] == ["EM-Widget", "W&G", "CleanGadget"]
    assert got[0].authors == ["Ann Lee", "Bo Chan", "Cy Dee"]
    assert (got[1].venue, got[1].year) == ("ICCV", 2017)


# --- titles: a year-and-month stamp, a repository's site, an organisation as APA author --------

STAMPED = """\
# Awesome Widget Forgery

## Generation

* Widget Swapping for Gadget De-Identification (*202003 arXiv*) [[Paper](https://arxiv.org/pdf/2003.00001.pdf)]
* Realistic Gadget Reenactment via Self-Supervised Widgets (201912 CVPR) [[Paper](https://arxiv.org/pdf/1912.00002.pdf)]
* Towards Open-Set Widget Synthesis (*2018 CVPR*) [[Paper](https://arxiv.org/pdf/1801.00003.pdf)]
* owner/widget-swap (*Github*) [[Code](https://github.com/owner/widget-swap)]
* other/GadgetLab (GitLab) [[Code](https://gitlab.com/other/GadgetLab)]

## Reports

- Widget Labs. (2023). *Widget-4 Technical Report.* arXiv:2303.00004
- Lee, A., & Chan, B. (2022). *Gadget Drift in Deployed Widgets.* ICML 2022.
"""


def test_titles_lose_a_stamp_a_site_and_an_organisation() -> None:
    got = [e.entry for e in _read(STAMPED).entries]
    assert [e.title for e in got] == [
        "Widget Swapping for Gadget De-Identification",
        "Realistic Gadget Reenactment via Self-Supervised Widgets",
        "Towards Open-Set Widget Synthesis",
        "owner/widget-swap",
        "other/GadgetLab",
        "Widget-4 Technical Report",
        "Gadget Drift in Deployed Widgets",
    ]
    assert [(e.venue, e.year) for e in got[:2]] == [("arXiv", 2020), ("CVPR", 2019)]
    assert got[5].year == 2023


# --- works named in bullets without links -------------------------------------------------------

NAMED = """\
# Awesome Widget Drift

## Datasets

- **WidgetLog-Monthly / WidgetLog-Daily** — monthly and daily widget answers across 21 tasks (Lee et al., 2024).
- **Gadget-Bench & Arena logs**: multi-turn questions and human votes (Chan et al., 2023).
- **HOLM scenario data** – scenarios and raw completions of many models (Dee et al., 2022).

## Tools

- **Alpha, Beta, and Gamma** — commercial widget products studied for drift.

## Implementations

- `owner-lab/WidgetLog` — official implementation and data for WidgetLog.
- `gadget-crfm/holm` — the HOLM evaluation framework.
"""


def test_bold_names_and_repositories_described_without_links() -> None:
    got = [e.entry for e in _read(NAMED).entries]
    assert [e.title for e in got] == [
        "WidgetLog-Monthly / WidgetLog-Daily",
        "Gadget-Bench & Arena logs",
        "HOLM scenario data",
        "Alpha, Beta, and Gamma",
        "owner-lab/WidgetLog",
        "gadget-crfm/holm",
    ]


def test_a_list_of_features_in_bold_names_no_works() -> None:
    features = """\
# Widget Kit

## Features

- **Fast** — every widget renders in a millisecond.
- **Small**: no dependencies besides the standard library.
- **Typed** – annotations everywhere.

## Papers

- [Widget Networks for Gadget Detection](https://arxiv.org/abs/2301.00001), CVPR 2023
"""
    assert [e.entry.title for e in _read(features).entries] == [
        "Widget Networks for Gadget Detection"
    ]


# --- a lone title bullet among works; an identifier written as a link's address ----------------

_WORKS = "\n".join(
    f"- Widget Adapter Study Number {n} for Gadget Tuning | [arXiv 23{n:02}](https://arxiv.org/abs/23{n:02}.000{n % 10}{n % 7})"
    for n in range(1, 23)
)
LONE = f"""\
# Awesome Widget Adapters

## Basics

{_WORKS}

#### d. Dropout for Widget Adapters
- Widget Adapters Meet Dropout under a Unified Gadget Framework

#### e. Mixtures
- Pushing mixture of widgets to the limit: extremely efficient gadgets.| [arXiv 2309](arXiv:2309.05444(2023))
- Gadget drift in widgets | [paper](doi:10.1000/widget.2020.1)

#### f. Coming
- To be updated soon
"""


def test_a_lone_title_bullet_and_identifiers_as_addresses() -> None:
    got = [e.entry for e in _read(LONE).entries][22:]
    assert [e.title for e in got] == [
        "Widget Adapters Meet Dropout under a Unified Gadget Framework",
        "Pushing mixture of widgets to the limit: extremely efficient gadgets",
        "Gadget drift in widgets",
    ]
    assert [str(x.url) for x in got[1].links] == ["https://arxiv.org/abs/2309.05444"]
    assert [str(x.url) for x in got[2].links] == ["https://doi.org/10.1000/widget.2020.1"]
