# ruff: noqa: E501  (the expected region is compared line for line; its lines are long)
"""The README region: exact pieces, literal titles through two Markdown renderers, the tree."""

from __future__ import annotations

import random

import pytest

from catalogue.core.errors import DataError
from catalogue.core.models import CodeLink
from catalogue.outputs.markdown import display_family_name, short_authors
from catalogue.outputs.readme import BEGIN, END, readme_view, render_readme, splice

from .conftest import commonmark, make_catalogue, paper, python_markdown, read_html

README = "# Title\n\nHand-written *intro*.\n\n" + BEGIN + "\nold list\n" + END + "\n\n## After\n"

SPECIAL_TITLES = [
    "Arrays [of] | pipes * stars _under_ `tick` <b>bold</b> & &amp; \\ back ~~gone~~",
    "*Emphasis* and __strong__ and [link](http://evil.example) and <script>x</script>",
    "1. Not a list # not a heading + plus - minus ! bang {braces} (parens)",
    "`code` ``double`` > quote <",
]


def special_catalogue():
    papers = [
        paper(
            f"special{i}x",
            title,
            year=2020,
            categories=["foundations"],
            links=[{"kind": "arxiv", "url": f"https://arxiv.org/abs/2001.0000{i}"}],
            authors=["A *Star*", "B_Under", "C <Tag>"],
        )
        for i, title in enumerate(SPECIAL_TITLES)
    ]
    return make_catalogue(papers)


@pytest.mark.parametrize(
    "renderer", [python_markdown, commonmark], ids=["python-markdown", "commonmark"]
)
def test_titles_with_markdown_and_html_specials_render_literally(renderer):
    text = render_readme(README, special_catalogue(), {})
    page = read_html(renderer(text))
    shown = {text for href, text in page.links if href.startswith("https://arxiv.org/")}
    assert shown == set(SPECIAL_TITLES)
    assert page.tags_in_links == []  # no <em>, <code>, <b> or <script> inside a title
    assert "— *Star*, B_Under, <Tag>, 2020" in _text_of(renderer(text))


def _text_of(html: str) -> str:
    import re
    from html import unescape

    return unescape(re.sub(r"<[^>]+>", "", html))


def test_splice_keeps_hand_written_parts_byte_for_byte():
    readme = README.replace("intro", f"intro, which quotes `{BEGIN}`")
    assert splice(readme, "NEW\n\n").startswith(readme.split("\n\n" + BEGIN)[0])
    out = splice(README, "NEW\n\n")
    assert (
        out == "# Title\n\nHand-written *intro*.\n\n" + BEGIN + "\nNEW\n\n" + END + "\n\n## After\n"
    )
    assert splice(out, "NEW\n\n") == out


@pytest.mark.parametrize(
    ("readme", "found"),
    [
        ("# no markers\n", "found 0 and 0"),
        (f"{BEGIN}\n{BEGIN}\n{END}\n", "found 2 and 1"),
        (f"intro\n\n{END}\n{BEGIN}\n", "found 1 and 1"),
        (f"quoted `{BEGIN}` and `{END}` in prose\n", "found 0 and 0"),
    ],
)
def test_bad_markers_are_a_located_data_error(readme, found):
    with pytest.raises(DataError) as caught:
        splice(readme, "x\n")
    message = str(caught.value)
    assert message.startswith("README.md:") and found in message and "catalogue:begin" in message


@pytest.mark.parametrize(
    ("authors", "expected"),
    [
        (["Geoffrey Hinton", "Oriol Vinyals", "Jeff Dean"], "Hinton, Vinyals, Dean"),
        (
            ["Adriana Romero", "Nicolas Ballas", "Samira Ebrahimi Kahou", "Yoshua Bengio"],
            "Romero et al.",
        ),
        (["Aaron van den Oord", "Yazhe Li"], "van den Oord, Li"),
        (["Hinton, Geoffrey"], "Hinton"),
        (["Prabhat"], "Prabhat"),
        ([], ""),
    ],
)
def test_short_authors(authors, expected):
    assert short_authors(authors) == expected


def test_family_name_keeps_particles_but_not_a_lower_case_first_name():
    assert display_family_name("Ludwig van Beethoven") == "van Beethoven"
    assert display_family_name("danah boyd") == "boyd"


def tree_catalogue():
    code = [
        CodeLink(
            key="fitnets-code",
            url="https://github.com/a/fitnets",
            title="FitNets code",
            framework="Theano",
            paper="romero2015fitnets",
        ),
        CodeLink(
            key="lib",
            url="https://github.com/a/lib",
            title="A library",
            framework="PyTorch",
            language="Python",
        ),
    ]
    papers = [
        paper(
            "hinton2015distilling",
            "Distilling the Knowledge in a Neural Network",
            authors=["Geoffrey Hinton", "Oriol Vinyals", "Jeff Dean"],
            year=2015,
            venue="arxiv",
            categories=["foundations"],
            links=[
                {"kind": "arxiv", "url": "https://arxiv.org/abs/1503.02531"},
                {"kind": "video", "url": "https://youtu.be/x(y)"},
                {"kind": "code", "url": "https://github.com/a/kd", "label": "PyTorch"},
            ],
        ),
        paper(
            "romero2015fitnets",
            "FitNets: Hints for Thin Deep Nets",
            authors=["Adriana Romero", "Nicolas Ballas", "Samira Kahou", "Yoshua Bengio"],
            year=2015,
            venue="iclr",
            categories=["attention"],
            links=[
                {"kind": "pdf", "url": "https://arxiv.org/pdf/1412.6550"},
                {"kind": "code", "url": "https://github.com/a/fitnets"},
            ],
        ),
        paper(
            "zagoruyko2017paying",
            "Paying More Attention to Attention",
            year=2017,
            categories=["attention", "features"],
        ),
        paper("nobody2020lost", "A Paper Nobody Filed", year=2020),
        paper(
            "hinton2014dark",
            "Dark Knowledge",
            kind="talk",
            authors=["Geoffrey Hinton"],
            year=2014,
            links=[{"kind": "video", "url": "https://youtu.be/dark"}],
        ),
    ]
    return make_catalogue(papers, code)


EXPECTED_REGION = """\
<!-- Generated by `catalogue render` from data/: edit the records, not this list. -->

**4 papers** in 3 categories, 1 talk and 2 code links. BibTeX for all of them: [bib/all.bib](bib/all.bib).

## Contents

- [Foundations](#category-foundations) (1)
- [Features &amp; &lt;relations&gt;](#category-features) (2)
    - [Attention maps](#category-attention) (2)
- [Not yet categorised](#category-uncategorised) (1)
- [Code](#standalone-code) (1)
- [Talks](#talks) (1)

## <a id="category-foundations"></a>Foundations

Where it began. [BibTeX](bib/by-category/foundations.bib)

- [Distilling the Knowledge in a Neural Network](https://arxiv.org/abs/1503.02531) — Hinton, Vinyals, Dean, *arXiv 2015* · [code \\(PyTorch\\)](https://github.com/a/kd) · [video](https://youtu.be/x%28y%29)

## <a id="category-features"></a>Features &amp; &lt;relations&gt;

- Paying More Attention to Attention — *2017*

### <a id="category-attention"></a>Attention maps

- Paying More Attention to Attention — *2017*
- [FitNets: Hints for Thin Deep Nets](https://arxiv.org/pdf/1412.6550) — Romero et al., *ICLR 2015* · [code](https://github.com/a/fitnets)

## <a id="category-uncategorised"></a>Not yet categorised

- A Paper Nobody Filed — *2020*

## <a id="standalone-code"></a>Code

Libraries and implementations that are not tied to one paper.

- [A library](https://github.com/a/lib) — PyTorch, Python

## <a id="talks"></a>Talks

- [Dark Knowledge](https://youtu.be/dark) — Hinton, *2014*

"""


def test_region_follows_the_tree_with_counts_links_and_resources():
    catalogue = tree_catalogue()
    text = render_readme(README, catalogue, {"foundations": "bib/by-category/foundations.bib"})
    region = text.split(BEGIN + "\n", 1)[1].split(END, 1)[0]
    assert region == EXPECTED_REGION


def test_every_contents_link_reaches_its_heading():
    text = render_readme(README, tree_catalogue(), {})
    for renderer in (python_markdown, commonmark):
        page = read_html(renderer(text))
        anchors = [href[1:] for href, _ in page.links if href.startswith("#")]
        assert len(anchors) == 6
        assert set(anchors) <= page.ids


def test_output_does_not_depend_on_record_order():
    catalogue = tree_catalogue()
    first = render_readme(README, catalogue, {})
    keys = list(catalogue.papers)
    random.Random(4).shuffle(keys)
    catalogue.papers = {k: catalogue.papers[k] for k in keys}
    catalogue.categories = dict(reversed(list(catalogue.categories.items())))
    assert render_readme(README, catalogue, {}) == first


def test_view_counts():
    view = readme_view(tree_catalogue(), {})
    assert (view.papers, view.code_links, view.categories, len(view.talks)) == (4, 2, 3, 1)


@pytest.mark.parametrize(
    ("label", "shown"),
    [
        ("PyTorch code", "code (PyTorch)"),
        ("code_tf", "code (tf)"),
        ("code2", "code"),
        ("Code", "code"),
        ("TensorFlow", "code (TensorFlow)"),
        (None, "code"),
    ],
)
def test_resource_labels_drop_what_the_kind_already_says(label, shown):
    from catalogue.outputs.markdown import resources

    record = paper(
        "x2020y",
        "X",
        links=[
            {"kind": "arxiv", "url": "https://arxiv.org/abs/2001.00001"},
            {"kind": "code", "url": "https://github.com/a/b", "label": label},
        ],
    )
    assert [r.label for r in resources(record, [])] == [shown]
