# ruff: noqa: E501  (list lines are as long as lists write them)
"""Layouts met on a seventh set of public lists (issue 12), each written here in a few lines of
our own: repository lines nested under a paper's title link; short labels before a colon and a
linked or quoted title; sections that point to other lists."""

from __future__ import annotations

from catalogue.core.models import LinkKind
from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


NESTED_CODE = """\
# Search papers

## Gradient
- [Learning Tiny Gates for Sparse Nets](https://arxiv.org/abs/2001.00101) | [ICLR 2020]
  + [ann-lee/tiny-gates](https://github.com/ann-lee/tiny-gates) | [Pytorch]

- [Stochastic Cell Search](https://arxiv.org/abs/2002.00202) | [ICML 2020]

- [Differentiable Block Search](https://arxiv.org/abs/2003.00303) | [CVPR 2020]
  + [bob-chan/dbs](https://github.com/bob-chan/dbs) | [Pytorch]
  + [cat-wu/dbs.pytorch](https://github.com/cat-wu/dbs.pytorch) | [Pytorch, Tensorflow]
  + [org/models/research/dbs](https://gitlab.com/org/models/-/tree/main/research/dbs) | [Tensorflow]
  + [Pruning Blocks Twice](https://arxiv.org/abs/2004.00404) | [NeurIPS 2020]
"""


def test_repository_lines_nested_under_a_paper_are_its_code_links() -> None:
    result = _read(NESTED_CODE)
    found = [(e.kind, e.entry.line, e.entry.title) for e in result.entries]
    assert found == [
        ("paper", 4, "Learning Tiny Gates for Sparse Nets"),
        ("paper", 7, "Stochastic Cell Search"),
        ("paper", 9, "Differentiable Block Search"),
        # A nested line that names a paper is still a work of its own.
        ("paper", 13, "Pruning Blocks Twice"),
    ]
    first, _, third, _ = (e.entry for e in result.entries)
    assert [(x.kind, x.url) for x in first.links if x.kind == LinkKind.CODE] == [
        (LinkKind.CODE, "https://github.com/ann-lee/tiny-gates")
    ]
    assert [x.url for x in third.links if x.kind == LinkKind.CODE] == [
        "https://github.com/bob-chan/dbs",
        "https://github.com/cat-wu/dbs.pytorch",
        "https://gitlab.com/org/models/-/tree/main/research/dbs",
    ]


LABELLED_TITLES = """\
# Voice papers

<h3 id="21">Autoregressive Model</h3>

- Wavy V1<sup><span class="star" style="color: red">&#x2605;</span></sup>: [Wavy: Towards Direct Waveform Generation](https://arxiv.org/abs/1801.00101) (Interspeech 2018)
- Deep Hum V2<sup>&#x2605;</sup>: [Deep Hum 2: Many Voices at Once](https://arxiv.org/abs/1802.00202) (ICML 2018)
- HumFlow (flow based): [HumFlow: A Flow for Humming Voices](https://arxiv.org/abs/2001.00303) (2020)
- Glide-TTS (flow based, monotonic alignment): [Glide-TTS: Gliding Between Phonemes](https://arxiv.org/abs/2002.00404) (NeurIPS 2020)
- Parallel Hummer 2: [Parallel Hummer 2: Fast Humming with Learned Durations](https://arxiv.org/abs/2003.00505) (2021)
"""


def test_a_short_label_with_a_mark_or_a_remark_before_a_colon_is_no_title() -> None:
    found = [(e.entry.title, e.entry.alias) for e in _read(LABELLED_TITLES).entries]
    assert found == [
        ("Wavy: Towards Direct Waveform Generation", "Wavy V1"),
        ("Deep Hum 2: Many Voices at Once", "Deep Hum V2"),
        ("HumFlow: A Flow for Humming Voices", "HumFlow"),
        ("Glide-TTS: Gliding Between Phonemes", "Glide-TTS"),
        ("Parallel Hummer 2: Fast Humming with Learned Durations", "Parallel Hummer 2"),
    ]


LABELLED_QUOTES = """\
# Models

**Normalization**
1. <u>ScaleNorm</u>: **"Scaling Norms for Deep Stacks"**. *Ann Lee et al*. NeurIPS 2019. [[paper](http://arxiv.org/abs/1910.00101)]
1. <u>Mixed bias</u>: **"Relative Biases Beyond Windows"**. *Bo Chan et al.* JMLR 2020. [[paper](https://arxiv.org/abs/1910.00202)]
1. **"Gated Memory Without Attention"**. *Cy Dee et al*. arXiv 2022. [[paper](http://arxiv.org/abs/2212.00303)]
1. <u>Multi-group attention</u>: "Many Heads Share One Key". *Ed Fox*. arXiv 2019. [[paper](https://arxiv.org/abs/1911.00505)]
1. Dropin: *Fay Gold and Hal Ives*. ICML 2018. [[paper](https://arxiv.org/abs/1806.00606)]
"""


def test_a_short_label_and_a_colon_before_a_bold_or_quoted_title_is_the_alias() -> None:
    entries = [e.entry for e in _read(LABELLED_QUOTES).entries]
    assert [(e.title, e.alias) for e in entries[:4]] == [
        ("Scaling Norms for Deep Stacks", "ScaleNorm"),
        ("Relative Biases Beyond Windows", "Mixed bias"),
        ("Gated Memory Without Attention", None),
        ("Many Heads Share One Key", "Multi-group attention"),
    ]
    assert [(e.authors, e.venue, e.year) for e in entries[:2]] == [
        (["Ann Lee"], "NeurIPS", 2019),
        (["Bo Chan"], "JMLR", 2020),
    ]
    # Names in italics after a short name and a colon are no title with an alias.
    assert entries[4].alias is None
    assert not entries[4].title.startswith("Fay Gold")


RELATED_LISTS = """\
# Voice papers
A list of voice papers.

Repositories for collecting voice papers:

- [awesome-voice-papers](https://github.com/ann-lee/awesome-voice-papers) (from [Ann Lee](https://github.com/ann-lee))
- [Hum-papers](https://github.com/bob-chan/Hum-papers) (from [Bob Chan](https://github.com/bob-chan))
- [voice_paper_list](https://gitlab.com/cy/voice_paper_list) (from [cy](https://github.com/cy))

## Models

- [Wavy: Towards Direct Waveform Generation](https://arxiv.org/abs/1801.00101) (Interspeech 2018)
- [voicekit](https://github.com/dee/voicekit) - a toolkit for voice papers
- [PaperVoice](https://github.com/dee/papervoice) - reading papers aloud

## Similar repos

- [Voice compression](https://github.com/eng/voice-compression)
"""


def test_other_lists_of_papers_and_similar_repos_are_skipped_not_imported() -> None:
    result = _read(RELATED_LISTS)
    assert [(e.kind, e.entry.line) for e in result.entries] == [
        ("paper", 12),
        ("code", 13),
        ("code", 14),  # a tool whose name only contains "paper" is still code
    ]
    reasons = {s.line: s.reason for s in result.skipped}
    assert [reasons.get(n) for n in (6, 7, 8)] == ["another awesome list"] * 3
    assert "Similar repos" in reasons[18]


WRAPPED_ROW = """\
# Pruning

| No. | Title | Venue | Type | Code | Year |
|:----|:------|:-----:|:----:|:----:|:----:|
| 1 | [Sparse Gates for Tiny Convolutional Networks](https://arxiv.org/abs/2001.00101) | ICLR | `W` | [PyTorch](https://github.com/ann/gates) | 2020 |
| 2 | [Efficient Regrowth of Deep Convolutional
Neural Networks by Dynamic Sparse Masks](https://arxiv.org/abs/1902.00202) | ICML | `W` | [PyTorch](https://github.com/bob/regrow) | 2019 |
| 3 | [Pruned Filters at Birth](https://arxiv.org/abs/1903.00303) | CVPR | `F` | - | 2019 |
"""


def test_a_table_row_wrapped_inside_its_title_link_is_one_entry() -> None:
    result = _read(WRAPPED_ROW)
    found = [(e.entry.line, e.entry.end_line, e.entry.title) for e in result.entries]
    assert found[1] == (
        6,
        7,
        "Efficient Regrowth of Deep Convolutional Neural Networks by Dynamic Sparse Masks",
    )
    assert len(found) == 3
    wrapped = result.entries[1].entry
    assert [x.url for x in wrapped.links] == [
        "https://arxiv.org/abs/1902.00202",
        "https://github.com/bob/regrow",
    ]
    assert (wrapped.venue, wrapped.year) == ("ICML", 2019)
    assert all(s.line != 7 for s in result.skipped)


SHIFTED_ROW = """\
## Discussions

| Date | Link | Publication | Authors |
|:----:|:----:|:-----------:|:-------:|
| 2024/5/20 | [Steering Small Models Safely](https://www.science.org/doi/abs/10.1126/science.xyz0101) | Ann Lee, Bo Chan, Cy Dee, Di Eng, Ed Fox, Fay Gold, Hal Ives, Ian Jay, Kim Lam, Lu Moe | Science |
"""


def test_a_titled_link_names_the_work_when_no_header_names_the_title_column() -> None:
    (entry,) = [e.entry for e in _read(SHIFTED_ROW).entries]
    assert entry.title == "Steering Small Models Safely"
    assert [x.url for x in entry.links] == [
        "https://www.science.org/doi/abs/10.1126/science.xyz0101"
    ]


PROSE_AROUND = """\
# Detection papers
A paper list of object detection. I wrote this page with the help of [this survey paper](https://arxiv.org/pdf/1809.00101v1.pdf).

Code for many of them: https://github.com/ann-lee/detectors

## Papers

- Model Shrinking by Distillation (ICLR 2018) [paper](https://arxiv.org/abs/1802.00202)

### Repos
TensorFlow implementation of two papers https://github.com/bob-chan/shrink, results for CIFAR-10

Please star https://github.com/cy-dee/detection-list if it helps.

[Lab - KD](https://github.com/lab/kamal)
"""


def test_the_list_speaking_of_itself_is_no_entry_though_it_links_a_paper() -> None:
    lines = {e.entry.line for e in _read(PROSE_AROUND).entries}
    assert 2 not in lines
    assert 4 not in lines  # under the list's title: its introduction, not one of its sections


def test_a_line_under_a_section_naming_one_repository_is_a_code_entry() -> None:
    result = _read(PROSE_AROUND)
    found = [(e.kind, e.entry.line, e.entry.title) for e in result.entries]
    assert found == [
        ("paper", 8, "Model Shrinking by Distillation"),
        ("code", 11, "TensorFlow implementation of two papers"),
    ]
    assert [x.url for x in result.entries[1].entry.links] == ["https://github.com/bob-chan/shrink"]


VENUE_FORMS = """\
# Search papers

- Cells Grown by Rewards [[pdf]](https://arxiv.org/abs/1611.00101)
  - Ann Lee and Bo V. Chan. *ICLR'17*
- **[R-NET]** Rich Regions for Finding Things | Cy Dee, Di Eng, Ed Fox | **[CVPR' 14]** |[`[pdf]`](https://arxiv.org/pdf/1311.00202.pdf)
1. [TinyNet: Shuffling Channels for Phones](https://arxiv.org/abs/1707.00303) [arXiv '17, Megacorp]
- [Stochastic Cell Search](https://arxiv.org/abs/1902.00404) | [2019/02]
* **LR-9**: "Local Relations for Seeing", ICCV, 2019 (*Megacorp*). [[Paper](https://arxiv.org/abs/1904.00505)]
- [Unified Front Ends for Speech](https://arxiv.org/pdf/2012.00606.pdf) (2021-01)
"""


def test_venues_with_two_digit_years_dates_and_affiliations_after_the_year() -> None:
    found = [(e.entry.venue, e.entry.year) for e in _read(VENUE_FORMS).entries]
    assert found == [
        ("ICLR", 2017),  # ICLR'17
        ("CVPR", 2014),  # [CVPR' 14]
        ("arXiv", 2017),  # [arXiv '17, Megacorp]
        (None, 2019),  # [2019/02] is a date, no venue
        ("ICCV", 2019),  # ICCV, 2019 (*Megacorp*): the venue, not the affiliation
        (None, 2021),  # (2021-01)
    ]
    entries = [e.entry for e in _read(VENUE_FORMS).entries]
    assert entries[0].authors == ["Ann Lee", "Bo V. Chan"]
    assert entries[1].authors == ["Cy Dee", "Di Eng", "Ed Fox"]


FIELD_PROSE = """\
# Awesome Widget Distillation

**Widget distillation** is the task of making a small set of widgets such that models trained on it do as well as on the large set. The task was first introduced in the paper [*Widget Distillation* [Ann Lee et al., '18]](https://arxiv.org/abs/1811.00101), along with an algorithm that goes back through the steps. It was then taken to real widgets in the paper [*Real Widget Distillation* [Bo Chan et al., '19]](https://arxiv.org/abs/2104.00202), which also looked at what stays private, and matching was first introduced in [*Widget Condensation*](https://arxiv.org/abs/2006.00303).

## Papers

[Widget Distillation](https://arxiv.org/abs/1811.00101), Ann Lee, Bo Chan, arXiv 2018
"""


def test_a_paragraph_of_prose_about_the_field_is_no_entry_though_it_links_papers() -> None:
    found = [(e.entry.line, e.entry.title) for e in _read(FIELD_PROSE).entries]
    assert found == [(7, "Widget Distillation")]


NEWS_EVENT = """\
# Spoken widget models

## :trident: News
### [Widget-SUPERB @ WLT 2024](https://widgetsuperb.github.io/)
- The challenge covers widget codecs and widget language models.
- Keynote speakers
  - [Ann Lee (Lab A)](https://scholar.google.com/citations?user=abc): 15:15-16:00
    - Title: Widget Language Models
- Accepted papers ([Recording](https://drive.google.com/file/d/xyz/view))
  - WidgetCodec: Training and Evaluation of Widget Codecs

### Papers under the news
- [Widgets That Talk](https://arxiv.org/abs/2401.00101), ICWR 2024

## Models
- [Widgets That Listen](https://arxiv.org/abs/2402.00202), ICWR 2024
"""


def test_an_event_with_its_year_under_the_news_is_news_too() -> None:
    found = [e.entry.line for e in _read(NEWS_EVENT).entries]
    # An undated sub-heading under the news is still one of the list's sections.
    assert found == [13, 16]


ONE_BAR = """\
## Search
  - 2016 | Widget Search with Products of Experts | Ann Lee, et al. | PKDD | [`PDF`](https://example.org/w1.pdf)
  - 2015 | Widget Space Pruning - A New Part for Model-Based Widget Search | Bo Chan, et al. | [`PDF`](https://example.org/w2.pdf)
  - 2015 | Efficient and Robust Widget Learning | [`PDF`](https://example.org/w3.pdf)
"""


def test_a_bar_before_the_authors_ends_the_title_when_no_venue_follows() -> None:
    found = [(e.entry.title, e.entry.authors) for e in _read(ONE_BAR).entries]
    assert found == [
        ("Widget Search with Products of Experts", ["Ann Lee"]),
        ("Widget Space Pruning - A New Part for Model-Based Widget Search", ["Bo Chan"]),
        ("Efficient and Robust Widget Learning", []),
    ]


DATE_IN_BRACKETS = """\
## Talks
* Widget Modeling for Speech Synthesis(Dec. 14th, 2015@ASRU) - [slide](https://example.org/widget-slides.pdf)
* Widget Gram: Picking Units for Sequence Labelling (ICML2017) - [paper](https://arxiv.org/abs/1703.00101)
"""


def test_a_full_stop_inside_brackets_ends_no_title() -> None:
    first = _read(DATE_IN_BRACKETS).entries[0].entry
    assert (first.title, first.venue, first.year) == (
        "Widget Modeling for Speech Synthesis",
        "ASRU",
        2015,
    )


INITIALS_GLUED = """\
## Reading
- [ICLR 2019] Universal Widgets(UW) [summary](https://example.org/uw.md)
- [ICLR 2019] Fast Widgets(v2) [summary](https://example.org/fw.md)
"""


def test_a_two_word_title_with_its_initials_glued_on_keeps_them_as_the_alias() -> None:
    first, second = (e.entry for e in _read(INITIALS_GLUED).entries)
    assert (first.title, first.alias) == ("Universal Widgets", "UW")
    assert second.title == "Fast Widgets(v2)"  # not initials: the title's own
