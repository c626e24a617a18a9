"""Reading a service's JSON answer through a pydantic model of the fields used, so that a broken
or changed answer is reported by service, request and field instead of failing later."""

from __future__ import annotations

import json
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from ..core.errors import NetworkError

M = TypeVar("M", bound=BaseModel)


def read_json(model: type[M], raw: bytes, service: str, asked: str, kind: str) -> M:
    """``raw`` as ``model``; a ``NetworkError`` naming ``service``, what was ``asked`` and what
    the answer should have been (``kind``) otherwise."""
    try:
        payload = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise _malformed(service, asked, f" (line {exc.lineno}, column {exc.colno})") from None
    except UnicodeDecodeError:
        raise _malformed(service, asked, " (not UTF-8)") from None
    try:
        return model.model_validate(payload)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = ".".join(str(part) for part in first["loc"]) or "answer"
        raise NetworkError(
            f"{service}'s answer for {asked} is not {kind} ({where}: {first['msg']}):"
            " nothing was written"
        ) from None


def _malformed(service: str, asked: str, where: str) -> NetworkError:
    return NetworkError(
        f"{service} sent malformed JSON for {asked}{where}: nothing was written; try again later"
    )
