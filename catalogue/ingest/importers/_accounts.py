"""Links that name no work by what they are: a person's or a lab's account on a social network,
and a repository's change or thread named by its number (``_nonworks`` skips such units)."""

from __future__ import annotations

import re

# ``Ann Lee ([@annlee](https://twitter.com/annlee/))``, ``[Ann Lee](linkedin.com/in/…)``, a
# scholar's or a network's profile: an account names a person or a lab, no work (a post of it,
# ``twitter.com/ann/status/…``, is a page further in and no account).
_SOCIAL_ACCOUNT_RE = re.compile(
    r"https?://(?:www\.|mobile\.)?(?:(?:twitter|x)\.com/(?!(?:i|home|search|hashtag|intent|share)\b)"
    r"\w{1,30}/?(?:[?#].*)?$|linkedin\.com/in/[^/?#]+/?$|bsky\.app/profile/[^/?#]+/?$"
    r"|scholar\.google\.[a-z.]+/citations\?(?:[^#]*&)?user=)",
    re.IGNORECASE,
)

# A repository's pull request, issue, discussion or commit: a change or a thread.
_THREAD_RE = re.compile(
    r"^https?://(?:www\.)?(?:github|gitlab)\.com/[^/]+/[^/]+/(?:-/)?"
    r"(?:pull|pulls|issues|merge_requests|discussions|commit)/\w+/?(?:[?#].*)?$",
    re.IGNORECASE,
)
# ``#755``, ``PR #12``, ``Pull request``, ``!31``: a change named by its number or its kind.
_NUMBER_RE = re.compile(
    r"\W*(?:(?:pr|pull request|merge request|issue)\s*[#!]?\d*|[#!]\d+)\W*", re.IGNORECASE
)


def social_account(url: str) -> bool:
    """An account's page on a social network or a scholar's profile."""
    return _SOCIAL_ACCOUNT_RE.match(url) is not None


def numbered_change(urls: list[str], title: str) -> bool:
    """``- PR: [#755](github.com/o/widget/pull/755) - adds a sampler``, ``Pull request
    [#31](…)``, under a tool: every link a repository's change or thread, named only by its
    number or its kind; an issue named by its words (``Implement widget loss? #383``) is a thread
    the list points to, a resource, and stays."""
    return all(_THREAD_RE.search(u) for u in urls) and _NUMBER_RE.fullmatch(title) is not None
