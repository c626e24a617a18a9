# ruff: noqa: E501  (list lines are as long as lists write them)
"""The safety net for skipped runs (``_rescue_units``) leaves alone what a workshop's or a
paper repository's page says of people and events (review11 R6, R8, R9, R13): people with their
affiliation and role, a schedule by times of day, past editions of an event, the centred HTML
header of a README. Invented names and addresses; the tests of what stays skipped fail before."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


def _titles(result: ImportResult) -> list[str | None]:
    return [e.entry.title for e in result.entries]


PEOPLE = """\
# Gizmo Reading Group

## Leute

[Dana Ortiz](https://dortiz.example.net), Gizmo University, ECCV 2024 area chair

[Emil Novak](https://enovak.github.io) (Widget Institute) - keynote at ICML 2024

[Fay Quinn](https://fquinn.example.edu), Sprocket Research Lab, NeurIPS 2023 program committee

## Papers

- [Gizmo Transformers at Scale](https://arxiv.org/abs/2402.00042) - ICLR 2024
"""


def test_people_with_affiliation_and_role_stay_skipped() -> None:
    assert _titles(_read(PEOPLE)) == ["Gizmo Transformers at Scale"]


SCHEDULE = """\
# Gizmo Day

## Tag eins

**14:00** Welcome and introduction, [slides](https://gizmoday.example.com/intro.pdf) (ICCV 2025)

**14:30** Invited talk by Dana Ortiz, [video](https://www.youtube.com/watch?v=gz1) (ICCV 2025)

**3:15 pm** Poster session and coffee, [list](https://gizmoday.example.com/posters) (ICCV 2025)
"""


def test_schedule_by_times_of_day_stays_skipped() -> None:
    assert _titles(_read(SCHEDULE)) == []


EDITIONS = """\
# Gizmo Meetup

## Earlier

[Gizmo Meetup 2022](https://m2022.example.org) at ICCV 2023, Paris

[Gizmo Meetup 2021](https://m2021.example.org) at ECCV 2022, Tel Aviv

[Gizmo Meetup 2020](https://m2020.example.org) at CVPR 2020, online
"""


def test_past_editions_of_an_event_stay_skipped() -> None:
    assert _titles(_read(EDITIONS)) == []


HEADER = """\
<div align="center">
<h1>GizmoFormer</h1>
<p><a href="https://dortiz.example.net">Dana Ortiz</a><sup>1</sup>, <a href="https://enovak.github.io">Emil Novak</a><sup>2</sup>, <a href="https://fquinn.example.edu">Fay Quinn</a><sup>1</sup></p>
<p><sup>1</sup>Gizmo University <sup>2</sup>Widget Institute</p>
<p>ECCV 2024</p>
<p><a href="https://arxiv.org/abs/2405.00077">Paper</a> | <a href="https://gizmoformer.github.io">Project Page</a> | <a href="https://www.youtube.com/watch?v=gz2">Talk</a></p>
</div>

## Contributors

<table>
<tr>
<td align="center"><a href="https://github.com/dortiz"><img src="https://avatars.githubusercontent.com/u/7" width="64"/><br/><sub><b>Dana Ortiz</b></sub></a></td>
<td align="center"><a href="https://github.com/enovak"><img src="https://avatars.githubusercontent.com/u/8" width="64"/><br/><sub><b>Emil Novak</b></sub></a></td>
<td align="center"><a href="https://github.com/fquinn"><img src="https://avatars.githubusercontent.com/u/9" width="64"/><br/><sub><b>Fay Quinn</b></sub></a></td>
</tr>
</table>

## Related projects

<p><a href="https://github.com/gizmo/gizmodepth"><b>GizmoDepth</b></a>: depth for ECCV 2024.</p>
<p><a href="https://github.com/gizmo/gizmoflow"><b>GizmoFlow</b></a>: optical flow for ICCV 2023.</p>
<p><a href="https://github.com/gizmo/gizmopose"><b>GizmoPose</b></a>: poses for NeurIPS 2023.</p>
"""


def test_html_header_of_a_readme_stays_skipped() -> None:
    assert _titles(_read(HEADER)) == []


WORKS = """\
# Gizmo Papers

## Quantisation

[Gizmo Quantisation for Tiny Devices](https://gq.example.org/paper.pdf) (ECCV 2024 Workshop on Tiny Vision)

[Flux Capacitor Networks](https://flux.example.org/paper.pdf), accepted at NeurIPS 2023

[Sprocket Diffusion Revisited](https://sprocket.example.org/paper.pdf) (ICLR 2024)

[Dana Ortiz Meets Widgets](https://dow.example.org/paper.pdf), CVPR 2022 oral
"""


def test_paper_paragraphs_with_a_venue_are_still_read() -> None:
    """The guard: a workshop paper's venue, 'accepted at', an oral are a work's venue."""
    assert _titles(_read(WORKS)) == [
        "Gizmo Quantisation for Tiny Devices",
        "Flux Capacitor Networks",
        "Sprocket Diffusion Revisited",
        "Dana Ortiz Meets Widgets",
    ]
