"""YAML in and out: parsing that remembers where every value stood, canonical dumping.

PyYAML's ``safe_load`` keeps the last of two duplicate keys without a word and forgets positions.
Here the C composer (libyaml) builds the node tree, and a small converter turns it into plain data,
refusing duplicate keys, aliases and tags, and recording the line and column of every value so that
schema errors can point at the offending field.
"""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import Diagnostic

Loader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
Dumper: type = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

PathKey = tuple[str | int, ...]

_YAML_TAG = "tag:yaml.org,2002:"
_SCALARS = {
    _YAML_TAG + "str": str,
    _YAML_TAG + "int": None,
    _YAML_TAG + "float": None,
    _YAML_TAG + "bool": None,
    _YAML_TAG + "null": None,
    # Dates stay text: pydantic parses them, and a date and its text then round-trip alike.
    _YAML_TAG + "timestamp": str,
}


@dataclass
class Parsed:
    """A parsed document and the (line, column) of every value in it, both 1-based."""

    data: Any
    positions: dict[PathKey, tuple[int, int]] = field(default_factory=dict)

    def position(self, loc: PathKey) -> tuple[int, int]:
        """The position of the deepest part of ``loc`` that the document has."""
        for end in range(len(loc), -1, -1):
            found = self.positions.get(tuple(loc[:end]))
            if found:
                return found
        return (1, 1)


class YamlProblem(Exception):
    def __init__(self, message: str, line: int, column: int):
        super().__init__(message)
        self.message, self.line, self.column = message, line, column


def _mark(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


_safe = yaml.SafeLoader("")  # only for its scalar constructors (int, float, bool forms)


def _scalar(node: yaml.ScalarNode) -> Any:
    tag = node.tag
    if tag not in _SCALARS:
        raise YamlProblem(
            f"YAML tag {tag.replace(_YAML_TAG, '!!')!r} is not allowed: write a plain value",
            *_mark(node),
        )
    kind = _SCALARS[tag]
    if kind is str:
        return node.value
    return _safe.construct_object(node)


_STR, _SEQ, _MAP = _YAML_TAG + "str", _YAML_TAG + "seq", _YAML_TAG + "map"
_INT, _BOOL, _NULL = _YAML_TAG + "int", _YAML_TAG + "bool", _YAML_TAG + "null"
_TRUE = frozenset({"true", "yes", "on"})


class _Bail(Exception):
    """Something unusual: let the positional converter find and describe it."""


def _fast(node: yaml.Node, seen: set[int]) -> Any:
    """The happy path without positions: plain, tag-free, alias-free, duplicate-free YAML."""
    if id(node) in seen:
        raise _Bail
    seen.add(id(node))
    tag = node.tag
    if tag == _STR:
        return node.value
    if tag == _MAP:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = key_node.value
            if key_node.tag != _STR or key in result:
                raise _Bail
            result[key] = _fast(value_node, seen)
        return result
    if tag == _SEQ:
        return [_fast(item, seen) for item in node.value]
    if tag == _INT and node.value.isdigit():
        return int(node.value)
    if tag == _BOOL:
        return node.value.lower() in _TRUE
    if tag == _NULL:
        return None
    if tag in _SCALARS:
        return _scalar(node)
    raise _Bail


def _convert(
    node: yaml.Node, path: PathKey, out: Parsed, seen: set[int], at: yaml.Node | None = None
) -> Any:
    """Plain data from a node. ``at`` is the node to blame for an alias: an alias is the very
    node it names, so its own mark points at the anchor, not at the ``*name``."""
    if id(node) in seen:
        raise YamlProblem(
            "YAML aliases (*name) are not allowed: write the value out", *_mark(at or node)
        )
    seen.add(id(node))
    out.positions[path] = _mark(node)
    if isinstance(node, yaml.ScalarNode):
        return _scalar(node)
    if isinstance(node, yaml.SequenceNode):
        if node.tag != _YAML_TAG + "seq":
            raise YamlProblem(f"YAML tag {node.tag!r} is not allowed", *_mark(node))
        return [_convert(item, (*path, i), out, seen, node) for i, item in enumerate(node.value)]
    if isinstance(node, yaml.MappingNode):
        if node.tag != _YAML_TAG + "map":
            raise YamlProblem(f"YAML tag {node.tag!r} is not allowed", *_mark(node))
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == _YAML_TAG + "merge":
                raise YamlProblem("YAML merge keys (<<) are not allowed", *_mark(key_node))
            if not isinstance(key_node, yaml.ScalarNode):
                raise YamlProblem("a mapping key must be plain text", *_mark(key_node))
            key = str(key_node.value)
            if key in result:
                first = out.positions[(*path, key)][0]
                raise YamlProblem(
                    f"duplicate key {key!r} (first given on line {first}): keep one",
                    *_mark(key_node),
                )
            out.positions[(*path, key)] = _mark(key_node)
            result[key] = _convert(value_node, (*path, key), out, seen, key_node)
            # A key's own position is the more useful one for "this field is wrong".
            out.positions[(*path, key)] = _mark(key_node)
        return result
    raise YamlProblem("unsupported YAML node", *_mark(node))  # pragma: no cover


def parse(raw: bytes, path: Path | str, *, positions: bool = True) -> Parsed:
    """Parse one YAML document; raise ``ParseFailed`` with a located diagnostic.

    Without ``positions`` the result has an empty position map (cheaper; callers that need to
    locate a value parse again with positions, see ``store.Origin``)."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise ParseFailed(
            Diagnostic.at(
                path,
                f"not UTF-8 (byte 0x{raw[exc.start]:02x}): save the file as UTF-8",
                code="encoding",
                line=line,
                column=column,
            )
        ) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        node = yaml.compose(text, Loader=Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = exc.problem or exc.context or "invalid YAML"
        raise ParseFailed(
            Diagnostic.at(path, f"invalid YAML: {problem}", code="yaml", line=line, column=column)
        ) from None
    except yaml.YAMLError as exc:
        raise ParseFailed(Diagnostic.at(path, f"invalid YAML: {exc}", code="yaml")) from None
    if node is None:
        raise ParseFailed(
            Diagnostic.at(path, "the file is empty: write the record's fields", code="empty")
        )
    out = Parsed(None)
    if not positions:
        try:
            out.data = _fast(node, set())
            return out
        except _Bail:
            pass
    try:
        out.data = _convert(node, (), out, set())
    except YamlProblem as exc:
        raise ParseFailed(
            Diagnostic.at(path, exc.message, code="yaml", line=exc.line, column=exc.column)
        ) from None
    return out


class ParseFailed(Exception):
    def __init__(self, diagnostic: Diagnostic):
        super().__init__(str(diagnostic))
        self.diagnostic = diagnostic


class _CanonicalDumper(Dumper):  # type: ignore[misc, valid-type]
    def ignore_aliases(self, data: Any) -> bool:
        return True


def _str_representer(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar(_YAML_TAG + "str", value, style=style)


_CanonicalDumper.add_representer(str, _str_representer)


def dump(data: Any) -> str:
    """Canonical YAML: keys in the order given, UTF-8 text, block style, no aliases, no wrapping."""
    return yaml.dump(
        data,
        Dumper=_CanonicalDumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=10_000,
        indent=2,
    )


# The temporary files of ``write_atomic``: ``.<name>.<8 random characters>.tmp`` (mkstemp).
TEMPORARY_RE = re.compile(r"^\..+\.[a-z0-9_]{8}\.tmp$")


def sweep_temporary(folder: Path, *, recursive: bool = True) -> list[Path]:
    """Remove what interrupted atomic writes left in ``folder`` (kill -9 between creating the
    temporary file and renaming it). Only safe while no other writer runs: the caller holds the
    project's lock. Returns the files removed."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            if recursive and not entry.name.startswith("."):
                removed += sweep_temporary(Path(entry.path))
        elif TEMPORARY_RE.match(entry.name):
            Path(entry.path).unlink(missing_ok=True)
            removed.append(Path(entry.path))
    return removed


def write_atomic(path: Path, text: str | bytes, *, durable: bool = True) -> None:
    """Write a file so that readers see the old or the new content, never a half-written one.

    ``durable=False`` skips flushing to disk before the rename: for caches, which a crash may
    only lose (a damaged cache is read as empty), and which are rewritten on every build."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = text.encode("utf-8") if isinstance(text, str) else text
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
