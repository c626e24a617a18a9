# ruff: noqa: E501  (list lines are as long as lists write them)
"""Layouts met in lists read this session (probe12b) that gave wrong titles, merged works or
junk: a count written in front of each name link (a star count in a key cap, bold or bare), a
bullet that is only a run of name links to repositories (one tool per link), a person's or a
lab's account on a social network, a reader's note written as a bullet of its own with a link
that only says where, and a pull request named by its number under a tool. Titles, names and
addresses here are invented."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


def _titles(text: str) -> list[str]:
    return [e.entry.title for e in _read(text).entries]


def _links(text: str) -> list[list[str]]:
    return [[x.url for x in e.entry.links] for e in _read(text).entries]


COUNTS = """\
# Awesome Widget Tools

## Text｜文本

1. <kbd>1800+</kbd> [widget-text](https://github.com/ex/widget-text): 文本数据的加载和抽象。
2. <kbd>1000-</kbd> [seq-kit](https://github.com/ex/seq-kit): a framework for sequences.
3. <kbd>12,500+</kbd> [gadget](https://github.com/ex/gadget): a toolkit for gadgets.

## Vision

- ⭐ 1.2k [sprocket](https://github.com/ex/sprocket) - Sprockets for images.
- ★ 350 [cogwheel](https://github.com/ex/cogwheel) - Cogs for video.
- **2.4K** [lever](https://github.com/ex/lever) - Levers for depth.
- 640 [pulley](https://github.com/ex/pulley) - Pulleys for flow.
"""


def test_a_count_in_front_of_a_name_link_is_no_title() -> None:
    assert _titles(COUNTS) == [
        "widget-text",
        "seq-kit",
        "gadget",
        "sprocket",
        "cogwheel",
        "lever",
        "pulley",
    ]


YEARS_IN_FRONT = """\
# Awesome Widget Papers

- 2019 [Deep Widget Networks for Gadget Recognition](https://arxiv.org/abs/1901.00001)
- 2021 [Sparse Widgets at Scale](https://arxiv.org/abs/2101.00001)
- GPT-4 [Widget Reasoning in Large Gadget Models](https://arxiv.org/abs/2301.00001)
"""


def test_a_year_in_front_of_a_title_link_stays_the_year() -> None:
    entries = [e.entry for e in _read(YEARS_IN_FRONT).entries]
    assert [e.title for e in entries][:2] == [
        "Deep Widget Networks for Gadget Recognition",
        "Sparse Widgets at Scale",
    ]
    assert [e.year for e in entries][:2] == [2019, 2021]
    assert entries[2].title == "Widget Reasoning in Large Gadget Models"


NAME_RUNS = """\
# Awesome Widget Papers

## Sequences

- **Sequence Widgets With Recurrent Gadgets**, _Lee et al._, arxiv 2013. \\[[paper](https://arxiv.org/abs/1308.00001)\\]
- \\[[widgetseq](https://github.com/ex/widgetseq)\\]\\[[widgetseq2](https://github.com/ex/widgetseq2)\\]\\[[torch-seq](https://github.com/other/torch-seq)\\]

## Tools

- [alpha-kit](https://github.com/ex/alpha-kit), [beta-kit](https://github.com/ex/beta-kit), [gamma-docs](https://gamma.example.org/docs)
- [delta](https://gitlab.com/ex/delta) | [epsilon](https://github.com/ex/epsilon)
- [[zeta](https://github.com/ex/zeta)] [[eta](https://github.com/ex/eta)]
"""


def test_a_bullet_of_name_links_to_repositories_is_one_tool_per_link() -> None:
    assert _titles(NAME_RUNS) == [
        "Sequence Widgets With Recurrent Gadgets",
        "widgetseq",
        "widgetseq2",
        "torch-seq",
        "alpha-kit",
        "beta-kit",
        "gamma-docs",
        "delta",
        "epsilon",
        "zeta",
        "eta",
    ]
    links = _links(NAME_RUNS)
    assert links[1] == ["https://github.com/ex/widgetseq"]
    assert links[6] == ["https://gamma.example.org/docs"]


ONE_WORKS_LINKS = """\
# Awesome Widget Papers

- [paper](https://arxiv.org/abs/2101.00003) [code](https://github.com/ex/widget-three) [project](https://ex.github.io/three)
- **Widget Nets**: [arXiv](https://arxiv.org/abs/2101.00004) [GitHub](https://github.com/ex/widget-nets)
- [WidgetNet](https://github.com/ex/widgetnet) [WidgetNet docs](https://github.com/ex/widgetnet/wiki)
- [Gadget Learning](https://arxiv.org/abs/2101.00005), [gadget-kit](https://github.com/ex/gadget-kit)
- [Home](https://widgets.example.org/) | [Blog](https://widgets.example.org/blog) | [Forum](https://github.com/ex/forum)
"""


def test_one_works_links_on_a_line_stay_one_entry() -> None:
    # Roles, one repository linked twice, a title with its code, a site's own pages: no run of
    # tools (the last line has one repository only: no run either).
    result = _read(ONE_WORKS_LINKS)
    lines = [e.entry.line for e in result.entries]
    assert len(lines) == len(set(lines))
    assert "Widget Nets" in [e.entry.title for e in result.entries]


ACCOUNTS = """\
# Awesome Widget Learning

## Papers

- [Widget Transformers for Gadget Parsing](https://arxiv.org/abs/2101.00006)
- [A thread on the widget paper](https://twitter.com/annlee/status/1234567890)

## People to follow

- Ann Lee ([@annlee](https://twitter.com/annlee/))
- Bo Chan ([@bochan](https://x.com/bochan))
- [Cy Dahl](https://www.linkedin.com/in/cydahl/)
- [Dee Eng](https://scholar.google.com/citations?user=AbCdEf123&hl=en)
- Widget Lab ([@widgetlab](https://twitter.com/widgetlab))
"""


def test_accounts_on_social_networks_are_no_works() -> None:
    titles = _titles(ACCOUNTS)
    assert titles == ["Widget Transformers for Gadget Parsing", "A thread on the widget paper"]


NOTES_AS_BULLETS = """\
# Widget Reading List

**First papers**

-   [WidgetNet](https://arxiv.org/abs/1905.00007)

-   When we scale a widget network, the natural way is to add layers; this paper scales width too.

-   [Gadget Captions](https://arxiv.org/abs/1411.00008)

-   This paper captions gadgets with a recurrent widget.
-   In order to follow the paper, it is helpful to know the score it uses. [Here](https://en.wikipedia.org/wiki/Widget_score) is its page.
-   Although not strictly needed, it may help to know widget theory first. [Here](https://blog.example.org/widget-theory) is a post on it.
-   A survey of widget scores, [here](https://arxiv.org/abs/2001.00009).
"""


def test_a_readers_note_with_a_link_that_only_says_where_is_no_work() -> None:
    titles = _titles(NOTES_AS_BULLETS)
    assert titles[:2] == ["WidgetNet", "Gadget Captions"]
    assert not any(t.startswith(("In order", "Although")) for t in titles)
    assert len(titles) == 3  # the survey, whose only link says where, stays a work


PULL_REQUESTS = """\
# Awesome Widget Science

## Inference

- [flowgadget](https://github.com/ex/flowgadget) - Gadget-enhanced sampling in widgets. <img src="https://img.shields.io/github/stars/ex/flowgadget?style=social" align="center">
    - Papers: [arXiv:2211.00010](https://arxiv.org/abs/2211.00010)
- [widgetsampler](https://github.com/ex/widgetsampler) - Samplers for widgets (MCMC: HMC, NUTS; SMC) on CPU as well as GPU. <img src="https://img.shields.io/github/stars/ex/widgetsampler?style=social" align="center">
    - PR: [#755](https://github.com/ex/widgetsampler/pull/755) - includes nested sampling and slice sampling
- [gadgetsampler](https://github.com/ex/gadgetsampler) - Samplers for gadgets.
    - Pull request [#31](https://github.com/ex/gadgetsampler/pull/31): adds a sampler (merged)
- [Implement widget loss in gadget framework? #383](https://github.com/ex/gadgets/issues/383)
"""


def test_a_pull_request_named_by_its_number_is_no_work() -> None:
    # An issue named by its words is a thread the list points to, as lists write them: it stays.
    titles = _titles(PULL_REQUESTS)
    assert "#755" not in titles and "#31" not in titles
    assert titles == [
        "flowgadget",
        "widgetsampler",
        "gadgetsampler",
        "Implement widget loss in gadget framework? #383",
    ]


FRAMEWORKS = """\
# Awesome Deep Learning Tools

## Frameworks

- [TensorFlow](https://github.com/tensorflow/tensorflow) - An open source library for numerical computation.
- [Keras](https://github.com/keras-team/keras) - High-level neural networks API.
- [caffe](https://github.com/BVLC/caffe) - Deep learning framework
  -  [pretrained models](https://github.com/BVLC/caffe/wiki/Model-Zoo).
- [Chainer](https://chainer.org) - A flexible framework of neural networks.
1. [pytorch](http://pytorch.org): Tensors and dynamic networks | 使用强GPU加速的张量计算.
"""


def test_a_framework_named_by_its_own_repository_or_site_is_the_title() -> None:
    assert _titles(FRAMEWORKS) == ["TensorFlow", "Keras", "caffe", "Chainer", "pytorch"]


FRAMEWORK_CODE_LINKS = """\
# Awesome Widget Papers

- Deep Widget Networks [PyTorch](https://github.com/ann/widgetnet-pytorch) [TensorFlow](https://github.com/bo/widgetnet-tf)
- [PyTorch](https://github.com/cy/gadgetnet-pytorch) Gadget Networks for Sprocket Parsing, CVPR 2020
- [PDF](https://arxiv.org/pdf/2001.00011) Sparse Widget Transformers, ICML 2021
"""


def test_a_framework_word_on_a_works_own_repository_stays_its_code_link() -> None:
    entries = [e.entry for e in _read(FRAMEWORK_CODE_LINKS).entries]
    assert [e.title for e in entries] == [
        "Deep Widget Networks",
        "Gadget Networks for Sprocket Parsing",
        "Sparse Widget Transformers",
    ]


WRAPPED_TITLES = """\
# Widget Exploration Papers

## Bandits

* <[A contextual widget algorithm for mobile systems](http://www.example.edu/download/1.pdf)> by Ann Lee, Bo Chan, and Cy Dahl, 2012.

* [POKER] <[Multi-armed widget algorithms and evaluation](https://link.example.com/content/pdf/2.pdf)> by Dan Eng and Fay Gil, 2005

* <[Count-based widgets with neural density models](https://arxiv.org/pdf/1703.00012)>by Georg Ost and Marc Bell, 2018

* 《[Widget learning in the wild](https://arxiv.org/abs/2101.00013)》 by Ann Lee and Bo Chan, 2021.

* «[Widget learning in the cold](https://arxiv.org/abs/2101.00014)» by Ann Lee and Bo Chan, 2021.
"""


def test_authors_after_a_title_link_in_angle_brackets_or_title_marks() -> None:
    entries = [e.entry for e in _read(WRAPPED_TITLES).entries]
    assert [e.title for e in entries] == [
        "A contextual widget algorithm for mobile systems",
        "Multi-armed widget algorithms and evaluation",
        "Count-based widgets with neural density models",
        "Widget learning in the wild",
        "Widget learning in the cold",
    ]
    assert [list(e.authors) for e in entries] == [
        ["Ann Lee", "Bo Chan", "Cy Dahl"],
        ["Dan Eng", "Fay Gil"],
        ["Georg Ost", "Marc Bell"],
        ["Ann Lee", "Bo Chan"],
        ["Ann Lee", "Bo Chan"],
    ]
    assert [e.year for e in entries] == [2012, 2005, 2018, 2021, 2021]
