# ruff: noqa: E501  (list lines are as long as lists write them)
"""Guards for review10's findings on session 10's rules (R1, R2, R5, R9, R11…): ordinary layouts
those rules made lose entries, written here with invented titles and addresses; each fails before
its fix."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


def _found(result: ImportResult) -> list[tuple[str | None, list[str]]]:
    return [
        (e.entry.alias or e.entry.title, [x.url for x in e.entry.links]) for e in result.entries
    ]


NESTED_TOOLS_NAMED_BY_A_ROLE_WORD = """\
# Awesome Gadget Models

## Families

- [Gizmo](https://github.com/gizmo-ai/gizmo) - A family of open gadget models.
  - [Video Gizmo](https://github.com/other-lab/video-gizmo)
  - [Data Blender](https://github.com/other-lab/data-blender)
  - [Official Docs](https://gizmo.example.org/docs)
- [Sprocket Survey](https://arxiv.org/abs/2301.40001) - overview of the field.
  - [Dataset Trimming](https://arxiv.org/abs/2301.40002)
  - [Model Welding](https://arxiv.org/abs/2301.40003)
  - [Project page](https://sprockets.example.org/)
"""


def test_nested_tools_whose_names_start_with_a_role_word_are_works() -> None:
    # ``Video Gizmo``, ``Data Blender`` (a role word and a name): tools of their own; ``Official
    # Docs``, ``Project page`` (wholly a kind of resource): the item's links.
    assert _found(_read(NESTED_TOOLS_NAMED_BY_A_ROLE_WORD)) == [
        ("Gizmo", ["https://github.com/gizmo-ai/gizmo", "https://gizmo.example.org/docs"]),
        ("Video Gizmo", ["https://github.com/other-lab/video-gizmo"]),
        ("Data Blender", ["https://github.com/other-lab/data-blender"]),
        ("Sprocket Survey", ["https://arxiv.org/abs/2301.40001", "https://sprockets.example.org/"]),
        ("Dataset Trimming", ["https://arxiv.org/abs/2301.40002"]),
        ("Model Welding", ["https://arxiv.org/abs/2301.40003"]),
    ]


NESTED_NAMES_WITH_A_COURSE_WORD = """\
# Awesome Gadget Apps

## Study

- [Gadgetry](https://github.com/acme/gadgetry) - A gadget platform.
  - [Gadget Calendar](https://github.com/acme/gadget-calendar)
  - [Quiz Builder](https://github.com/beta/quiz-builder)
  - [Homework Helper](https://github.com/gamma/homework-helper)
- [GS 301](https://gadgets.example.edu/gs301/) **Gadget Systems** *Some College*
  - [Lecture Videos](https://video.example.org/gs301)
  - [Past Exams](https://gadgets.example.edu/gs301/exams/)
"""


def test_nested_names_holding_one_course_word_are_works() -> None:
    # ``Quiz Builder``, ``Homework Helper``: tools named with a course word, works; ``Lecture
    # Videos``, ``Past Exams`` (only course words): the course's links.
    assert _found(_read(NESTED_NAMES_WITH_A_COURSE_WORD)) == [
        ("Gadgetry", ["https://github.com/acme/gadgetry"]),
        ("Gadget Calendar", ["https://github.com/acme/gadget-calendar"]),
        ("Quiz Builder", ["https://github.com/beta/quiz-builder"]),
        ("Homework Helper", ["https://github.com/gamma/homework-helper"]),
        (
            "GS 301",
            [
                "https://gadgets.example.edu/gs301/",
                "https://video.example.org/gs301",
                "https://gadgets.example.edu/gs301/exams/",
            ],
        ),
    ]


TABLES_TAGGED_IN_THEIR_FIRST_COLUMN = """\
# Awesome Gadget Papers

## Benchmarks

| Level | Description | Paper |
| --- | --- | --- |
| Easy | Counting in a heap | [Counting Gadgets in a Heap](https://arxiv.org/abs/2202.00011) |
| Hard | Planning | [Planning With Gadgets](https://arxiv.org/abs/2202.00012) |

## Tasks

| Label | Description | Paper | Code |
| --- | --- | --- | --- |
| `seg` | Splitting gadgets | [Splitting Gadgets Quickly](https://arxiv.org/abs/2202.00013) | [code](https://github.com/y/split) |

## Marks

| Tag | Description |
| --- | --- |
| `new` | Added this month, see the [changelog](https://gadgets.example.org/changes) |
"""


def test_a_table_of_works_headed_by_a_tag_column_is_no_legend() -> None:
    # ``| Level | Description | Paper |``: works tagged in the first column; a two-column
    # ``| Tag | Description |`` table linking no paper stays the list's legend.
    assert _found(_read(TABLES_TAGGED_IN_THEIR_FIRST_COLUMN)) == [
        ("Counting Gadgets in a Heap", ["https://arxiv.org/abs/2202.00011"]),
        ("Planning With Gadgets", ["https://arxiv.org/abs/2202.00012"]),
        (
            "Splitting Gadgets Quickly",
            ["https://arxiv.org/abs/2202.00013", "https://github.com/y/split"],
        ),
    ]


SECTIONS_ON_ICONS_SYMBOLS_AND_BADGES = """\
# Awesome Gadget Design

## Icons

- [Gadget Icon Set](https://github.com/acme/gadget-icons) - icons for gadgets.
- [Learning Icon Layouts](https://arxiv.org/abs/2302.00021)

## Symbols

- [Symbolic Gadget Reasoning](https://arxiv.org/abs/2302.00022)

## Badges

- [Shield Press](https://github.com/acme/shield-press) - make README badges.
"""


def test_sections_on_icons_symbols_and_badges_hold_works() -> None:
    # ``## Icons``, ``## Symbols``, ``## Badges``: a topic of design, reasoning or README tooling
    # lists, not the list's legend (``## Conventions``, ``## Legend`` still are).
    assert [t for t, _ in _found(_read(SECTIONS_ON_ICONS_SYMBOLS_AND_BADGES))] == [
        "Gadget Icon Set",
        "Learning Icon Layouts",
        "Symbolic Gadget Reasoning",
        "Shield Press",
    ]


PAPERS_WITH_THEIR_CODE_NESTED = """\
# Awesome Gadget Papers

## Papers

- [Gadget Attention](https://arxiv.org/abs/2102.00031)
  - [gadget-jax](https://github.com/kim/gadget-jax) - in JAX
  - [gadget-tf](https://github.com/lee/gadget-tf) - TensorFlow port of the code
- [Gadget Flows](https://arxiv.org/abs/2102.00032)
  - [GitHub](https://github.com/park/gadget-flows) - code for the paper
"""


def test_a_papers_nested_code_link_with_words_after_it_is_its_code() -> None:
    # ``[gadget-jax](github) - in JAX``, ``[GitHub](github) - code for the paper``: the paper's
    # code, no works of their own (a name over a title-like phrase still is one: fix10b's test).
    assert _found(_read(PAPERS_WITH_THEIR_CODE_NESTED)) == [
        (
            "Gadget Attention",
            [
                "https://arxiv.org/abs/2102.00031",
                "https://github.com/kim/gadget-jax",
                "https://github.com/lee/gadget-tf",
            ],
        ),
        (
            "Gadget Flows",
            ["https://arxiv.org/abs/2102.00032", "https://github.com/park/gadget-flows"],
        ),
    ]
