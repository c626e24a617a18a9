"""What the tags a list writes in front of a title say (``_front.strip_lead`` finds them): a
venue and year (``[KDD 2022]``, ``(CVPR 24')``), a date, or a tag of the list's own
(``(survey)``). Moved as it was from ``_front``."""

from __future__ import annotations

import re

from ._fields import Context, Fields
from ._meta_text import venue_of

_LEAD_DATE_GROUP_RE = re.compile(
    r"^(?:\d{2}\.\d{2}\.\d{2}|(?:19|20)\d{2}[-./]\d{1,2}(?:[-./]\d{1,2})?)(?:\s*,.*)?$"
)


def lead_meta(lead: list[str], ctx: Context, fields: Fields) -> str | None:
    """Tags in front of the title: a venue (``[KDD 2022]``) or a tag (``(survey)``)."""
    for tag in lead:
        if _LEAD_DATE_GROUP_RE.match(tag):
            date, _, venue_text = tag.partition(",")
            fields.date = date.strip()
            if venue_text.strip():
                fields.venue, fields.year = venue_of(venue_text, ctx.lexicon)
                fields.venue_text = venue_text.strip()
            continue
        # ``(CVPR 24')``: the apostrophe typed after a two-digit year, as ``CVPR '24``.
        venue, year = venue_of(re.sub(r"\s(\d{2})['’]$", r" '\1", tag), ctx.lexicon)
        if (venue is not None and (year or ctx.lexicon.resolve(tag))) or (year and not venue):
            fields.venue, fields.venue_text = venue, tag
            fields.year = year
        elif not tag.isdigit():  # ``[1]``: a reference's number, no tag
            fields.tags.append(tag)
    return None
