"""A parse cache keyed by file content, so a rebuild parses only the files that changed.

It keeps, under the digest of a record file's bytes, the plain data its YAML gave, as JSON text.
A file whose bytes changed has another digest and is parsed again. Validation always runs, so a
change of the models never meets stale records: a cached record is validated straight from its
JSON by pydantic's own parser, which builds the models without making the intermediate dicts
and lists (see ``benchmarks/results/`` for what that saves).
"""

from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path
from typing import Any

import yaml

from .kept import KeptValues

# Bump when the entries' form changes. The reader's own version (below) covers the rest.
FORMAT = 3


@functools.cache
def reader_version() -> str:
    """What turns bytes into data: PyYAML, libyaml and this package's converter. A new one of
    any drops the cache, since it could read the same bytes differently yet still validly."""
    from ..core import yamlio

    libyaml = getattr(getattr(yaml, "_yaml", None), "get_version_string", lambda: "none")()
    parts = (FORMAT, yaml.__version__, libyaml)
    source = Path(yamlio.__file__).read_bytes()
    return hashlib.blake2b(repr(parts).encode() + source, digest_size=16).hexdigest()


def digest(raw: bytes) -> bytes:
    """The digest of a record file's bytes: its key here, and its ``Catalogue.digests`` entry."""
    return hashlib.blake2b(raw, digest_size=16).digest()


def as_json(data: Any) -> bytes | None:
    """The data as JSON, or None when JSON cannot hold it exactly (such data is not cached)."""
    try:
        text = json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    except (TypeError, ValueError):
        return None
    return text.encode("utf-8")


def parse_cache(path: Path | None) -> KeptValues:
    """The parse cache in ``path``: file digest -> JSON of the file's data."""
    return KeptValues(path, reader_version())
