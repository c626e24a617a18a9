"""``--fix-moved``: write the new address of permanently moved links into the records.

Only the curated links change (a paper's links, a code record's URL and links). Source entries keep
what each list wrote: they are provenance, not links to keep working.
"""

from __future__ import annotations

from urllib.parse import urldefrag

from pydantic import BaseModel, TypeAdapter, ValidationError

from ..core.models import Url
from ..core.store import Catalogue, save, to_yaml
from ..core.yamlio import write_atomic
from .results import LinkClass, LinkReport, Occurrence

_URL = TypeAdapter(Url)


def fix_moved(catalogue: Catalogue, report: LinkReport) -> dict[str, int]:
    """Rewrite every moved link of the report in its record; return URL -> places rewritten."""
    touched: dict[tuple[str, str], BaseModel] = {}
    fixed: dict[str, int] = {}
    for item in report.checked:
        new_url = item.result.new_url
        if item.result.outcome is not LinkClass.MOVED or new_url is None:
            continue
        for where in item.target.occurrences:
            record = _record(catalogue, where)
            if record is None or not _rewrite(record, where, new_url):
                continue
            touched[(where.collection or "", where.key or "")] = record
            fixed[item.target.url] = fixed.get(item.target.url, 0) + 1
    for (collection, key), record in sorted(touched.items()):
        origin = catalogue.origins.get((collection, key))
        if origin is not None and origin.path.stem != key:
            write_atomic(origin.path, to_yaml(record))  # keep the file where it is
        else:
            save(catalogue.root, record)
    return fixed


def _record(catalogue: Catalogue, where: Occurrence) -> BaseModel | None:
    if where.collection is None or where.key is None:
        return None
    records: dict[str, BaseModel] = getattr(catalogue, where.collection)
    return records.get(where.key)


def _rewrite(record: BaseModel, where: Occurrence, new_url: str) -> bool:
    """Set the URL at ``where.loc`` (keeping a #fragment the old one had); False if unchanged."""
    fragment = urldefrag(where.written).fragment
    if fragment and not urldefrag(new_url).fragment:
        new_url = f"{new_url}#{fragment}"
    try:
        _URL.validate_python(new_url)
    except ValidationError:
        return False
    *parents, last = where.loc
    holder: object = record
    for part in parents:
        holder = holder[part] if isinstance(part, int) else getattr(holder, part)  # type: ignore[index]
    if not isinstance(last, str) or getattr(holder, last) != where.written:
        return False  # the record changed since it was read: leave it alone
    setattr(holder, last, new_url)
    return True
