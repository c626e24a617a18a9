# ruff: noqa: E501  (list lines are as long as lists write them)
"""Entries written as references in the styles with the names first and the year last, as
medical-imaging and computer-science lists copy them from a journal or Google Scholar: Vancouver
(``Lee A, Chan B. Title. Journal. 2021;70:101990.``), Springer LNCS (``Chan, B., Lee, A.: Title.
In: MICCAI (2020)``), Harvard (``Lee, A. and Chan, B., 2000, May. Title. Venue``) and MLA (``Lee, Ann, and Bo Chan. "Title." ICCV (2017).``)."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


REFERENCES = """\
## Segmentation

- Lee A, Chan BC, Day D. Deep widget networks for gadget segmentation. Medical Image Analysis. 2021;70:101990. [paper](https://doi.org/10.1016/j.media.2021.101990)
- Chan B, et al. Widget priors for organ segmentation. IEEE Trans Med Imaging. 2020;39(5):1-10.
- Chan, B., Lee, A.: Widget pruning for efficient inference. In: MICCAI (2020) [pdf](https://arxiv.org/abs/2006.01234)
- [Widget attacks made robust](https://arxiv.org/abs/1704.00103) Lee, Ann, and Bo Chan. ICCV (2017).
- Dimitri P. Bertsekas and John N. Tsitsiklis, Widget-Dynamic Programming [[Book]](https://example.org/wdp)
"""


def _entries() -> list[tuple[str, list[str], str | None, int | None]]:
    return [
        (e.entry.title, e.entry.authors, e.entry.venue, e.entry.year)
        for e in _read(REFERENCES).entries
    ]


def test_a_vancouver_reference_gives_names_title_venue_and_year() -> None:
    first, second = _entries()[:2]
    assert first == (
        "Deep widget networks for gadget segmentation",
        ["A. Lee", "B. C. Chan", "D. Day"],
        "MedIA",
        2021,
    )
    # A journal the lexicon does not know, abbreviated without dots, is not read as a venue yet.
    assert (second[0], second[1], second[3]) == (
        "Widget priors for organ segmentation",
        ["B. Chan"],
        2020,
    )


def test_an_lncs_reference_gives_names_title_venue_and_year() -> None:
    assert _entries()[2] == (
        "Widget pruning for efficient inference",
        ["B. Chan", "A. Lee"],
        "MICCAI",
        2020,
    )


def test_a_venue_before_its_year_in_brackets_is_the_venue() -> None:
    assert _entries()[3][2:] == ("ICCV", 2017)


def test_given_names_with_an_initial_are_no_vancouver_surnames() -> None:
    assert _entries()[4][0] == "Widget-Dynamic Programming"


HARVARD = """\
## Outliers

- Lee, A., Chan, B. and Day, D., 2000, May. Efficient widgets for mining outliers. *Widget Record*, 29(2), pp. 427-438. [[PDF]](https://example.org/widgets.pdf)
- Day, D.E. and Lee, A., 2016. On the evaluation of widgets: measures and data. Data Widgets, 30(4), pp. 891-927.
"""


def test_a_harvard_reference_gives_names_title_and_year() -> None:
    found = [(e.entry.title, e.entry.authors, e.entry.year) for e in _read(HARVARD).entries]
    assert found == [
        ("Efficient widgets for mining outliers", ["A. Lee", "B. Chan", "D. Day"], 2000),
        ("On the evaluation of widgets: measures and data", ["D.E. Day", "A. Lee"], 2016),
    ]


SENTENCES = """\
## Graphs

- Ann Lee and Bo Chan. 2020. Widget graphs for everyone. In Proceedings of the 26th ACM SIGKDD Conference (KDD '20). [pdf](https://dl.acm.org/doi/10.1145/1111111)
- Lee et al. (2021). Compact widget codes. NeurIPS. [arXiv](https://arxiv.org/abs/2106.09999)
- A. Lee, B. Chan. Widget retrieval at scale. TPAMI, 2022. [link](https://ieeexplore.ieee.org/document/9999999)
- Deep Widget Learning. CVPR 2018. [link](https://example.org/dwl)
"""


def test_a_reference_in_sentences_gives_names_title_venue_and_year() -> None:
    found = [
        (e.entry.title, e.entry.authors, e.entry.venue, e.entry.year)
        for e in _read(SENTENCES).entries
    ]
    assert found == [
        ("Widget graphs for everyone", ["Ann Lee", "Bo Chan"], "KDD", 2020),
        ("Compact widget codes", ["Lee"], "NeurIPS", 2021),
        ("Widget retrieval at scale", ["A. Lee", "B. Chan"], "TPAMI", 2022),
        # A title of capitalised words is no name: it stays the title.
        ("Deep Widget Learning", [], "CVPR", 2018),
    ]


MLA_VENUES = """\
## Security

- [Widget attacks in the wild](https://example.org/a) Lee, Ann, et al. Machine Learning 81.2 (2010): 121-148.
- [Robust gadget classifiers](https://example.org/b) Chan, Bo, and Ann Lee. International Journal of Machine Learning and Cybernetics 1.1-4 (2010): 27-41.
- [Gadget routing](https://example.org/c) Day, Cy, et al. Proceedings of the AAAI Conference on Artificial Intelligence. Vol. 34. No. 4. 2020.
"""


def test_mla_venues_skip_volume_and_issue_and_keep_a_longer_name_whole() -> None:
    found = [(e.entry.venue, e.entry.year) for e in _read(MLA_VENUES).entries]
    assert found == [
        ("MLJ", 2010),
        # ``Machine Learning`` inside a longer journal's name is not that journal.
        ("International Journal of Machine Learning and Cybernetics", 2010),
        ("AAAI", 2020),
    ]
