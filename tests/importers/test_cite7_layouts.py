# ruff: noqa: E501  (list lines are as long as lists write them)
"""Citation text forms (issue 12): how an entry's words split into authors, title, venue and year
where lists write them in orders the reader did not know. Each list is a few lines of our own."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


def _fields(result: ImportResult) -> list[tuple[str | None, list[str], str | None, int | None]]:
    return [
        (e.entry.title, list(e.entry.authors), e.entry.venue, e.entry.year) for e in result.entries
    ]


# Authors after the venue: set off by a spaced dash or a bar, or after a year in brackets.
AUTHORS_AFTER_VENUE = """\
# Widgets

- [Widget Transformers at Scale](https://arxiv.org/abs/2101.00002) — ICLR 2022 — Ann Lee, Bo Chan
- [Sparse Gadget Networks](https://arxiv.org/abs/2101.00003) — NeurIPS 2021 — Cy Dee
- Contrastive Widget Pretraining | CVPR 2021 | Ann Lee, Bo Chan | [code](https://github.com/ann/cwp)
- [Gadget Pruning Revisited](https://arxiv.org/abs/2104.00005) (2024) — *Di Eng, Fa Gu*
- [Widget Folding](https://arxiv.org/abs/2104.00006) — ICLR 2022 — Honorable Mention
"""


def test_authors_after_the_venue() -> None:
    assert _fields(_read(AUTHORS_AFTER_VENUE)) == [
        ("Widget Transformers at Scale", ["Ann Lee", "Bo Chan"], "ICLR", 2022),
        ("Sparse Gadget Networks", ["Cy Dee"], "NeurIPS", 2021),
        ("Contrastive Widget Pretraining", ["Ann Lee", "Bo Chan"], "CVPR", 2021),
        ("Gadget Pruning Revisited", ["Di Eng", "Fa Gu"], None, 2024),
        ("Widget Folding", [], "ICLR", 2022),
    ]
    # An award after the venue is no author: it stays a note.
    assert _read(AUTHORS_AFTER_VENUE).entries[-1].entry.note == "Honorable Mention"


# Names first, as sentences: one author alone too, where the list writes its entries so.
ONE_AUTHOR_FIRST = """\
# Widgets

- Mo Nu. Learning to Widget Graphs with Attention. AAAI 2023.
- Ann Lee, Bo Chan. Sparse Gadget Networks for Efficient Inference. ICML 2021.
- Cy Dee and Di Eng. Masked Gadget Modeling at Scale. CVPR 2022.
- Fa Gu et al. Contrastive Widget Pretraining for Graphs. NeurIPS 2020.
- Karl Berg. Gadget Folding with Recurrent Widgets. ICLR 2019.
"""

# A short name before the title is no author where the list does not write names first.
NAME_BEFORE_TITLE = """\
# Widgets

- Mean Teachers. Weight-averaged widget targets improve results. NeurIPS 2017.
- Born Again. Gadget networks that teach themselves. ICML 2018.
- Squeeze Widgets. Channel attention for gadget nets. CVPR 2018.
"""


def test_one_author_first_in_a_list_of_names_first() -> None:
    assert _fields(_read(ONE_AUTHOR_FIRST)) == [
        ("Learning to Widget Graphs with Attention", ["Mo Nu"], "AAAI", 2023),
        ("Sparse Gadget Networks for Efficient Inference", ["Ann Lee", "Bo Chan"], "ICML", 2021),
        ("Masked Gadget Modeling at Scale", ["Cy Dee", "Di Eng"], "CVPR", 2022),
        ("Contrastive Widget Pretraining for Graphs", ["Fa Gu"], "NeurIPS", 2020),
        ("Gadget Folding with Recurrent Widgets", ["Karl Berg"], "ICLR", 2019),
    ]
    assert [a for _, a, _, _ in _fields(_read(NAME_BEFORE_TITLE))] == [[], [], []]


# Fields set apart by spaced slashes; a title may hold one itself.
SLASHED_FIELDS = """\
# Widgets

- Widget Transformers at Scale / Ann Lee, Bo Chan / NeurIPS 2020 / [paper](https://arxiv.org/abs/2101.00002)
- Input / Output Gadget Networks / Cy Dee / ICML 2019 / [paper](https://arxiv.org/abs/2101.00003)
- [Masked Gadget Modeling](https://arxiv.org/abs/2101.00004) / Di Eng, Fa Gu / CVPR 2021
"""


def test_fields_set_apart_by_slashes() -> None:
    assert _fields(_read(SLASHED_FIELDS)) == [
        ("Widget Transformers at Scale", ["Ann Lee", "Bo Chan"], "NeurIPS", 2020),
        ("Input / Output Gadget Networks", ["Cy Dee"], "ICML", 2019),
        ("Masked Gadget Modeling", ["Di Eng", "Fa Gu"], "CVPR", 2021),
    ]


# Names given first, then the year in brackets (APA's order without its initials), ``&`` before
# the last name; a title of capitalised words after them is the title, not more names.
NAMES_THEN_YEAR = """\
# Widgets

- Ann Lee, Bo Chan & Cy Dee (2019). Contrastive Gadget Pretraining. ICML.
- Di Eng & Fa Gu (2021). Sparse Widget Networks for Graphs. NeurIPS.
- Karl Berg (2018). Gadget Folding with Recurrent Widgets. ICML.
- Lee et al. (2021). Masked Gadget Modeling. CVPR.
"""


def test_names_then_year_in_brackets() -> None:
    assert _fields(_read(NAMES_THEN_YEAR)) == [
        ("Contrastive Gadget Pretraining", ["Ann Lee", "Bo Chan", "Cy Dee"], "ICML", 2019),
        ("Sparse Widget Networks for Graphs", ["Di Eng", "Fa Gu"], "NeurIPS", 2021),
        ("Gadget Folding with Recurrent Widgets", ["Karl Berg"], "ICML", 2018),
        ("Masked Gadget Modeling", ["Lee"], "CVPR", 2021),
    ]


# arXiv marks with a date (a year and month, or an id's YYMM) and ``preprint`` with a short year.
DATE_MARKS = """\
# Widgets

- [Widget Transformers at Scale](https://example.org/a.pdf) (arXiv.2021.02)
- [Sparse Gadget Networks](https://example.org/b.pdf) (arXiv 2103)
- [Masked Gadget Modeling](https://example.org/c.pdf) (arXiv 1905)
- [Gadget Pruning Revisited](https://example.org/d.pdf) (preprint'23)
- Contrastive Gadget Pretraining (preprint'21)
"""


def test_arxiv_and_preprint_date_marks() -> None:
    assert _fields(_read(DATE_MARKS)) == [
        ("Widget Transformers at Scale", [], "arXiv", 2021),
        ("Sparse Gadget Networks", [], "arXiv", 2021),
        ("Masked Gadget Modeling", [], "arXiv", 2019),
        ("Gadget Pruning Revisited", [], None, 2023),
        ("Contrastive Gadget Pretraining", [], None, 2021),
    ]


# Vancouver references: journals abbreviated without dots, the year then volume and pages; one
# name alone where the reference ends so.
VANCOUVER = """\
# Widgets

- Lee A, Chan B. Deep widget segmentation of organs. IEEE Trans Med Imaging. 2020;39(5):1-10.
- Doe J, Berg K, Eve D. Gadget networks for lesion detection. Med Image Anal. 2019;54:10-20.
- Gu F, Eng D. Dropout for widgets. J Mach Learn Res. 2014;15:1929-58.
- Ode K. Widget residual learning. Proc IEEE Conf Comput Vis Pattern Recognit. 2016:770-8.
- Lee A. Gadget folding in small widgets. Widget Res Lett. 2021;3:1-9.
"""


def test_vancouver_references() -> None:
    result = _read(VANCOUVER)
    assert _fields(result) == [
        ("Deep widget segmentation of organs", ["A. Lee", "B. Chan"], "TMI", 2020),
        ("Gadget networks for lesion detection", ["J. Doe", "K. Berg", "D. Eve"], "MedIA", 2019),
        ("Dropout for widgets", ["F. Gu", "D. Eng"], "JMLR", 2014),
        ("Widget residual learning", ["K. Ode"], "CVPR", 2016),
        ("Gadget folding in small widgets", ["A. Lee"], "Widget Res Lett", 2021),
    ]
    assert [e.entry.note for e in result.entries] == [None] * 5  # no volume or pages as a note


# Books: the publisher before the year is where the work appeared, never an author.
BOOKS = """\
# Books

- [Deep Widgets](https://example.org/dw) by Ann Lee and Bo Chan, MIT Press, 2016
- [Pattern Widgets](https://example.org/pw) by Cy Dee, Springer, 2006
- [Reinforcement Gadgets](https://example.org/rg) by Di Eng and Fa Gu, Cambridge University Press, 2018
- [Widget Programming](https://example.org/wp) by Karl Berg, O'Reilly Media, 2019
"""


def test_books_with_their_publisher() -> None:
    assert _fields(_read(BOOKS)) == [
        ("Deep Widgets", ["Ann Lee", "Bo Chan"], "MIT Press", 2016),
        ("Pattern Widgets", ["Cy Dee"], "Springer", 2006),
        ("Reinforcement Gadgets", ["Di Eng", "Fa Gu"], "Cambridge University Press", 2018),
        ("Widget Programming", ["Karl Berg"], "O'Reilly Media", 2019),
    ]


# A venue tag in bold brackets in front of the title, in table rows as in items.
BOLD_VENUE_TAGS = """\
# Widgets

- **[CVPR]** [Widget Transformers at Scale](https://example.org/wts)
- **[CVPR 2021]** [Sparse Gadget Networks](https://example.org/sgn)

| Paper | Code |
|---|---|
| **[ICCV 2019]** [Masked Gadget Modeling](https://example.org/mgm) | [code](https://github.com/ann/mgm) |
| **[NeurIPS]** [Contrastive Widget Pretraining](https://example.org/cwp) | [code](https://github.com/ann/cwp) |
"""


def test_bold_venue_tags_in_rows_and_items() -> None:
    assert _fields(_read(BOLD_VENUE_TAGS)) == [
        ("Widget Transformers at Scale", [], "CVPR", None),
        ("Sparse Gadget Networks", [], "CVPR", 2021),
        ("Masked Gadget Modeling", [], "ICCV", 2019),
        ("Contrastive Widget Pretraining", [], "NeurIPS", None),
    ]


# Quoted titles after names in more reference styles: Chicago author-date (the year after the
# names), Harvard as Cite Them Right writes it (single quotes after the bracketed year), and a
# colon after the names.
QUOTED_AFTER_NAMES = """\
# Widgets

- Lee, Ann, and Bo Chan. 2020. "Widget Routing in Graphs." In *Proceedings of ICML*, 1-10.
- Lee, A. and Chan, B. (2019) 'Harvard Gadgets for Graphs', Medical Image Analysis, 3(2), pp. 1-10.
- Ann Lee, Bo Chan: "Quoted Widget Title", ICML 2020
"""


def test_quoted_titles_after_names() -> None:
    result = _read(QUOTED_AFTER_NAMES)
    assert _fields(result) == [
        ("Widget Routing in Graphs", ["Ann Lee", "Bo Chan"], "ICML", 2020),
        ("Harvard Gadgets for Graphs", ["A. Lee", "B. Chan"], "MedIA", 2019),
        ("Quoted Widget Title", ["Ann Lee", "Bo Chan"], "ICML", 2020),
    ]
    assert [e.entry.note for e in result.entries] == [None] * 3  # no volume or pages


# Names and venue together in brackets closing a title.
NAMES_IN_BRACKETS = """\
# Widgets

- Masked Gadget Modeling (Ann Lee, Bo Chan; ICML 2020)
- [Sparse Widget Coding](https://arxiv.org/abs/2105.00011) (Cy Dee, Di Eng, NeurIPS 2021)
- Widget Folding at Scale (CVPR 2019)
"""


def test_names_and_venue_in_brackets_after_the_title() -> None:
    assert _fields(_read(NAMES_IN_BRACKETS)) == [
        ("Masked Gadget Modeling", ["Ann Lee", "Bo Chan"], "ICML", 2020),
        ("Sparse Widget Coding", ["Cy Dee", "Di Eng"], "NeurIPS", 2021),
        ("Widget Folding at Scale", [], "CVPR", 2019),
    ]


# Titles of capitalised words that could be one person's name (Mastering Widget Games) beside
# names: the names stay the authors, the words the title.
TITLES_LIKE_NAMES = """\
# Widgets

- Ann Lee, Bo Chan, and Cy Dee. Mastering Widget Games. In NeurIPS, 2020.
- Mastering Gadget Games, by Ann Lee. ICML 2020
- Ann B. Lee, Bo C. Chan. Segment Any Widget. ICML 2020.
- [Widget Title Omicron](https://arxiv.org/abs/2001.00015) [ICML 2020] (Ann Lee, Bo Chan)
"""


def test_titles_that_could_be_names_beside_names() -> None:
    assert _fields(_read(TITLES_LIKE_NAMES)) == [
        ("Mastering Widget Games", ["Ann Lee", "Bo Chan", "Cy Dee"], "NeurIPS", 2020),
        ("Mastering Gadget Games", ["Ann Lee"], "ICML", 2020),
        ("Segment Any Widget", ["Ann B. Lee", "Bo C. Chan"], "ICML", 2020),
        ("Widget Title Omicron", ["Ann Lee", "Bo Chan"], "ICML", 2020),
    ]


# Names first in more forms, before titles of capitalised words: MLA without quotes, names with
# initials or et al. before comma pieces, and et al. with a full name in brackets.
NAMES_BEFORE_CAPITALISED_TITLES = """\
# Widgets

- Lee, Ann, and Bo Chan. Mastering Gadget Games Again. ICML 2020.
- Ann Lee et al., Mastering Widget Shogi, ICML 2020.
- A. Lee, Mastering Widget Poker, ICML 2020.
- A. Lee, B. Chan, Mastering Widget Chess, ICML 2020.
- Mastering Widget Go (Ann Lee et al., 2020)
"""


def test_names_before_capitalised_titles() -> None:
    assert _fields(_read(NAMES_BEFORE_CAPITALISED_TITLES)) == [
        ("Mastering Gadget Games Again", ["Ann Lee", "Bo Chan"], "ICML", 2020),
        ("Mastering Widget Shogi", ["Ann Lee"], "ICML", 2020),
        ("Mastering Widget Poker", ["A. Lee"], "ICML", 2020),
        ("Mastering Widget Chess", ["A. Lee", "B. Chan"], "ICML", 2020),
        ("Mastering Widget Go", [], None, 2020),
    ]


# Names after the title in emphasis or brackets, titles of capitalised words before them.
NAMES_AFTER_CAPITALISED_TITLES = """\
# Widgets

- Mastering Widget Go. *Ann Lee, Bo Chan.* ICML 2020. [[pdf]](https://example.org/x.pdf)
- Mastering Widget Janggi [ICML 2020] [Ann Lee, Bo Chan] [[paper]](https://arxiv.org/abs/2001.00008)
- Mastering Widget Checkers (Lee et al., ICML'20) [paper](https://arxiv.org/abs/2001.00011)
"""


def test_names_after_capitalised_titles() -> None:
    assert _fields(_read(NAMES_AFTER_CAPITALISED_TITLES)) == [
        ("Mastering Widget Go", ["Ann Lee", "Bo Chan"], "ICML", 2020),
        ("Mastering Widget Janggi", ["Ann Lee", "Bo Chan"], "ICML", 2020),
        ("Mastering Widget Checkers", [], "ICML", 2020),
    ]


# ``Title. Authors. Venue, Year.`` with the venue's full name, a name in brackets, pages or a
# journal abbreviated with dots.
FULL_VENUE_NAMES = """\
# Widgets

- Mastering Widget Games, Ann Lee, Bo Chan, Proceedings of the AAAI Conference on Artificial Intelligence, 2020.
- Mastering Widget Go. Ann Lee, Bo Chan. In Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR), 2022.
- Mastering Widget Poker. Ann Lee, Bo Chan. Advances in Neural Information Processing Systems 33 (NeurIPS 2020).
- Mastering Widget Shogi. Ann Lee, Bo Chan. The Web Conference (WWW), 2021.
- Mastering Widget Hex. Ann Lee, Bo Chan. Proc. ICML, pp. 100-110, 2020.
- Mastering Widget Checkers. Ann Lee, Bo Chan. Trans. Mach. Learn. Res., 2023.
- Mastering Widget Janggi. Ann Lee, Bo Chan. Journal of Widget Research 12(3), 2019.
"""


def test_title_authors_then_a_full_venue_name() -> None:
    names = ["Ann Lee", "Bo Chan"]
    assert _fields(_read(FULL_VENUE_NAMES)) == [
        ("Mastering Widget Games", names, "AAAI", 2020),
        ("Mastering Widget Go", names, "CVPR", 2022),
        ("Mastering Widget Poker", names, "NeurIPS", 2020),
        ("Mastering Widget Shogi", names, "WWW", 2021),
        ("Mastering Widget Hex", names, "ICML", 2020),
        ("Mastering Widget Checkers", names, "TMLR", 2023),
        ("Mastering Widget Janggi", names, "Journal of Widget Research", 2019),
    ]


# More author-year forms: by before two names and a venue, names with initials before a venue
# piece, APA with the title in italics, Springer's journals (Vancouver names, then the year).
MORE_AUTHOR_YEAR_FORMS = """\
# Widgets

- Mastering Widget Go by Ann Lee, Bo Chan (ICML 2020) [paper](https://arxiv.org/abs/2001.00003)
- Mastering Widget Checkers, A. Lee, B. Chan, and C. Dee, ICML 2020
- Lee, A. & Chan, B. (2020). *Mastering Widget Go Again*. ICML.
- Lee A, Chan BK (2020) Mastering widget tic tac toe. Nature 5:1-9
- Distilling Small Widgets by Mimicking Gadgets (ICML 2020)
"""


def test_more_author_year_forms() -> None:
    assert _fields(_read(MORE_AUTHOR_YEAR_FORMS)) == [
        ("Mastering Widget Go", ["Ann Lee", "Bo Chan"], "ICML", 2020),
        ("Mastering Widget Checkers", ["A. Lee", "B. Chan", "C. Dee"], "ICML", 2020),
        ("Mastering Widget Go Again", ["A. Lee", "B. Chan"], "ICML", 2020),
        ("Mastering widget tic tac toe", ["A. Lee", "B. K. Chan"], None, 2020),
        ("Distilling Small Widgets by Mimicking Gadgets", [], "ICML", 2020),
    ]


# ``and others`` after names says more names than are written, as ``et al.`` does.
AND_OTHERS = """\
# Widgets

- [Mastering Widget Go](https://arxiv.org/abs/2001.00003). Ann Lee and others. ICML 2020.
- [Mastering Widget Poker](https://arxiv.org/abs/2001.00004). Ann Lee, Bo Chan & others. ICML 2020.
"""


def test_and_others_after_names() -> None:
    assert _fields(_read(AND_OTHERS)) == [
        ("Mastering Widget Go", ["Ann Lee"], "ICML", 2020),
        ("Mastering Widget Poker", ["Ann Lee", "Bo Chan"], "ICML", 2020),
    ]
