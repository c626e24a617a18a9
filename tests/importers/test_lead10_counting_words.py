"""A list that writes its papers as lines led by a venue and a two-digit year (``KDD 14 Title``)
takes a capitalised word before two digits for a venue it does not know (``ICDMW 16 …``). A word
that numbers what follows (``Top 10 Papers …``, ``Chapter 12 …``) is no venue: such a line is
the list's prose, not a paper (review9 B3)."""

from __future__ import annotations

from catalogue.ingest.importers import parse_file

LIST = """# Widget Graph Papers

## Graph Widgets

KDD 14 Widget Walk: Online Learning of Widget Representations   (WidWalk)

WWW 15 Large-scale Gadget Network Embedding   (GADE)

Top 10 Papers Every Beginner Should Read First

ICDMW 16 Asymmetric Widget Embedding for Directed Graphs

## Sprocket Graphs

Chapter 12 Introduction To Sprocket Graphs By The Editors

NIPS 17 Inductive Sprocket Learning on Large Graphs   (SprocketSAGE)

Lecture 03 Sprocket Graphs For Everyone Who Builds Them

AAAI 18 Sprocket Embedding with Gadget Attention
"""


def test_counting_words_are_no_venues(tmp_path):
    path = tmp_path / "widgets.md"
    path.write_text(LIST, encoding="utf-8")
    entries = [item.entry for item in parse_file(path, "auto", "widgets").entries]
    assert [(e.line, e.venue, e.year) for e in entries] == [
        (5, "KDD", 2014),
        (7, "WWW", 2015),
        (11, "ICDMW", 2016),
        (17, "NeurIPS", 2017),
        (21, "AAAI", 2018),
    ]
    assert entries[2].title == "Asymmetric Widget Embedding for Directed Graphs"
