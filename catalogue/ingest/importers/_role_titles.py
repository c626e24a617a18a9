"""Link labels and entry titles that only say a link's role, not a work's name.

The heading net (``_rescue_headings``) asks of each heading section whether the entries its body
made are titled by what a link is (``Paper``, ``Code``, ``GitHub``, ``コード``, ``논문``, ``中文``,
a bare address, ``CVPR'23 正式版``) rather than by a work. Those words are the role words of
``_roles`` and ``_work_headings`` plus the ones they lack: other languages, notes and versions,
and words that say where a link goes.
"""

from __future__ import annotations

import re

from ._roles import is_role_label, names_its_site
from ._work_headings import generic_label

# Link labels that only say a link's role, in languages the role words of ``_roles`` lack
# (Japanese, Korean, a few European ones): ``[論文](…)``, ``[코드](…)``, ``[Código](…)``.
_OTHER_ROLES_RE = re.compile(
    r"(?:論文|コード|ソース|プロジェクト|ホームページ|デモ|データセット|データ|動画|スライド|公式"
    r"|リポジトリ|サイト|ページ|논문|코드|프로젝트|홈페이지|데모|데이터셋|데이터|영상|슬라이드|깃허브"
    r"|art[íi]culo|c[óo]digo|proyecto|p[áa]gina|sitio|artikel|projekt(?:seite)?|webseite|quellcode"
    r"|article|projet|site|papier|статья|код|проект|сайт"
    # A note or a version in another language (``中文``: in Chinese; ``我的筆記``: my notes).
    r"|中文|英文|中译|翻译|译文|解读|笔记|筆記|我的|原文|正式版|阅读卡片|日本語|한국어|english"
    # English words that say where a link goes without a role word of ``_roles``.
    r"|source|figure|image|details|more|read more|credits?|[\s/|·,&+-])+",
    re.IGNORECASE,
)
_URL_LIKE_RE = re.compile(r"(?:https?://|www\.)\S+|[\w-]+(?:\.[\w-]+)+(?:/\S*)?", re.IGNORECASE)
_FILLERS = frozenset("my our the a an full official original".split())
_PARTS_RE = re.compile(r"\s*[·|•:：]\s*")
_NOTE_RE = re.compile(r"^[^:：]{1,30}[:：]\s+\S")
_PUBLISHED_RE = re.compile(r"[A-Z][A-Za-z]{1,10}(?:[ -]?(?:19|20)\d{2}|['’]\d{2})(?!\w)")
_ASIDE_RE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|（[^（）]*）")


def role_title(title: str | None, url: str = "") -> bool:
    """A title that is only a link's role: ``Paper``, ``GitHub``, ``項目主页``, ``論文``, an
    address; not a framework named on its own site (``[PyTorch](https://pytorch.org)``)."""
    text = " ".join((title or "").split()).strip(" []()·|:：-")
    if not text or _URL_LIKE_RE.fullmatch(text):
        return True
    if url and names_its_site(text, url):
        return False
    if _one_role(text):
        return True
    # ``code (PyTorch) - 2``, ``my paper note (unfinished)``, ``中文1``: a role, a note, a number.
    bare = re.sub(r"[\s\-–]*\d+$", "", _ASIDE_RE.sub(" ", text)).strip(" -–")
    if bare != text and bare and _one_role(bare):
        return True
    # ``GitHub: no author-linked repository found``: a role and a note on it;
    # ``Paper figure · Source``: roles in a row.
    parts = [p for p in _PARTS_RE.split(text) if p]
    return len(parts) > 1 and (
        all(_one_role(p) for p in parts) or (_one_role(parts[0]) and _NOTE_RE.match(text))
    )


def _one_role(text: str) -> bool:
    """Role words alone (``Paper figure``, ``my code``), not a name with one in it (``Berkeley
    MVP Data``)."""
    if is_role_label(text) or generic_label(text) or _OTHER_ROLES_RE.fullmatch(text):
        return True
    # ``ACL 2026``, ``CVPR'23 正式版``: where it was published (the published version).
    published = _PUBLISHED_RE.match(text)
    if published is not None:
        rest = text[published.end() :].strip()
        return not rest or _one_role(rest)
    words = re.findall(r"[^\W_]+", text)
    return bool(words) and all(
        w.casefold() in _FILLERS or is_role_label(w) or _OTHER_ROLES_RE.fullmatch(w) for w in words
    )
