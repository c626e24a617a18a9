# ruff: noqa: E501  (list lines are as long as lists write them)
"""Layouts met on a second set of held-out public lists (issue 12), each written here in a few
lines of our own: a bold title with its authors and bracketed role links as sub-bullets, numbered
``year - venue - name - title`` items, quoted titles, BibTeX braces, a method's short name glued
to its title, authors in brackets after a title, ``YYMM-`` prefixes and venues glued on."""

from __future__ import annotations

from catalogue.core.models import LinkKind
from catalogue.ingest.importers import ImportResult, get
from catalogue.ingest.importers._names import Authors
from catalogue.ingest.importers._tidy_title import unwrap
from catalogue.ingest.importers._title import lead_tags, split_title
from catalogue.ingest.importers._venues import default_lexicon


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


def _by_line(text: str) -> dict[int, object]:
    return {item.entry.line: item for item in _read(text).entries}


NESTED_DETAILS = """\
# Graph papers

## Kernels
- **Walks Over Labelled Trees (KDD 2018)**
  - Ana Field and Bo Stone
  - [[Paper]](https://arxiv.org/abs/1801.00001)
  - [[Python Reference]](https://github.com/someone/walks)

- **Spectral Sketches of Large Graphs (2017)**
  - Cy Moss, Di Lake
  - [[Paper]](https://example.org/sketches.pdf)
  - [[C++ Reference]](https://github.com/someone/sketch)
  - [[Python Reference]](https://github.com/other/sketch-py)
"""


def test_bold_title_with_authors_and_bracketed_role_links_below_is_one_entry() -> None:
    found = _by_line(NESTED_DETAILS)
    assert sorted(found) == [4, 9]
    first = found[4].entry
    assert first.title == "Walks Over Labelled Trees"
    assert (first.venue, first.year) == ("KDD", 2018)
    assert first.authors == ["Ana Field", "Bo Stone"]
    assert [(x.kind, x.url) for x in first.links] == [
        (LinkKind.ARXIV, "https://arxiv.org/abs/1801.00001"),
        (LinkKind.CODE, "https://github.com/someone/walks"),
    ]
    second = found[9].entry
    assert second.title == "Spectral Sketches of Large Graphs"
    assert second.year == 2017
    assert [x.kind for x in second.links] == [LinkKind.PDF, LinkKind.CODE, LinkKind.CODE]


NUMBERED_DASHED = """\
# Continual learning

1. 2017 - PNAS - EWQ - Keeping old tasks alive in deep networks [[paper]](https://arxiv.org/abs/1701.00002) [[code]](https://github.com/someone/ewq)
2. 2019 - ICML - ZED - Zero drift replay for streams [[paper]](https://arxiv.org/abs/1902.00003)
"""


def test_year_venue_and_short_name_in_front_dash_separated_are_tags() -> None:
    found = _by_line(NUMBERED_DASHED)
    assert found[3].entry.title == "Keeping old tasks alive in deep networks"
    assert (found[3].entry.venue, found[3].entry.year) == ("PNAS", 2017)
    assert found[4].entry.title == "Zero drift replay for streams"
    assert (found[4].entry.venue, found[4].entry.year) == ("ICML", 2019)


QUOTED_WITHOUT_LINKS = """\
# Reading

### Words
* **"Counting words in windows of text."**
  * Doe et al. ACL. 2013.
* **"Glued vectors: a sequel."**
  * Roe et al. EMNLP. 2014.
* **"Why attention is not all."**
  * Poe. NAACL. 2019.
"""


def test_a_quoted_title_is_read_without_its_quotes_and_full_stop() -> None:
    titles = {line: item.entry.title for line, item in _by_line(QUOTED_WITHOUT_LINKS).items()}
    assert titles == {
        4: "Counting words in windows of text",
        6: "Glued vectors: a sequel",
        8: "Why attention is not all",
    }


BIBTEX_MADE = """\
## Conference on Things (CoT)
- **Replay with {GAN}s for {RL}**, (2019) [[paper]](https://openreview.net/forum?id=abcDEF123)  [[bib]](../refs.bib#L1-L9)  by *Doe, Jane and Roe, Rick*
- **Progress \\& regress: a study**, (2018) [[bib]](../refs.bib#L10-L19)  by *Moe, Ann*
"""


def test_bibtex_braces_and_escapes_are_no_part_of_a_title() -> None:
    found = _by_line(BIBTEX_MADE)
    assert found[2].entry.title == "Replay with GANs for RL"
    assert found[2].entry.year == 2019
    assert found[3].entry.title == "Progress & regress: a study"


GLUED_NAMES_AND_BOLD_WORDS = """\
## Knowledge graphs
- [ACL 2019] Rotating embeddings of relations in complex space(RotE) [summary](/notes/rote.md)
- [2018 AAAI] Plain title with no short name [summary](/notes/plain.md)
- [2019 AAAI] **Graph Convolution** for Text Labelling [summary](/notes/gcn.md)
- [2015 NIPS] **Character-level Networks** [summary](/notes/char.md)
"""


def test_a_short_name_glued_to_a_title_and_bold_words_inside_a_title() -> None:
    found = _by_line(GLUED_NAMES_AND_BOLD_WORDS)
    assert found[2].entry.title == "Rotating embeddings of relations in complex space"
    assert found[2].entry.alias == "RotE"
    assert (found[2].entry.venue, found[2].entry.year) == ("ACL", 2019)
    assert found[3].entry.title == "Plain title with no short name"
    assert found[4].entry.title == "Graph Convolution for Text Labelling"
    assert found[5].entry.title == "Character-level Networks"


AUTHORS_IN_BRACKETS = """\
| Index | Date | Paper | Conference | Code |
| :-: | --- | --- | --- | --- |
| 1 | 21/1/6 | Tagging edits for error correction (Doe et al.) | ACL-2020 | [Code](https://github.com/someone/tagger) |
| 2 | 21/1/7 | Minimal supervision for correction (Student Abstract) (Roe and Poe) | AAAI-2020 |  |
"""


def test_authors_in_brackets_after_a_title_are_its_authors() -> None:
    found = _by_line(AUTHORS_IN_BRACKETS)
    assert found[3].entry.title == "Tagging edits for error correction"
    assert found[3].entry.authors == ["Doe"]
    assert (found[3].entry.venue, found[3].entry.year) == ("ACL", 2020)
    assert found[4].entry.title == "Minimal supervision for correction (Student Abstract)"
    assert found[4].entry.authors == ["Roe", "Poe"]


DATED_LABELS = """\
## Post-training
* [1510-Deep Squeezing of Networks](https://arxiv.org/abs/1510.00001)
  * 利用了参数分布的知识
* [1709-WIDE-ICLR2018](https://arxiv.org/abs/1709.00002)
"""


def test_a_year_month_prefix_and_a_glued_venue_are_no_part_of_a_title() -> None:
    found = _by_line(DATED_LABELS)
    assert found[2].entry.title == "Deep Squeezing of Networks"
    assert found[4].entry.title == "WIDE"
    assert (found[4].entry.venue, found[4].entry.year) == ("ICLR", 2018)


def test_title_helpers_keep_a_title_s_own_brackets_and_dashes() -> None:
    lexicon = default_lexicon()
    # A bracket that holds no venue, names or short name stays.
    assert (
        split_title("Learning (Almost) Everything", lexicon).title == "Learning (Almost) Everything"
    )
    assert split_title("Theory of Mind (A Survey)", lexicon).title == "Theory of Mind (A Survey)"
    parts = split_title("Sparse nets (Lee and Kim)", lexicon)
    assert (parts.title, parts.authors) == ("Sparse nets", Authors(["Lee", "Kim"]))
    # A dash inside a title is no separator of tags; a chain must start with a year or venue.
    assert lead_tags("GECToR - Grammatical Error Correction", lexicon) == (
        "GECToR - Grammatical Error Correction",
        [],
    )
    assert lead_tags("1000-Layer Networks", lexicon) == ("1000-Layer Networks", [])
    assert unwrap('"Attention, again."') == "Attention, again"
    assert unwrap("Sets {of} braces {") == "Sets {of} braces {"


BOLD_TITLE_WITH_LABELLED_LINKS = """\
# 分割

**Fast Segmentation with Boundary Arrows**

- 论文：https://arxiv.org/abs/2001.00004

- 代码：https://github.com/someone/arrows

**Panoptic Voting by Consensus of Pixels**

- Oral
- 论文：https://arxiv.org/abs/2002.00005
- 代码（即将开源）：https://github.com/someone/voting
- 解读1：https://zhuanlan.zhihu.com/p/123

**Two-Way Aggregation for Occluded Scenes**

论文：https://arxiv.org/abs/2003.00006

代码：暂无
"""


def test_a_bold_title_with_labelled_link_lines_below_is_one_entry() -> None:
    found = _by_line(BOLD_TITLE_WITH_LABELLED_LINKS)
    assert sorted(found) == [3, 9, 16]
    assert found[3].entry.title == "Fast Segmentation with Boundary Arrows"
    assert [x.url for x in found[3].entry.links] == [
        "https://arxiv.org/abs/2001.00004",
        "https://github.com/someone/arrows",
    ]
    voting = found[9].entry
    assert voting.title == "Panoptic Voting by Consensus of Pixels"
    assert [x.kind for x in voting.links] == [LinkKind.ARXIV, LinkKind.CODE, LinkKind.BLOG]
    assert voting.authors == []  # ``解读1：`` labels a link, it names nobody
    assert found[16].entry.title == "Two-Way Aggregation for Occluded Scenes"
    assert found[16].entry.identifiers.arxiv == "2003.00006"


def test_a_bold_line_above_a_list_of_works_stays_a_sub_heading() -> None:
    text = """\
**Pruning Methods Worth Reading**

- [Sparse Nets at Scale](https://arxiv.org/abs/2004.00007) - Doe et al., ICML 2020
- [Tiny Lottery Tickets](https://arxiv.org/abs/2005.00008) - Roe et al., NeurIPS 2020
"""
    found = _by_line(text)
    assert sorted(found) == [3, 4]
    assert found[3].entry.title == "Sparse Nets at Scale"


TABLE_WITH_ONE_BARE_ROW = """\
| Index | Date | Paper | Conference | Code |
| :-: | --- | --- | --- | --- |
| 1 | 21/1/5 | Pretraining deep encoders for words (Doe et al.) | NAACL-2019 |  |
| 2 | 21/1/5 | Fusing encoders into translation (Roe et al.) | ICLR-2020 | [Code](https://github.com/someone/fuse) |
| 3 | 21/1/17 | Agreement between two directions (Poe et al.) | AAAI-2016 |  |
| 4 | 21/1/26 | Rewriting spans to pretrain sequences (Moe et al.) | - |  |
"""


def test_a_row_of_a_table_of_works_needs_only_a_title() -> None:
    found = _by_line(TABLE_WITH_ONE_BARE_ROW)
    assert sorted(found) == [3, 4, 5, 6]
    assert found[6].entry.title == "Rewriting spans to pretrain sequences"
    assert found[6].entry.authors == ["Moe"]


def test_a_table_of_words_stays_no_works() -> None:
    text = """\
| Symbol | Meaning |
| --- | --- |
| W | weight pruning of single parameters |
| F | filter pruning of whole channels |
| C | channel pruning after training |
"""
    assert _read(text).entries == []


BAR_FIELDS_UNDER_HEADING_BULLETS = """\
# Papers
### Feature Engineering
+ #### Expand and Reduce
  - 2017 | AutoFeat — Generating Features Automatically | Ann Kaul, et al. | ICDM | [`PDF`](https://example.org/autofeat.pdf)
  - 2016 | Cognitive Features for Supervised Learning | Udo Khan, et al. | ICDMW | [`PDF`](https://example.org/cognitive.pdf)
+ #### Meta Learning
  - 2017 | Learning Features for Classification | Fay Narg, et al. | IJCAI | [`PDF`](https://example.org/learnfeat.pdf)
"""


def test_bar_separated_fields_under_heading_bullets() -> None:
    found = _by_line(BAR_FIELDS_UNDER_HEADING_BULLETS)
    assert sorted(found) == [4, 5, 7]
    assert found[4].entry.title == "AutoFeat — Generating Features Automatically"
    assert found[4].entry.year == 2017
    assert found[5].entry.title == "Cognitive Features for Supervised Learning"
    assert found[7].entry.title == "Learning Features for Classification"
    assert found[7].entry.authors == ["Fay Narg"]


TITLE_BELOW_A_BLANK_LINE = """\
## Vanilla

Mimo. *CVPR 2017*.
[[CVF](http://openaccess.thecvf.com/content_cvpr_2017/html/Mimo_CVPR_2017_paper.html)]
\\- A detector that copies the features of a larger one.

- Mimicking Large Detectors in Small Ones
- Ann Lee and Bo Kim

TAR.
[[arXiv](http://arxiv.org/abs/2006.00009)]
\\- Distillation guided by the task.

- Task Aware Regularisation for Detector Distillation
- Cy Sun and Di Tang
"""


def test_in_block_layout_a_title_list_after_a_blank_line_ends_the_block() -> None:
    found = _by_line(TITLE_BELOW_A_BLANK_LINE)
    assert sorted(found) == [3, 10]
    assert found[3].entry.title == "Mimicking Large Detectors in Small Ones"
    assert found[3].entry.end_line == 8
    assert found[3].entry.authors == ["Ann Lee", "Bo Kim"]
    assert found[10].entry.title == "Task Aware Regularisation for Detector Distillation"


def test_beside_surname_comma_given_a_bare_name_is_surname_first_too() -> None:
    from catalogue.ingest.importers._names import parse_authors

    lexicon = default_lexicon()
    found = parse_authors("Stone, Ana, and Field Bob", lexicon, surname_first=True)
    assert found is not None and found.names == ["Ana Stone", "Bob Field"]
    # A pair glued without a space says less: the name after it may be given first.
    found = parse_authors("Stone,Ana, and Bob Field", lexicon, surname_first=True)
    assert found is not None and found.names == ["Ana Stone", "Bob Field"]
    # In a list that writes given names first, nothing is turned round.
    found = parse_authors("Ana Stone and Bob Field", lexicon)
    assert found is not None and found.names == ["Ana Stone", "Bob Field"]
