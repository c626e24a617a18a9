"""What a link of an entry is (paper, PDF, code, data, project page, citation, video…), from the
column it sits in, its label (words or an emoji), and its URL, in that order of trust."""

from __future__ import annotations

import difflib
import re
from urllib.parse import urlsplit

from ...core.identity import arxiv_id
from ...core.models import LinkKind

_LABELS: list[tuple[re.Pattern[str], LinkKind]] = [
    (re.compile(r"\b(?:bib(?:tex)?|cit(?:e|ation|ing))\b", re.I), LinkKind.CITATION),
    (re.compile(r"\b(?:data(?:sets?)?|benchmarks?|corpus)\b", re.I), LinkKind.DATA),
    (re.compile(r"\b(?:slides?|poster|ppt)\b", re.I), LinkKind.SLIDES),
    (re.compile(r"\b(?:video|talk|youtube|bilibili|lecture|recording)\b", re.I), LinkKind.VIDEO),
    (
        re.compile(r"\b(?:blog|notes?|papernotes|post|medium|zhihu|知乎|tweet)\b", re.I),
        LinkKind.BLOG,
    ),
    (
        re.compile(
            r"\b(?:code\w*|github|gitlab|implementation|repo(?:sitory)?|pytorch|tensorflow|tf\d?"
            r"|torch|jax|keras|caffe2?|mxnet|paddle\w*|theano|lasagne|official|unofficial|"
            r"mindspore|chainer)\b",
            re.I,
        ),
        LinkKind.CODE,
    ),
    (
        re.compile(
            r"\b(?:project(?: ?page)?|website|homepage|home|page|demo|site|web|leaderboard)\b",
            re.I,
        ),
        LinkKind.PROJECT,
    ),
    (re.compile(r"\bpdf\b", re.I), LinkKind.PDF),
    (
        re.compile(
            r"\b(?:paper|arxiv|doi|openreview|proceedings|article|journal|abs|abstract|acm|"
            r"ieee|springer|aaai|acl|link|url)\b",
            re.I,
        ),
        LinkKind.PAPER,
    ),
]
# Emoji and GitHub shortcodes that lists put before a link to say what it is.
_EMOJI: list[tuple[re.Pattern[str], LinkKind]] = [
    (re.compile(r":octocat:|:computer:|💻|🐙|:file_folder:|📁"), LinkKind.CODE),
    (re.compile(r":book:|📖|:bookmark:|🔖|:pushpin:"), LinkKind.CITATION),
    (re.compile(r":(?:movie_camera|tv|film_projector|video_camera):|🎥|📺|📹|🎬"), LinkKind.VIDEO),
    (re.compile(r":(?:globe_with_meridians|house|earth_\w+):|🌐|🏠|🌍"), LinkKind.PROJECT),
    (re.compile(r":(?:floppy_disk|bar_chart|card_file_box):|💾|📊|🗃"), LinkKind.DATA),
    (re.compile(r":(?:memo|pencil2?|writing_hand):|📝|✍"), LinkKind.BLOG),
    (re.compile(r":(?:page_facing_up|page_with_curl|scroll):|📄|📃|📜"), LinkKind.PAPER),
]
_HEADERS: list[tuple[re.Pattern[str], LinkKind]] = [
    (re.compile(r"\b(?:code|github|implementation|repo\w*)\b", re.I), LinkKind.CODE),
    (re.compile(r"\b(?:data(?:sets?)?|benchmarks?)\b", re.I), LinkKind.DATA),
    (re.compile(r"\b(?:project|website|web\s*page|homepage|demo)\b", re.I), LinkKind.PROJECT),
    (re.compile(r"\b(?:video|talk)s?\b", re.I), LinkKind.VIDEO),
    (re.compile(r"\bslides?\b", re.I), LinkKind.SLIDES),
    (re.compile(r"\b(?:bib\w*|citation)\b", re.I), LinkKind.CITATION),
    (re.compile(r"\bblogs?\b", re.I), LinkKind.BLOG),
]
CODE_HOSTS = ("github.com", "gitlab.com", "bitbucket.org", "gitee.com", "sourceforge.net")
VIDEO_HOSTS = ("youtube.com", "youtu.be", "vimeo.com", "bilibili.com", "videolectures.net")
_SLIDE_HOSTS = ("slideshare.net", "speakerdeck.com")
_BLOG_HOSTS = ("medium.com", "zhuanlan.zhihu.com", "zhihu.com", "towardsdatascience.com")
_DATA_HOSTS = ("kaggle.com", "zenodo.org")
PAPER_HOSTS = (
    "arxiv.org", "doi.org", "openreview.net", "thecvf.com", "aclanthology.org", "aclweb.org",
    "proceedings.mlr.press", "proceedings.neurips.cc", "papers.neurips.cc", "dl.acm.org",
    "ieeexplore.ieee.org",
    "link.springer.com", "sciencedirect.com", "aaai.org", "ijcai.org", "semanticscholar.org",
    "researchgate.net", "nature.com", "science.org", "jmlr.org", "mdpi.com", "wiley.com",
    "papers.nips.cc", "ecva.net", "bmva.org", "isca-speech.org", "isca-archive.org",
    "pubmed.ncbi.nlm.nih.gov", "ncbi.nlm.nih.gov", "biorxiv.org", "medrxiv.org", "ssrn.com",
    "iopscience.iop.org", "tandfonline.com", "cell.com", "pnas.org", "paperswithcode.com",
    "scholar.google.com", "openaccess.thecvf.com", "aclanthology.info", "ojs.aaai.org",
)  # fmt: skip


def host(url: str) -> str:
    try:
        name = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return name.removeprefix("www.")


def url_path(url: str) -> str:
    """The URL's path, or nothing for a URL that does not parse (``http://[x]/``)."""
    try:
        return urlsplit(url).path
    except ValueError:
        return ""


def host_in(name: str, hosts: tuple[str, ...]) -> bool:
    return any(name == h or name.endswith("." + h) for h in hosts)


def is_code_url(url: str) -> bool:
    """A repository: GitHub and its kin (not GitHub's own pages like ``github.io``)."""
    name = host(url)
    if not host_in(name, CODE_HOSTS):
        return False
    path = [p for p in url_path(url).split("/") if p]
    return len(path) >= 2  # an owner alone is a person or an organisation, not code


def is_video_url(url: str) -> bool:
    return host_in(host(url), VIDEO_HOSTS)


def is_paper_url(url: str) -> bool:
    return host_in(host(url), PAPER_HOSTS) or _is_pdf(url)


def _is_pdf(url: str) -> bool:
    path = url_path(url).lower()
    return path.endswith(".pdf") or "/pdf/" in path or path.endswith("/pdf")


def paper_role(url: str) -> LinkKind:
    """A link to the paper itself: an arXiv page, a DOI, a PDF file, or a landing page."""
    name = host(url)
    if arxiv_id(url) and name.endswith("arxiv.org"):
        return LinkKind.PDF if "/pdf" in url_path(url) else LinkKind.ARXIV
    if name in ("doi.org", "dx.doi.org"):
        return LinkKind.DOI
    if name == "openreview.net" and url_path(url).startswith("/pdf"):
        return LinkKind.PDF
    if _is_pdf(url) or "-Paper.pdf" in url:
        return LinkKind.PDF
    return LinkKind.PAPER


def by_url(url: str) -> LinkKind:
    """The role a URL alone gives a link."""
    name = host(url)
    if "huggingface.co" in name:
        path = url_path(url)
        if path.startswith("/datasets"):
            return LinkKind.DATA
        # A Space is a demo; a model's page is neither the paper nor code.
        return LinkKind.PROJECT if path.startswith("/spaces") else LinkKind.OTHER
    if is_code_url(url):
        return LinkKind.CODE
    if is_video_url(url):
        return LinkKind.VIDEO
    if host_in(name, _SLIDE_HOSTS):
        return LinkKind.SLIDES
    if host_in(name, _BLOG_HOSTS) or "blog" in name or "/blog/" in url_path(url):
        return LinkKind.BLOG
    if host_in(name, _DATA_HOSTS):
        return LinkKind.DATA
    if is_paper_url(url):
        return paper_role(url)
    if name.endswith(("github.io", "sites.google.com")):
        return LinkKind.PROJECT
    return LinkKind.OTHER


def by_label(label: str) -> LinkKind | None:
    for pattern, kind in _EMOJI:
        if pattern.search(label):
            return kind
    for pattern, kind in _LABELS:
        if pattern.search(label):
            return kind
    return _misspelt(label)


# One-word labels lists misspell (``Sildes``, ``Cdoe``): close enough to a role word says it.
_SPELLED = {
    "slides": LinkKind.SLIDES, "poster": LinkKind.SLIDES, "code": LinkKind.CODE,
    "github": LinkKind.CODE, "project": LinkKind.PROJECT, "video": LinkKind.VIDEO,
    "dataset": LinkKind.DATA, "paper": LinkKind.PAPER, "arxiv": LinkKind.PAPER,
}  # fmt: skip


def _misspelt(label: str) -> LinkKind | None:
    words = re.findall(r"[^\W\d_]+", label)
    if len(words) != 1 or len(words[0]) < 4:
        return None
    close = difflib.get_close_matches(words[0].casefold(), list(_SPELLED), n=1, cutoff=0.8)
    return _SPELLED[close[0]] if close else None


def by_emoji(text: str) -> LinkKind | None:
    """The role an emoji or shortcode just before a link gives it (words there belong to other
    links)."""
    for pattern, kind in _EMOJI:
        if pattern.search(text):
            return kind
    return None


def by_header(header: str) -> LinkKind | None:
    for pattern, kind in _HEADERS:
        if pattern.search(header):
            return kind
    return None


def role(url: str, label: str = "", header: str = "", before: str = "") -> LinkKind:
    """The role of a link: its column header, then its label or the emoji just before it, then
    its URL. A paper-like label keeps what the URL says of it (PDF, arXiv, DOI page)."""
    said = by_header(header) if header else None
    said = said or by_label(label) or (by_emoji(before) if before else None)
    if said in (LinkKind.PAPER, LinkKind.PDF):
        found = by_url(url)
        if found in (LinkKind.PDF, LinkKind.ARXIV, LinkKind.DOI, LinkKind.PAPER):
            return found
        return LinkKind.PDF if said is LinkKind.PDF else LinkKind.PAPER
    return said or by_url(url)


# ``ppt``, ``report``, ``introduction``, ``solution``: a competition entry's links
# ``[Solution Report PPT](…)``, ``[Solution Introduction](…)`` say what the document is, as
# ``[Slides](…)`` does.
_ROLE_WORDS = frozenset(
    """code codes github gitlab official unofficial implementation implementations repo repository
    pytorch tensorflow tf tf2 torch jax keras caffe caffe2 mxnet paddle paddlepaddle theano lasagne
    mindspore chainer paper papers pdf arxiv doi openreview abs abstract link links url project
    page website homepage home demo site web data dataset datasets benchmark video videos talk
    youtube bilibili slides slide poster blog notes note post bib bibtex citation cite supp
    supplementary supplemental appendix proceedings version published preprint html model models
    weights checkpoint huggingface hf zhihu medium and v1 v2 v3 full here download read 知乎 代码
    ppt pptx presentation report introduction solution
    论文 项目 主页""".split()
)


# Chinese writes a link's role as words run together without spaces (``论文地址``: paper address,
# ``代码链接``, ``项目主页``, ``官方代码``): a label made only of such words says what the link is.
_CJK_ROLE_RE = re.compile(
    r"(?:论文|代码|源码|源代码|链接|地址|网址|项目|主页|官方|非官方|实现|原文|全文|下载|数据集|数据"
    r"|视频|博客|解读|笔记|知乎|文章|网页|页面|演示|幻灯片|开源|预印本|官网|仓库)+[0-9一二三]?"
)


def names_its_site(label: str, url: str) -> bool:
    """``[PyTorch](https://pytorch.org/)``, ``[TensorFlow](https://www.tensorflow.org/…)``: a
    role word that is a framework's name, on the framework's own site, names it; so it does on
    the framework's own repository, named by the same word (``[Caffe](https://github.com/BVLC/caffe)
    - what it is``, in a list of frameworks), not on a repository named otherwise
    (``[PyTorch](https://github.com/ann/widgetnet-pytorch)``: a work's code in PyTorch)."""
    word = label.strip().casefold()
    if not word.isalpha():
        return False
    if is_code_url(url):
        return [p for p in url_path(url).split("/") if p][1].casefold() == word
    return word in host(url) and by_url(url) is LinkKind.OTHER


# An arXiv number (``2301.00061``, ``arXiv:1503.02531v2``) or a DOI as a link's whole label.
_ID_LABEL_RE = re.compile(
    r"(?:arxiv\s*[:：]?\s*)?\d{4}\.\d{4,5}(?:v\d+)?|(?:doi\s*[:：]?\s*)?10\.\d{4,9}/\S+",
    re.IGNORECASE,
)


def is_role_label(label: str) -> bool:
    """A label that only says what a link is (``[code]``, ``[PDF]``, ``Github``, ``📄``), as
    opposed to one that names the work (a title)."""
    if _ID_LABEL_RE.fullmatch(label.strip(" []()")):
        return True  # ``[2301.00061](https://arxiv.org/abs/2301.00061)``: the paper's number
    if re.fullmatch(r"\^[^\s\]]{1,20}", label.strip()):
        return True  # ``Title[^1]`` with ``[^1]: https://…`` below: a footnote's mark
    words = [w.casefold() for w in re.findall(r"[^\W_]+", label)]
    # ``[video1]``, ``[slides2]``, ``[Read 1]``: a role word numbered.
    if all(w in _ROLE_WORDS or w.rstrip("0123456789") in _ROLE_WORDS or w.isdigit() for w in words):
        return not words or any(not w.isdigit() for w in words)
    if words and all(_CJK_ROLE_RE.fullmatch(w) for w in words):
        return True  # ``[链接](…)``, ``[论文地址](…)``, ``[官方代码](…)``
    # ``[[Python Reference]](url)``: a short label the list shows in brackets, as it shows
    # ``[[Paper]]`` and ``[[Code]]``, names what the link is, not the work.
    inner = label.strip()
    return inner.startswith("[") and inner.endswith("]") and 0 < len(words) <= 4
