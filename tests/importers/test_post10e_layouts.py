# ruff: noqa: E501  (list lines are as long as lists write them)
"""A catalogue that writes each work as a heading whose name is an HTML anchor or link
(``### <a name="x" href="./items/X">Name</a>``) with labelled paragraphs below it
(``Homepage: <a href="u">u</a>``, ``Paper: u``), under letter-group headings. Titles, names and
addresses here are invented."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


ANCHOR_HEADINGS = """\
# Awesome Widget Datasets

A collection of widget datasets.

## <a name="a"></a>A

### <a name="alpha_widgets" href="./sets/Alpha_Widgets">Alpha Widgets</a>

Homepage: <a href="https://alpha.example.org/widgets/" target="_blank">https://alpha.example.org/widgets/</a>

Alpha Widgets is a robot dataset with 300 episodes for widget sorting, including visual and joint data.

Task: The robot picks up widgets and places them in a bin.

### <a name="amber_gadget" href="./sets/Amber_Gadget">Amber Gadget</a>

[![License: MIT](https://img.shields.io/badge/License-MIT-yellow.svg)](https://opensource.org/licenses/MIT)

Homepage: <a href="https://amber.example.com/gadget" target="_blank">https://amber.example.com/gadget</a>

Paper: https://papers.example.net/amber-gadget.pdf

Amber Gadget is a dataset of gadget assembly episodes.

## <a name="b"></a>B

### <a name="bolt_sprockets">Bolt Sprockets</a>

Website: <a href="https://bolt.example.io/">bolt.example.io</a>

Bolt Sprockets holds 1,000 sprocket pushing trajectories.

Task: The robot pushes sprockets along a rail.
"""


def test_anchor_headings_are_works_with_their_labelled_links():
    result = _read(ANCHOR_HEADINGS)
    got = {e.entry.title: e for e in result.entries}
    assert sorted(got) == ["Alpha Widgets", "Amber Gadget", "Bolt Sprockets"]
    links = {t: [x.url for x in e.entry.links] for t, e in got.items()}
    assert "https://alpha.example.org/widgets/" in links["Alpha Widgets"]
    assert "https://amber.example.com/gadget" in links["Amber Gadget"]
    assert "https://papers.example.net/amber-gadget.pdf" in links["Amber Gadget"]
    assert "https://bolt.example.io/" in links["Bolt Sprockets"]
