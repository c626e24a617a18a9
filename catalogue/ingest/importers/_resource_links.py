"""A nested bullet that is one of the item's resources, named by what it is (``- [YouTube channel
![](badge)](https://…)``, ``- [ROS driver ![](badge)](https://github.com/…)``, ``- [GitHub
organization](https://…)``): below a tool, a maker or a data set written ``- [Name](url) -
description``, such bullets give its channel, its driver, its repository, its paper. Their
labels are no titles (a kind of resource, a badge beside it), so they are the item's links; before,
each was a work of its own titled ``YouTube channel``. Below a course (``- [CS 101](https://…)
**Widget Systems** *Some University*``), such bullets give its materials: ``- [Lecture
Videos](https://…)``, ``- [Assignments](https://…)``, ``- [Old Exams](https://…)``."""

from __future__ import annotations

import re

from ._document import Inline
from ._evidence import bare_urls, real_links
from ._roles import is_role_label

# What may stand beside the one link: pictures (badges, written as links or not) and separators.
_REST_RE = re.compile(r"[\s|·•,;:()\[\]*_-]*")


def resource_line(line: Inline) -> bool:
    """A nested line that is one link labelled by a kind of resource, and nothing more: a short
    label (four words at most) with a badge on the line, or a label of three words at most made
    only of words that say a kind of resource (``YouTube channel``, ``Project page``, ``Paper
    (extended)``, ``Lecture Videos``)."""
    links = real_links(line)
    if len(links) != 1 or bare_urls(line):
        return False
    link = links[0]
    rest = line.text[: link.start] + " " + line.text[link.end :]
    for other in line.links:
        if other is not link:
            rest = rest.replace(line.text[other.start : other.end], " ")
    if not _REST_RE.fullmatch(rest):
        return False
    words = re.findall(r"[^\W_]+", link.label)
    if not words or len(words) > 4:
        return False
    if len(words) <= 3 and all(_generic(w) for w in words):
        # Wholly a kind of resource (``Video channel``, ``GitHub organisation``, a course's
        # ``Lecture Videos``, ``Old Exams``): not a role word before a name (``Video Llama``,
        # ``Data Juicer``, ``Dataset Pruning``: a tool or a paper of its own), nor a name that
        # holds one word of what a course gives (``Quiz Maker``, ``Widget Problems``).
        return True
    # A badge that says what the link is (``![](…/badge/youtube-red)``), not a count of a
    # repository's stars (``- [WidgetNet](github) ![stars](…)``: a tool of its own), beside a
    # label of two words or more (a one-word label may be a tool's name).
    pictures = [src for _, src in line.images] + [x.url for x in line.links if x.image_only]
    kinds = pictures and not any(_COUNT_RE.search(src) for src in pictures)
    return bool(kinds) and len(words) >= 2


def _generic(word: str) -> bool:
    """A word of a label that names a kind of resource, no work: a role word (``code``,
    ``video``), a kind of page or account (``channel``, ``organisation``), a course's material."""
    w = word.casefold()
    return is_role_label(word) or w in _KINDS or w in _MATERIALS


# Kinds of pages, accounts and parts a tool, a maker or a paper has besides its own page.
_KINDS = frozenset(
    """channel kanal page pages organization organisation org account profile driver drivers docs
    documentation doc manual guide tutorial tutorials wiki playlist server extended version
    english chinese mirror forum community chat discord slack twitter api reference releases
    old new past sample practice course class""".split()
)

# What a course gives besides its page: a nested line named only by these (three words at
# most) is one of the course's links, not a work titled ``Lecture Videos``.
_MATERIALS = frozenset(
    """lecture lectures lecturenotes assignment assignments homework homeworks exam exams midterm
    midterms syllabus reading readings exercise exercises solution solutions playlist recordings
    recording schedule calendar handout handouts quiz quizzes discussion discussions materials
    resources labs problem problems psets transcript transcripts notebooks""".split()
)

# A badge that counts something of a repository (its stars, forks, downloads): the work's own.
_COUNT_RE = re.compile(r"/(?:stars|forks|watchers|downloads|dm|dt|last-commit|v)/", re.I)
