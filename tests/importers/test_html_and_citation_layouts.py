# ruff: noqa: E501  (list lines are as long as lists write them)
"""Layouts met on a fifth set of held-out public lists (issue 12), each written here in a few
lines of our own: HTML lists whose ``<li>`` are never closed, under bold venue links."""

from __future__ import annotations

from catalogue.core.models import LinkKind
from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


def _by_line(text: str) -> dict[int, object]:
    return {item.entry.line: item for item in _read(text).entries}


UNCLOSED_ITEMS = """\
# Setup
<ul>
  <li><code>git clone https://github.com/someone/reading-notes.git</code></li>
  <li><code>pip install -r needs.txt</code></li>
</ul>

## Papers

<strong>[NAACL 2021](https://example.org/naacl-2021/accepted)</strong>
<ul>
<li>Shrinking Parsers by Teaching Them Twice<a href="https://example.org/shrink.pdf">[paper]</a><a href="https://github.com/someone/shrink">[code]</a>
<li>Tiny Taggers Learn From
Large Taggers<a href="https://example.org/tiny.pdf">[paper]</a>
<li>Distilling Sentence Encoders Without Labels <a href="https://example.org/nolabels.pdf">[paper]</a>
<a href="https://github.com/someone/nolabels">[code]</a>

</ul>

 <strong>[ICASSP 2019](https://example.org/icassp-2019)</strong>
 <ul>
 <li>Small Acoustic Models From Big Ones <a href="https://example.org/acoustic.pdf"> [page]</a>
 </ul>
"""


def test_unclosed_html_items_are_one_entry_each_under_a_bold_venue_link() -> None:
    found = _by_line(UNCLOSED_ITEMS)
    # The set-up command is not a work; each <li> is one, its wrapped title and links with it.
    assert sorted(found) == [11, 12, 14, 21]
    first = found[11].entry
    assert first.title == "Shrinking Parsers by Teaching Them Twice"
    assert [(x.kind, x.url) for x in first.links] == [
        (LinkKind.PDF, "https://example.org/shrink.pdf"),
        (LinkKind.CODE, "https://github.com/someone/shrink"),
    ]
    assert (first.venue, first.year) == ("NAACL", 2021)
    assert found[12].entry.title == "Tiny Taggers Learn From Large Taggers"
    third = found[14].entry
    assert third.title == "Distilling Sentence Encoders Without Labels"
    assert [x.url for x in third.links][-1] == "https://github.com/someone/nolabels"
    last = found[21].entry
    assert last.title == "Small Acoustic Models From Big Ones"
    assert (last.venue, last.year) == ("ICASSP", 2019)


def test_inline_html_in_a_markdown_line_gives_bold_code_and_links() -> None:
    text = "- Fast Students for Slow Teachers <a href='https://example.org/fast.pdf'>[pdf]</a> <b>NeurIPS 2020</b>\n"
    (item,) = _read(text).entries
    assert item.entry.title == "Fast Students for Slow Teachers"
    assert [x.url for x in item.entry.links] == ["https://example.org/fast.pdf"]
    assert (item.entry.venue, item.entry.year) == ("NeurIPS", 2020)


BROKEN_LINES = """\
## Surveys

- Compressing Language Models: A Field Guide <br> Arxiv 2023 [[Paper]](https://arxiv.org/abs/2301.00011)

- Serving Large Models, and Why It Is Hard <br> ICLR 2024 (Blog Track) [[Paper]](https://arxiv.org/abs/2402.00022) [[GitHub Page]](https://github.com/someone/serving)

- Pruning Without Tears<br/>Ann Lee, Bo Chan<br/>ICML 2021 [pdf](https://example.org/tears.pdf)
"""


def test_a_br_ends_the_title_and_what_follows_is_venue_and_authors() -> None:
    found = _by_line(BROKEN_LINES)
    first, second, third = found[3].entry, found[5].entry, found[7].entry
    assert first.title == "Compressing Language Models: A Field Guide"
    assert (first.venue, first.year) == ("arXiv", 2023)
    assert second.title == "Serving Large Models, and Why It Is Hard"
    assert (second.venue, second.year) == ("ICLR", 2024)
    assert third.title == "Pruning Without Tears"
    assert third.authors == ["Ann Lee", "Bo Chan"]
    assert (third.venue, third.year) == ("ICML", 2021)


AFFILIATIONS = """\
|Date|Title|Paper|Code|
|:---:|:---:|:---:|:---:|
|2024.03|🔥[**KV Squeeze**] Squeezing Key-Value Caches for Long Prompts(@lab.example.edu)| [[pdf]](https://arxiv.org/pdf/2403.00044.pdf)|⚠️|
|2024.05|[Paged Decode] Paged Decoding on Small Accelerators (@Some University etc) | [[pdf]](https://arxiv.org/pdf/2405.00055.pdf)|[[repo]](https://github.com/someone/paged)|
|2024.06|Batching Requests Fairly(@ACME)| [[pdf]](https://arxiv.org/pdf/2406.00066.pdf)|⚠️|
"""


def test_an_at_affiliation_after_a_title_is_no_part_of_it() -> None:
    found = _by_line(AFFILIATIONS)
    assert [found[n].entry.title for n in (3, 4, 5)] == [
        "Squeezing Key-Value Caches for Long Prompts",
        "Paged Decoding on Small Accelerators",
        "Batching Requests Fairly",
    ]
    assert found[4].entry.note == "@Some University etc"
    assert [x.url for x in found[4].entry.links] == [
        "https://arxiv.org/pdf/2405.00055.pdf",
        "https://github.com/someone/paged",
    ]


CITATIONS = """\
## Recognition

1. P. Q. Marsh, “Hidden states for spoken words, a primer”, Proceedings of the IEEE, 1990. [PDF](https://example.org/primer.pdf) (_HMM_)
2. R. Stone, T. Vale, and U. Wren, "Decoding Lattices With Weighted Graphs", Handbook of Listening Machines, Springer, 2009. [PDF](https://example.org/lattices.pdf)
3. K. Moor, et al., "Deep acoustic models for large vocabularies", TASLP, 2013. (_DNN_)
4. L. Fenn, “Transducing sequences with recurrent networks,” ICML 2013 Workshop on Sequences. (_RNN-T_)
5. Birch, Anna M. "Listening to many languages at once." Nature 512.7 (2016): 10-19.
"""


def test_a_citation_gives_the_quoted_title_its_authors_and_its_venue() -> None:
    found = _by_line(CITATIONS)
    assert sorted(found) == [3, 4, 5, 6, 7]
    first = found[3].entry
    assert first.title == "Hidden states for spoken words, a primer"
    assert first.authors == ["P. Q. Marsh"]
    assert first.year == 1990
    second = found[4].entry
    assert second.title == "Decoding Lattices With Weighted Graphs"
    assert second.authors == ["R. Stone", "T. Vale", "U. Wren"]
    assert second.year == 2009
    third = found[5].entry
    assert third.title == "Deep acoustic models for large vocabularies"
    assert (third.venue, third.year) == ("TASLP", 2013)
    assert found[6].entry.title == "Transducing sequences with recurrent networks"
    assert found[6].entry.authors == ["L. Fenn"]
    assert found[7].entry.title == "Listening to many languages at once"


NAMES_FIRST = """\
### Books
 - Hana Ito and Omar Said, Learning to Act: A Short Course [[Book]](https://example.org/act-book)
 - Piet van Dam, Methods for Sequential Decisions [[Book]](https://example.org/decisions.pdf)

### Surveys
 - Ruth A. Kemp, Sam O. Bell, Tia Moss, Trial and Error in Robots, A Survey, IJRR, 2014. [[Paper]](https://example.org/trial.pdf)
 - K. L. Rao, M.A. Diaz, et al., Value Functions in a Nutshell, ESANN, 2009. [[Paper]](https://example.org/nutshell.pdf)
 - Permute, Shuffle, and Merge: Reordering Weights for Compression [[Paper]](https://example.org/permute.pdf)
"""


def test_authors_first_bullets_give_the_title_between_names_and_venue() -> None:
    found = _by_line(NAMES_FIRST)
    book = found[2].entry
    assert book.title == "Learning to Act: A Short Course"
    assert book.authors == ["Hana Ito", "Omar Said"]
    assert found[3].entry.title == "Methods for Sequential Decisions"
    assert found[3].entry.authors == ["Piet van Dam"]
    survey = found[6].entry
    assert survey.title == "Trial and Error in Robots, A Survey"
    assert survey.authors == ["Ruth A. Kemp", "Sam O. Bell", "Tia Moss"]
    assert (survey.venue, survey.year) == ("IJRR", 2014)
    nutshell = found[7].entry
    assert nutshell.title == "Value Functions in a Nutshell"
    assert nutshell.authors == ["K. L. Rao", "M.A. Diaz"]
    assert nutshell.year == 2009
    # Words a name could be, in front of a title, are the title's.
    assert found[8].entry.title == "Permute, Shuffle, and Merge: Reordering Weights for Compression"


BOLD_NAMES = """\
## Planning

* **StackBot**: "Stacking Blocks With Language Instructions", *arXiv, Feb 2024*. [[Paper](https://arxiv.org/abs/2402.00077)] [[Website](https://stackbot.example.org/)]
* **Q-9:** “Q-9: Grasping Anything in Clutter”, *CoRL, 2023*. [[Paper](https://arxiv.org/abs/2309.00088)]
* **Distilling Policies Into Small Robots**: Ann Lee, Bo Chan. [[Paper](https://arxiv.org/abs/2301.00099)]
* **SockBench** "Where are we in teaching robots to sort socks?" *arXiv, Mar 2023*. [[Paper](https://arxiv.org/abs/2303.00098)]
"""


def test_a_short_bold_name_and_a_colon_before_a_quoted_title_is_its_alias() -> None:
    found = _by_line(BOLD_NAMES)
    first = found[3].entry
    assert (first.title, first.alias) == ("Stacking Blocks With Language Instructions", "StackBot")
    assert [x.url for x in first.links] == [
        "https://arxiv.org/abs/2402.00077",
        "https://stackbot.example.org/",
    ]
    # A month before the year is a date: the venue is the words before it.
    assert (first.venue, first.year) == ("arXiv", 2024)
    second = found[4].entry
    assert (second.title, second.alias) == ("Q-9: Grasping Anything in Clutter", "Q-9")
    assert (second.venue, second.year) == ("CoRL", 2023)
    # A bold title with its authors after a colon stays the title.
    assert found[5].entry.title == "Distilling Policies Into Small Robots"
    # Without a colon too, a short bold name before a quoted title is its alias.
    assert (found[6].entry.title, found[6].entry.alias) == (
        "Where are we in teaching robots to sort socks?",
        "SockBench",
    )


def test_a_month_and_year_alone_name_no_venue() -> None:
    text = "- [Folding Towels From Video](https://arxiv.org/abs/2209.00010), *Nov 2022*\n"
    (item,) = _read(text).entries
    assert (item.entry.venue, item.entry.year) == (None, 2022)


SHORTCODE_SECTIONS = """\
# :rocket: Awesome Talking Machines

## :rocket: Contributors

<table>
  <tr>
    <td align="center"><a href="https://example.org/~ann"><img src="https://example.org/ann.png" width="90px;" alt=""/><br /><sub><b>Ann Lee</b></sub></a></td>
  </tr>
</table>

## :rocket: News
- Our workshop on talking machines is at Some Conference 2024: [site](https://example.org/workshop)
- Keynotes
  - [Bo Chan (Some Lab)](https://example.org/~bo): 10:00-10:45
    - [Slides](https://example.org/slides.pdf) | [YouTube](https://www.youtube.com/watch?v=abc)

## :rocket: Papers
- [Machines That Talk Back](https://arxiv.org/abs/2401.00123), 2024
"""


def test_news_and_contributor_headings_with_emoji_shortcodes_hold_no_papers() -> None:
    result = _read(SHORTCODE_SECTIONS)
    assert [(e.entry.line, e.entry.title) for e in result.entries] == [
        (18, "Machines That Talk Back")
    ]


NAME_COLUMN = """\
| Date | Model Name | Paper Title | Link |
| --- | --- | --- | --- |
| 2024-11 | Parrot-2 | Parrot-2: Talking Back in Real Time | [paper](https://arxiv.org/abs/2411.00201) |
| 2024-11 | wren-base    | [blog](https://wren.example.org/post/)  | [GitHub](https://github.com/someone/wren) |
| 2024-10 | Finch | Finch: Small Voices From Large Models | [paper](https://arxiv.org/abs/2410.00202) |
"""


def test_a_row_whose_title_cell_is_only_a_role_link_is_named_by_its_name_column() -> None:
    found = _by_line(NAME_COLUMN)
    assert sorted(found) == [3, 4, 5]
    row = found[4].entry
    assert row.title == "wren-base"
    assert [(x.kind, x.url) for x in row.links] == [
        (LinkKind.BLOG, "https://wren.example.org/post/"),
        (LinkKind.CODE, "https://github.com/someone/wren"),
    ]
    assert found[3].entry.title == "Parrot-2: Talking Back in Real Time"


LABEL_LINES = """\
## Optimisers

FedMix:
[Mixing Client Updates Without a Server. 2019-03. AISTATS 2020.](https://arxiv.org/pdf/1903.00301.pdf)

[Averaging Models Across Phones. NIPS 2017 workshop.](https://arxiv.org/pdf/1711.00302.pdf)

[Private Learning on Many Devices. PhD Thesis. By Ann Lee](https://arxiv.org/pdf/1805.00303.pdf)

- FedStep: [Step Sizes for Federated Rounds](https://arxiv.org/abs/2001.00304)
"""


def test_a_label_line_is_an_alias_and_notes_after_a_linked_title_are_no_part_of_it() -> None:
    found = _by_line(LABEL_LINES)
    first = found[3].entry
    assert (first.title, first.alias) == ("Mixing Client Updates Without a Server", "FedMix")
    assert (first.venue, first.year) == ("AISTATS", 2020)
    assert [(x.kind, x.url) for x in first.links] == [
        (LinkKind.PDF, "https://arxiv.org/pdf/1903.00301.pdf")
    ]
    assert found[6].entry.title == "Averaging Models Across Phones"
    assert found[6].entry.year == 2017
    assert found[8].entry.title == "Private Learning on Many Devices"
    last = found[10].entry
    assert (last.title, last.alias) == ("Step Sizes for Federated Rounds", "FedStep")
