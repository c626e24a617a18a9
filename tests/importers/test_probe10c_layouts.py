# ruff: noqa: E501  (list lines are as long as lists write them)
"""Layouts met in session 10's dev collection dev22c (public lists of data sets, tools, notebooks
and courses), each written here again with invented names and addresses, each failing before its
rule."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


def _found(result: ImportResult) -> list[tuple[str | None, list[str]]]:
    return [(e.entry.title, [x.url for x in e.entry.links]) for e in result.entries]


BEST_OF = """\
# Best of Widget Notebooks

🏆 A ranked list of widget notebook tools, updated weekly.

## Explanation
- 🥇🥈🥉&nbsp; Combined project-quality score
- ⭐️&nbsp; Star count from GitHub
- 📥&nbsp; Download count from package manager

## Notebook Runners

<a href="#contents"><img align="right" width="15" height="15" src="https://git.io/JtehR" alt="Back to top"></a>

_Runners for widget notebooks._

<details><summary><b><a href="https://github.com/widgetry/runner">Widget Runner</a></b> (🥇31 ·  ⭐ 12K) - Runs widget notebooks anywhere. <code><a href="http://bit.ly/xyzBSD">BSD-3</a></code></summary>

- [GitHub](https://github.com/widgetry/runner) (👨💻 410 · 🔀 2.1K · 📋 3.3K - 12% open · ⏱️ 02.03.2024):

	```
	git clone https://github.com/widgetry/runner
	```
- [PyPi](https://pypi.org/project/widget-runner) (📥 2.4M / month):
	```
	pip install widget-runner
	```
- [Conda](https://anaconda.org/conda-forge/widget-runner) (📥 800K · ⏱️ 11.01.2024):
	```
	conda install -c conda-forge widget-runner
	```
- [Docker Hub](https://hub.docker.com/r/widgetry/runner) (📥 1M · ⭐ 40):
	```
	docker pull widgetry/runner
	```
</details>
<details><summary><b><a href="https://github.com/gadgetco/gadgetbook">gadgetbook</a></b> (🥈22 ·  ⭐ 900 · 💤) - Notebooks for gadgets. <code>❗Unlicensed</code></summary>

- [GitHub](https://github.com/gadgetco/gadgetbook) (👨💻 12 · 🔀 80):

	```
	git clone https://github.com/gadgetco/gadgetbook
	```
- [npm](https://www.npmjs.com/package/gadgetbook) (📥 5K / month):
	```
	npm install gadgetbook
	```
</details>
<br>
"""


def test_best_of_tool_with_its_sites() -> None:
    """A <summary> naming a tool by a link over lines that each link a site it comes from, named
    by that site, with counts and an install command: one tool with those links."""
    found = _found(_read(BEST_OF))
    assert [title for title, _ in found] == ["Widget Runner", "gadgetbook"]
    runner = found[0][1]
    assert "https://pypi.org/project/widget-runner" in runner
    assert "https://anaconda.org/conda-forge/widget-runner" in runner
    assert "https://hub.docker.com/r/widgetry/runner" in runner
    assert "https://www.npmjs.com/package/gadgetbook" in found[1][1]


PAPER_DETAILS = """\
# Widget papers

## Detection

<details><summary><b><a href="https://arxiv.org/abs/2401.00002">Widget Detection at Scale</a></b> (CVPR 2024)</summary>

- [Widget Nets for Sorting Gadgets](https://arxiv.org/abs/2301.00003)
- [Gadget Sorting with Sprockets](https://arxiv.org/abs/2301.00004)
</details>
"""


def test_best_of_guard_works_below_a_summary() -> None:
    """Links titled like works below a linked <summary> are works still (not sites' names)."""
    titles = [title for title, _ in _found(_read(PAPER_DETAILS))]
    assert "Widget Nets for Sorting Gadgets" in titles
    assert "Gadget Sorting with Sprockets" in titles


LINES_OF_LINKS = """\
# Awesome Widget Science

## Contents
- [Datasets](#datasets)
- [Tools](#tools)

## Datasets
[Gizmo data](https://github.com/gizmo/gizmo-data)<br>
[Sprocket sets](https://sprockets.example.org/data/)<br>
[Widget Zoo](https://www.widgetzoo.example.com/)<br>

## Tools
[Cogwheel](https://cogwheel.example.org/)<br>
[GearLab](https://www.gearlab.example.com/lab/)br>
[WidgetStudio](https://studio.widgets.example.net/download/)<br>
"""


def test_lines_of_named_links_under_a_section() -> None:
    """A paragraph of three lines or more, each one link named by what it links (short names
    too), under a section: a list typed without bullets, one entry per line."""
    found = _found(_read(LINES_OF_LINKS))
    assert [title for title, _ in found] == [
        "Gizmo data", "Sprocket sets", "Widget Zoo", "Cogwheel", "GearLab", "WidgetStudio",
    ]  # fmt: skip
    assert found[4][1] == ["https://www.gearlab.example.com/lab/"]


ONE_WORKS_LINKS = """\
# Widget papers

## Detection

**Widget Detection at Scale**<br>
[Paper](https://arxiv.org/abs/2401.00005)<br>
[Code](https://github.com/widgets/detect)<br>
[Project page](https://widgets.example.org/detect/)<br>
"""


def test_lines_of_role_links_stay_one_work() -> None:
    """Lines that only say what each link is are one work's links, not works."""
    found = _found(_read(ONE_WORKS_LINKS))
    assert [title for title, _ in found] == ["Widget Detection at Scale"]
    assert found[0][1] == [
        "https://arxiv.org/abs/2401.00005",
        "https://github.com/widgets/detect",
        "https://widgets.example.org/detect/",
    ]


OWN_LINK_LINES = """\
# Awesome Widget Science

## Datasets
[Gizmo data](https://github.com/gizmo/gizmo-data)<br>
[Sprocket sets](https://sprockets.example.org/data/)<br>
[Widget Zoo](https://www.widgetzoo.example.com/)<br>

## Elsewhere
[Twitter](https://twitter.com/examplewidgets)<br>
[Mastodon](https://mastodon.example/@widgets)<br>
[LinkedIn](https://linkedin.com/company/widgets)<br>

## Sponsors
[Acme](https://acme.example.com/)<br>
[Gadget Corp](https://gadgetcorp.example.com/)<br>
[Sprocket Inc](https://sprocket.example.com/)<br>
"""


def test_the_lists_own_link_lines_are_no_works() -> None:
    """Lines of links under the list's own sections (who follows or funds it) or to social
    accounts are not read as a list typed without bullets."""
    data, social, sponsors = OWN_LINK_LINES.split("\n## ")[1:]
    for own in (social, sponsors):  # each beside the data sets (together they read otherwise)
        titles = [title for title, _ in _found(_read("## " + data + "\n## " + own))]
        assert titles == ["Gizmo data", "Sprocket sets", "Widget Zoo"]


COURSES = """\
# Awesome Widget Courses

## Systems

- [WS 101](https://widgets.example.edu/ws101/) **Widget Systems** *Example University*
	- This course covers widgets, gadgets and the sprockets between them.
	- [Lecture Videos](https://video.example.org/ws101-playlist)
	- [Old Exams](https://exams.example.edu/ws101/)
	- [Labs-Assignments](https://widgets.example.edu/ws101/labs.html)
- [GS 210](https://gadgets.example.edu/gs210/) **Gadget Structures** *Other Institute*
	- [Lecture Notes & Assignments](https://gadgets.example.edu/gs210/notes.html)
	- [Discussion Notes](https://gadgets.example.edu/gs210/discussion/)
"""


def test_course_materials_are_the_course_links() -> None:
    """Below a course named by a link, bullets naming its materials (lecture videos, exams,
    assignments) are its links, not courses of their own."""
    found = _found(_read(COURSES))
    assert [title for title, _ in found] == ["WS 101", "GS 210"]
    assert "https://exams.example.edu/ws101/" in found[0][1]
    assert "https://video.example.org/ws101-playlist" in found[0][1]
    assert "https://gadgets.example.edu/gs210/discussion/" in found[1][1]


MODELS_BY_HEADING = """\
# Awesome Pretrained Widget GANs

A collection of pre-trained WidgetGAN models.

## gizmo (config-e)

![](images/gizmo.jpg)
- Dataset: Gizmo Faces
- Resolution: 512x384 config: e
- Author: [Widget Lab]()
- [Download link](https://cdn.example.org/widgetgan/gizmo-config-e.pkl)
- WidgetGAN implementation: https://github.com/widgetlab/widgetgan
- Licence: Widget Source Code License-NC
- [Source](https://github.com/widgetlab/widgetgan)

## sprockets

![](images/sprockets.jpg)
- Dataset: Internet scraped sprockets
- Resolution: 256x256 config: f
- Author: [Ann Lee](https://annlee.example.com/)
- [Download link](https://drive.example.com/uc?id=sprockets)
- Notes: Trained from scratch to FID 13.6
- [Source]()

## Talks

- [Slides](https://slides.example.org/widgets.pdf)
- [Video](https://video.example.org/widgets)
"""


def test_model_heading_over_labelled_fields_and_link_fields() -> None:
    """A heading over bullets that are labelled fields (``- Dataset: …``) and links named by
    what they are (``- [Download link](…)``, ``- [Source](…)``): one model with those links."""
    found = _found(_read(MODELS_BY_HEADING))
    titles = [title for title, _ in found]
    assert titles[:2] == ["gizmo (config-e)", "sprockets"]
    assert "https://cdn.example.org/widgetgan/gizmo-config-e.pkl" in found[0][1]
    assert "https://drive.example.com/uc?id=sprockets" in found[1][1]
    assert "Source" not in titles and "Author" not in titles


NOTEBOOKS = """\
# Awesome Widget Notebooks

## Templates list

## Gizmo
* [Get gizmo data](https://github.com/widgetlab/awesome-widget-notebooks/tree/master/Gizmo/Gizmo_Get_data.ipynb)
* [Send data to sprockets](https://github.com/widgetlab/awesome-widget-notebooks/tree/master/Gizmo/Gizmo_Send_data.ipynb)

## Related
* [Awesome Gadget Notebooks](https://github.com/gadgets/awesome-gadget-notebooks)
* [Awesome Widget Lists](https://github.com/widgetlab/awesome-widget-notebooks/tree/master/lists)
"""


def test_notebook_files_in_an_awesome_repository() -> None:
    """A notebook linked through ``/tree/`` in an awesome repository is a work the list ships,
    not another awesome list; the repository and its folders stay other lists."""
    titles = [title for title, _ in _found(_read(NOTEBOOKS))]
    assert titles == ["Get gizmo data", "Send data to sprockets"]


BOLD_NAMES_WITH_MARKS = """\
# 小部件数据集

## 数据集

**Widget-Instruct** 🚧

- 简介：大规模小部件指令数据集。
- 规模：3.6M+
- 链接：https://huggingface.co/datasets/widgetlab/Widget-Instruct

**GiST** (**Gi**zmo **S**ynthetic **T**ranslation dataset) 🚧

- 简介：小部件翻译数据集。
- 详情：[知乎文章：GiST](https://zhuanlan.zhihu.com/p/123456)
- 链接：https://huggingface.co/datasets/widgetlab/GiST

**Sprocket-QA**

- 简介：问答数据集。
- 链接：https://huggingface.co/datasets/widgetlab/Sprocket-QA
"""


def test_bold_name_with_a_status_emoji_over_labelled_details() -> None:
    """A bold name with a state emoji or a bracketed gloss beside it, over labelled details: one
    work, as a bold name alone is."""
    found = _found(_read(BOLD_NAMES_WITH_MARKS))
    assert [title for title, _ in found] == ["Widget-Instruct", "GiST", "Sprocket-QA"]
    assert "https://huggingface.co/datasets/widgetlab/GiST" in found[1][1]
