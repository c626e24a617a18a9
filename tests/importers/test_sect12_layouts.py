# ruff: noqa: E501  (list lines are as long as lists write them)
"""Which sections hold works (issue 12): a section named as no works (``Resources``,
``Contributing``) over a sub-heading or a group bullet that names a kind of work, or, below
resources, a sub-heading of the list's own topics, holds works; items right under such a name,
and sub-sections of pointers, people or places, stay skipped. Lists written here, in several
variants (words, languages, heading levels, group bullets, ``<details>``)."""

from __future__ import annotations

import pytest

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


def _titles(text: str) -> dict[int, str | None]:
    return {item.entry.line: item.entry.title for item in _read(text).entries}


# A template list whose last top heading (``Contributing``) sits over the list's own sections.
CONTRIBUTING_OVER_CODE = """\
# Awesome Widget Rendering

## Methods

- [Widget Fields: Rendering Widgets as Fields](https://arxiv.org/abs/2101.00001), Lee et al., 2021

# {contributing}

Pull requests are welcome.

## {kind}

#### {framework}

- [WidgetNet](https://github.com/ann/widgetnet), Ann Lee, 2020 | [bibtex](./cite/widgetnet.txt)
- [widget-torch](https://github.com/bo/widget-torch), [@bochan](https://github.com/bochan), 2021
"""


@pytest.mark.parametrize(
    ("contributing", "kind", "framework"),
    [
        ("Contributing", "Implementations", "PyTorch"),
        ("How to contribute", "Code", "JAX"),
        ("Contribute", "Tools & Libraries", "Julia"),
        ("如何贡献", "代码", "PyTorch"),
        ("Contributing", "Herramientas", "TensorFlow"),
    ],
)
def test_a_kind_of_work_under_contributing_holds_works(
    contributing: str, kind: str, framework: str
) -> None:
    text = CONTRIBUTING_OVER_CODE.format(contributing=contributing, kind=kind, framework=framework)
    titles = _titles(text)
    assert titles[15] == "WidgetNet"
    assert titles[16] == "widget-torch"


# Resources sorted by group bullets naming kinds of work, under a sub-heading that names none.
GROUP_BULLETS_UNDER_RESOURCES = """\
# Awesome Widgets

## Papers

- [Widget Fields](https://arxiv.org/abs/2101.00001) - Rendering widgets as fields.

{h1} {resources}

{h2} {sites}

- {tutorials}
  - [Widget Crash Course](https://widgets.example.org/course/) - A course on widgets.
  - [The Widget Handbook](https://docs.widget-guide.example.org/) - A handbook.
- {libraries}
  - [widgetlib](https://github.com/ann/widgetlib) - A widget library.
"""


@pytest.mark.parametrize(
    ("h1", "resources", "h2", "sites", "tutorials", "libraries"),
    [
        ("#", "Resources", "##", "Websites", "Tutorials", "Libraries"),
        ("##", "Useful Resources", "###", "Online", "**Tutorials**", "**Libraries**"),
        ("##", "Other resources", "####", "Sites", "Guides", "Tools"),
        ("##", "Resources", "###", "Web", "Tutoriales", "Bibliotecas"),
        ("##", "Links", "###", "Elsewhere", "Tutorials:", "Libraries:"),
    ],
)
def test_group_bullets_naming_kinds_of_work_hold_works_under_resources(
    h1: str, resources: str, h2: str, sites: str, tutorials: str, libraries: str
) -> None:
    text = GROUP_BULLETS_UNDER_RESOURCES.format(
        h1=h1, resources=resources, h2=h2, sites=sites, tutorials=tutorials, libraries=libraries
    )
    titles = _titles(text)
    assert titles[12] == "Widget Crash Course"
    assert titles[13] == "The Widget Handbook"
    assert titles[15] == "widgetlib"


# Resources sorted by the list's own topics: each sub-section a catalogue of articles and talks.
TOPICS_UNDER_RESOURCES = """\
# Awesome Sprockets

## Tools

- **[sprocketize](https://github.com/ann/sprocketize)** - Sprocket alignment.

{h2} {resources}

{h3} {topic_a}

- [What is a sprocket engineer](https://blog.example.org/sprocket-engineer) - An essay.
- [A History of Sprockets (in the Year 2050)](https://www.youtube.com/watch?v=abcdefghijk) - A talk.

{h3} {topic_b}

- [Sprocket-seqlopedia](https://sprockets.example.edu/) - An overview of sprocket sequencing.
"""


@pytest.mark.parametrize(
    ("h2", "resources", "h3", "topic_a", "topic_b"),
    [
        ("##", "Resources", "###", "Becoming a Sprocket Engineer", "Sprocket-Seq"),
        ("#", "Other Resources", "##", "Getting started", "Sequencing"),
        ("##", "Useful resources", "####", "Learning sprockets", "Miscellaneous"),
    ],
)
def test_topics_under_resources_hold_works(
    h2: str, resources: str, h3: str, topic_a: str, topic_b: str
) -> None:
    text = TOPICS_UNDER_RESOURCES.format(
        h2=h2, resources=resources, h3=h3, topic_a=topic_a, topic_b=topic_b
    )
    titles = _titles(text)
    assert titles[11] == "What is a sprocket engineer"
    assert titles[12] == "A History of Sprockets (in the Year 2050)"
    assert titles[16] == "Sprocket-seqlopedia"


# Papers in folded ``<details>`` blocks after the group bullets, in the same resources section.
DETAILS_UNDER_RESOURCES = """\
# Awesome Widgets

# Resources

## Websites

- Tutorials
  - [Widget Crash Course](https://widgets.example.org/course/)

<details open>
<summary>Multi-view</summary>

- [Multi-View Widgets: Seeing Widgets Twice](https://ann.example.io/mvw/), Lee et al., CVPR 2021 | [github](https://github.com/ann/mvw) | [bibtex](./cite/mvw.txt)
</details>
"""


def test_papers_in_details_under_a_resources_topic_are_works() -> None:
    titles = _titles(DETAILS_UNDER_RESOURCES)
    assert titles[8] == "Widget Crash Course"
    assert titles[13] == "Multi-View Widgets: Seeing Widgets Twice"


# What stays skipped: items right under the name, pointers, people and places, the list's own.
STILL_SKIPPED = """\
# Awesome Widgets

## Papers

- [Widget Fields](https://arxiv.org/abs/2101.00001) - Rendering widgets as fields.

## {section}

{sub}

- [Widget Conference Deadlines](https://deadlines.example.org/) - When to submit.
- [Widget Acceptance Rates](https://github.com/ann/widget-acceptance) - Rates per venue.
"""


@pytest.mark.parametrize(
    ("section", "sub"),
    [
        ("Useful Resources", ""),
        ("Resources", "- Communities"),
        ("Resources", "### Official Resources"),
        ("Resources", "### Research Groups"),
        ("Other Resources", "### Conferences and Workshops"),
        ("Resources", "### Related awesome lists"),
        ("Contributing", "### Contributors"),
        ("Citation", "### Paper"),
        ("License", "### Code"),
    ],
)
def test_pointers_people_and_the_lists_own_stay_skipped(section: str, sub: str) -> None:
    text = STILL_SKIPPED.format(section=section, sub=sub)
    assert sorted(_titles(text)) == [5]


# A news section that is the press about the list's subject: each item a headline link first.
PRESS_NEWS = """\
# Awesome Widgetry

## Guides

- [Widgetry in Ten Minutes](https://learn.example.org/widgetry) - A first guide.

{heading}

- [VIDEO: Light Up Your Desk With Widgets](https://youtu.be/abcdefghijk) by Ann Lee. A talk on widgets.
- [Widgets Squeezed Into Wristwatches](https://spectrum.example.org/widgets-in-watches) - A magazine article.
- [Widget Weekly, Issue 17](https://weekly.example.org/issue-17) - A review of the widget board.
- [The Widget Hour #383](https://www.youtube.com/watch?v=lmnopqrstuv) - An interview with Bo Chan.
"""


@pytest.mark.parametrize(
    "heading", ["## News", "## 📰 In the News", "### Latest news", "## :newspaper: News", "## 新闻"]
)
def test_news_of_headline_links_is_the_press_on_the_subject(heading: str) -> None:
    titles = _titles(PRESS_NEWS.format(heading=heading))
    assert titles[9] == "VIDEO: Light Up Your Desk With Widgets"
    assert titles[10] == "Widgets Squeezed Into Wristwatches"
    assert titles[12] == "The Widget Hour #383"


# The list's own log stays skipped, whatever its items link.
LOG_NEWS = """\
# Awesome Widgetry

## Papers

- [Widget Fields](https://arxiv.org/abs/2101.00001) - Rendering widgets as fields.

## {heading}

{items}
"""

LOGS = [
    "- **[2024-05]** [Widget Fields](https://arxiv.org/abs/2101.00001) is accepted at WLT 2024!\n"
    "- **[2024-03]** We added 20 papers.\n- **[2024-01]** 100 stars, thank you!",
    "- 2024/05/01: [Widget Fields](https://arxiv.org/abs/2101.00001) added.\n"
    "- 2024/03/01: [Widget Nets](https://arxiv.org/abs/2101.00002) added.\n"
    "- 2024/01/01: [Widget Maps](https://arxiv.org/abs/2101.00003) added.",
    "- 🔥 [Our survey](https://arxiv.org/abs/2101.00009) is out.\n- [2024-01] New layout.\n"
    "- [Widget Fields](https://arxiv.org/abs/2101.00001) now has a section.\n- Thanks to all.",
]


@pytest.mark.parametrize("heading", ["News", "📢 News", "Updates", "Recently Added"])
@pytest.mark.parametrize("items", LOGS)
def test_a_news_log_stays_skipped(heading: str, items: str) -> None:
    text = LOG_NEWS.format(heading=heading, items=items)
    assert sorted(_titles(text)) == [5]


# Where people meet, named in other words: no works.
MEETING_PLACES = """\
# Awesome Widgetry

## Papers

- [Widget Fields](https://arxiv.org/abs/2101.00001) - Rendering widgets as fields.

{heading}

- [Widgets (on Discord)](https://discord.com/invite/abcdef) - A Discord server for widget people.
- [WidgetsGRX](https://widgetsgrx.example.es/) - A community of widget makers in Granada.
- [COMBINE Widgets](https://combine.example.au/) - A group for widget students.
"""


@pytest.mark.parametrize(
    "heading",
    ["## Online networking groups", "## Meetups", "### Local groups", "## Slack", "## Community"],
)
def test_meeting_places_are_no_works(heading: str) -> None:
    assert sorted(_titles(MEETING_PLACES.format(heading=heading))) == [5]
