"""How long an HTTP server asks a client to wait before asking again (``Retry-After``).

Shared by the link checker and the metadata look-ups: both honour the header the same way.
"""

from __future__ import annotations

import email.utils


def retry_after(value: str | None, now: float) -> float | None:
    """Seconds a ``Retry-After`` value asks for, given as delta-seconds or as an HTTP date.

    None when there is no value or it reads as neither; a date in the past asks for 0 s.
    """
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:  # HTTP dates are GMT; one without a zone is not a valid HTTP date
        return None
    return max(0.0, moment.timestamp() - now)
