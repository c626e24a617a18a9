"""Author lists in the forms lists write them, split into names in ``Given Family`` order.

Forms: ``A, B and C``; ``A and B and C``; ``A; B & C``; ``A et al.``; ``Surname, Given`` (BibTeX
order, alone or joined by ``&``/``and``/``;``); ``Surname, G.``; initials with or without dots;
particles (``van der``); CJK names. Where one name ends and the next begins is decided here; each
name's parts are put in order by ``nameparser``. A piece that is a venue, a year, a URL, an
organisation or a single word that cannot be a surname is no author, and then the whole text is
not read as an author list (it is kept as written by the caller).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from nameparser import HumanName

from ._apa import apa_names
from ._venues import Lexicon

# ``et al.``, ``etc.``, ``and others``, ``等``: more names than are written.
_ET_AL_RE = re.compile(
    r"[\s,]*\bet\.?\s*a?l\b\.?|\s*\betc\b\.?|[\s,]*(?:\band|&)\s+others\b\.?|\s*等", re.IGNORECASE
)
_AFFILIATION_RE = re.compile(r"\s*[(（][^()（）]{1,40}[)）]")
_SPLIT_RE = re.compile(r"\s*(?:;|&|\band\b|，|、|\|)\s*", re.IGNORECASE)
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_PARTICLES = {
    "van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "la", "le", "ul", "bin",
    "al", "el", "dos", "das", "ter", "ten", "zu", "y", "e",
}  # fmt: skip
# Words that are never part of a person's name in these lists.
_NOT_NAMES = {
    "anonymous", "google", "microsoft", "facebook", "meta", "deepmind", "openai", "huawei",
    "alibaba", "tencent", "baidu", "amazon", "apple", "nvidia", "intel", "ibm", "samsung",
    "university", "univ", "institute", "lab", "labs", "research", "team", "group", "inc",
    "ltd", "corp", "company", "tech", "report", "technical", "preprint", "workshop", "paper",
    "code", "project", "official", "unofficial", "survey", "review", "arxiv", "github",
    "pytorch", "tensorflow", "keras", "caffe", "mxnet", "jax", "python", "framework",
    "dataset", "benchmark", "and", "the", "of", "for", "with", "via", "to", "from", "by",
    "is", "are", "link", "pdf", "slides", "video", "distillation", "learning", "knowledge",
    "network", "networks", "neural", "deep", "model", "models", "training", "teacher",
    "student", "students", "transfer", "compression", "adversarial", "representation",
    "representations", "graph", "language", "vision", "visual", "image", "detection",
    "segmentation", "efficient", "using", "towards", "matching", "multi", "self", "semi",
    "supervised", "unsupervised", "cross", "modal", "domain", "dense", "object",
    "blog", "website", "homepage", "note", "notes", "trans", "transactions", "journal",
    "conference", "proceedings", "neurips", "nips", "icml", "iclr", "cvpr", "iccv", "eccv",
    "empirical", "evaluation", "benchmarking", "study", "analysis", "approach", "method",
    "methods", "systems", "system", "oral", "spotlight", "poster", "highlight", "award",
    "honorable", "honourable", "mention", "outstanding", "presentation", "accepted", "press",
    "publishing", "publishers", "publications", "verlag", "springer", "elsevier",
    "rethinking", "revisiting", "understanding", "improving", "exploring", "boosting",
    "scaling", "reasoning", "inference", "generalization", "optimal",
}  # fmt: skip
# ``MIT Press``, ``Springer``: a book's publisher (where it appeared), never a person.
PUBLISHER_RE = re.compile(
    r"(?:^|\s)(?:Press|Publishing|Publishers|Publications|Verlag)$"
    r"|^(?:Springer(?:-Verlag)?|Wiley|Elsevier|O['’]Reilly(?: Media)?|Morgan Kaufmann|Manning"
    r"|Packt|Addison[- ]Wesley|Prentice[- ]Hall|Athena Scientific)$"
)
_NAME_CHARS_RE = re.compile(r"^[^\W\d_][\w.'’`´-]*$", re.UNICODE)
_CONTRACTION_RE = re.compile(r"(?:n['’]t|['’](?:s|re|ll|ve|m))$", re.IGNORECASE)
_DOTTED_INITIALS_RE = re.compile(r"^(?:[A-Z]\.){2,3}$")
_INITIALS_RE = re.compile(r"^(?:[A-Z]\.?[\s-]*){1,3}$")


@dataclass
class Authors:
    names: list[str] = field(default_factory=list)
    et_al: bool = False


def _strip(text: str) -> tuple[str, bool]:
    """The names part of ``text``: no ``et al.``, no affiliations in brackets, no ``by``."""
    body = _AFFILIATION_RE.sub(" ", text)
    et_al = bool(_ET_AL_RE.search(body))
    body = _ET_AL_RE.sub(" ", body)
    body = re.sub(r"^\s*(?:by|authors?\s*:)\s+", "", body.strip(), flags=re.I)
    return " ".join(body.split()).strip(" ,.;:*_"), et_al


# Words Chinese lists label an entry's parts with (code, paper, link, project, homepage, …).
_CJK_LABELS = frozenset(
    """作者 会议 期刊 预印本 发表 年份 链接 论文 代码
    摘要 备注 数据集 框架 主页 项目 解读 视频""".split()
)


def _name_word(word: str) -> bool:
    if word.casefold() in _PARTICLES:
        return True
    if _CJK_RE.search(word):
        return True
    if _CONTRACTION_RE.search(word):  # ``Don't Walk, Skip!``: a title's words, no name
        return False
    return bool(_NAME_CHARS_RE.match(word)) and word[0].isupper()


def is_name(text: str, lexicon: Lexicon | None = None, single_ok: bool = True) -> bool:
    """Whether ``text`` can be one person's name (``Given Family``, ``G. Family``, a surname)."""
    words = text.split()
    if not 1 <= len(words) <= 6 or any(ch.isdigit() for ch in text) or "://" in text:
        return False
    if _CJK_RE.search(text):
        # ``代码：`` (code), ``论文`` (paper): a label left by a link, no name.
        label = text.strip(" :：") in _CJK_LABELS or bool(re.search(r"[:：，。、]", text))
        return not label and len(text.replace(" ", "")) <= 12
    if any(len(w.strip(".")) > 1 and w.casefold().strip(".") in _NOT_NAMES for w in words):
        return False
    if PUBLISHER_RE.search(text.strip()):
        return False
    if not all(_name_word(w) for w in words):
        return False
    if len(words) >= 5 and not any(w.casefold() in _PARTICLES or "." in w for w in words):
        return False  # ``Evaluating LLMs On User Rating Prediction``: a title's words
    # A period ends only an initial (``G.``) or a suffix, never a word: ``Matching. Wu`` is two
    # sentences, not a name.
    if any(
        w.endswith(".")
        and len(w.strip(".")) > 2
        and w not in ("Jr.", "Sr.")
        and not _DOTTED_INITIALS_RE.match(w)  # ``M.A.``
        for w in words
    ):
        return False
    if words[0] in _PARTICLES and not (len(words) > 1 and words[-1][0].isupper()):
        return False  # ``van de Ven`` is a surname; ``de`` alone is no name
    if lexicon is not None and lexicon.resolve(text) is not None:
        return False
    if len(words) == 1:
        word = words[0].strip(".")
        # A surname alone: capitalised, not an acronym, not an initial.
        return single_ok and len(word) > 1 and not re.search(r"[A-Z]{2,}", word)
    return not all(w.isupper() and len(w) > 2 for w in words)


def given_first(surname_first: str) -> str:
    """``Li, Yuncheng`` -> ``Yuncheng Li``; ``van der Maaten, L.`` -> ``L. van der Maaten``;
    ``Smith, John, Jr.`` (a suffix, read by nameparser) -> ``John Smith Jr.``."""
    parts = [p.strip() for p in surname_first.split(",")]
    if len(parts) == 2 and all(parts):
        return f"{parts[1]} {parts[0]}"
    name = HumanName(surname_first)
    ordered = [name.first, name.middle, name.last, name.suffix]
    return " ".join(p for p in ordered if p) or surname_first


def _pairs(pieces: list[str]) -> list[str] | None:
    """Comma-split pieces read as ``Surname, Given`` pairs, when they pair up."""
    if len(pieces) % 2:
        return None
    names = []
    for surname, given in zip(pieces[::2], pieces[1::2], strict=True):
        words = surname.split()
        # A surname is one word, or particles and one word (``van der Maaten``).
        if len(given.split()) > 3 or not words or any(w not in _PARTICLES for w in words[:-1]):
            return None
        names.append(given_first(f"{surname}, {given}"))
    return names


def _surname_first_piece(piece: str) -> bool:
    """``Surname, Given`` (one comma, short parts) or ``Surname, G.``."""
    parts = [p.strip() for p in piece.split(",")]
    return len(parts) == 2 and all(1 <= len(p.split()) <= 3 for p in parts)


_GLUED_RE = re.compile(r"\b([A-Z][\w'’-]+),([A-Z][\w'’-]+)\b")


def parse_authors(
    text: str, lexicon: Lexicon | None = None, surname_first: bool = False
) -> Authors | None:
    """The names in an author text, or None when it does not read as a list of names.

    ``surname_first``: the list writes ``Surname, Given`` (found from the whole document), so a
    lone ``X, Y`` is one person, not two. Names that are all ``Family, I.`` pairs (``Hinton, G.,
    Vinyals, O., & Dean, J.``, as APA references and BibTeX-minded lists write them) are read as
    such, their initials kept with their dots."""
    found = _parse_authors(text, lexicon, surname_first)
    return None if found is None else Authors(list(found.names), found.et_al)


@lru_cache(maxsize=16384)  # the same texts are read while a layout is chosen (see _meta_text)
def _parse_authors(text: str, lexicon: Lexicon | None, surname_first: bool) -> Authors | None:
    body, et_al = _strip(text)
    names = apa_names(body) if body else None
    if names and all(is_name(n, lexicon) for n in names):
        return Authors(names, et_al)
    return _parse_names(text, lexicon, surname_first)


def _parse_names(text: str, lexicon: Lexicon | None, surname_first: bool) -> Authors | None:
    # ``Shen,Zhiqiang``: a comma without spaces joins a surname to its given name.
    glued = {f"{m.group(2)} {m.group(1)}" for m in _GLUED_RE.finditer(text)}
    text = _GLUED_RE.sub(r"\2 \1", text)
    body, et_al = _strip(text)
    if not body:
        return Authors([], et_al) if et_al else None
    groups = [g for g in _SPLIT_RE.split(body) if g.strip(" ,.")]
    names: list[str] = []
    inverted = surname_first or _initials_after_comma(body)
    if len(groups) > 1 and all(_surname_first_piece(g) for g in groups):
        names = [given_first(g) for g in groups]  # Cho, Jang Hyun & Hariharan, Bharath
    else:
        plain: list[int] = []  # names written ``Mori Greg``, without a comma
        comma_pairs = 0
        for group in groups:
            pieces = [p.strip() for p in group.split(",") if p.strip(" .")]
            paired = _pairs(pieces) if inverted and len(pieces) == 2 else None
            comma_pairs += paired is not None
            if paired is None and len(pieces) == 1 and pieces[0].strip(" .") not in glued:
                plain.append(len(names))
            names += paired or pieces
        if surname_first and comma_pairs:
            # Beside names written ``Surname, Given`` (``Tung, Frederick, and Mori Greg``), a
            # bare ``Surname Given`` follows the same order. (``Ba,Jimmy, and Rich Caruana``
            # shows a glued pair says less: there the next name is given first.)
            for index in plain:
                words = names[index].strip(" .").split()
                if len(words) == 2 and all(w[:1].isupper() and len(w) > 2 for w in words):
                    names[index] = f"{words[1]} {words[0]}"
    names = [_tidy(n) for n in names]
    names = [n for n in names if n]
    if not names:
        return None
    # A lone one-word name is a surname only where the list says more follows or uses surnames.
    single_ok = len(names) > 1 or et_al or inverted
    bad = [n for n in names if not is_name(n, lexicon, single_ok)]
    # One garbled name in a long list (``Antonio M. L ´opez``) does not make it no list of names.
    if bad and not (len(bad) == 1 and len(names) >= 3 and _garbled_name(bad[0], lexicon)):
        return None
    return Authors(names, et_al)


def _garbled_name(text: str, lexicon: Lexicon | None) -> bool:
    words = text.split()
    return (
        1 <= len(words) <= 5
        and not any(ch.isdigit() for ch in text)
        and "://" not in text
        and not any(w.casefold().strip(".") in _NOT_NAMES for w in words)
        and (lexicon is None or lexicon.resolve(text) is None)
    )


def _initials_after_comma(body: str) -> bool:
    """``Hansen, L. K.``: a comma then initials only is BibTeX order."""
    parts = [p.strip() for p in body.split(",")]
    return len(parts) == 2 and bool(_INITIALS_RE.match(parts[1])) and len(parts[0].split()) == 1


def _tidy(name: str) -> str:
    name = " ".join(name.replace("*", "").split()).strip(" ,;:")
    # An affiliation digit glued to a family name (``Jiasen Lu1``) is not part of the name.
    name = re.sub(r"(?<=[^\W\d_])\d{1,2}$", "", name)
    if name.endswith(".") and not re.search(r"\b[A-Z]\.$", name):
        name = name[:-1]
    return name
