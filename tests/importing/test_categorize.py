"""Category rules: keywords and section aliases place papers; rules follow the records they
come from, even though they are normalised only once per set of categories."""

from __future__ import annotations

from catalogue.core.models import Category
from catalogue.ingest.categorize import assign, by_keywords, by_section


def _categories() -> dict[str, Category]:
    return {
        "general": Category(id="general", title="General", order=9),
        "detection": Category(
            id="detection", title="Detection", order=1, keywords=["Object Detection", "detector"]
        ),
        "language": Category(id="language", title="NLP", order=2, aliases=["NLP & Data-Mining"]),
    }


def test_keywords_match_whole_words_ignoring_case_and_punctuation() -> None:
    cats = _categories()
    assert by_keywords("Distilling object-detection models", cats) == ["detection"]
    assert by_keywords("Detectors everywhere", cats) == []  # whole words only
    assert by_section(["for NLP & Data Mining"], cats) == []
    assert by_section(["NLP & Data-Mining"], cats) == ["language"]
    assert assign("Nothing matches", [], cats) == ["general"]


def test_rules_follow_changed_records() -> None:
    cats = _categories()
    assert assign("A fast detector", [], cats) == ["detection"]
    cats["detection"] = Category(id="detection", title="Detection", keywords=["segmentation"])
    assert assign("A fast detector", [], cats) == ["general"]
    cats["seg"] = Category(id="seg", title="Seg", keywords=["detector"])
    assert assign("A fast detector", [], cats) == ["seg"]
