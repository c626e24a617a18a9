"""Union-find with cannot-link constraints: the clustering under the deduplicator.

Components grow by ``join``; a join is refused when it would put two *anchors* (existing
records) together, or two items that must stay apart. Decisions may join anchors (a curator merging
two records) and obey only the curator's own "apart" rulings.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable


class Components:
    def __init__(self, items: Iterable[str], anchors: Iterable[str]):
        self._parent: dict[str, str] = {item: item for item in items}
        # Members and anchors of the components of several items, by root: an item alone has
        # neither (it is its own anchor when among ``_anchor_items``). Most items never join
        # another, and a list and a set for each would be most of this structure's memory.
        self._members: dict[str, list[str]] = {}
        self._anchors: dict[str, set[str]] = {}
        self._anchor_items = {a for a in anchors if a in self._parent}
        self._apart: dict[str, set[str]] = defaultdict(set)  # automatic (conflicts)
        self._hard_apart: dict[str, set[str]] = defaultdict(set)  # curator decisions

    def find(self, item: str) -> str:
        root = item
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[item] != root:  # path compression
            self._parent[item], item = root, self._parent[item]
        return root

    def _size(self, root: str) -> int:
        return len(self._members.get(root, ())) or 1

    def members(self, root: str) -> list[str]:
        return self._members.get(root) or [root]

    def _anchors_at(self, root: str) -> set[str]:
        found = self._anchors.get(root)
        if found is not None:
            return found
        return {root} if root in self._anchor_items else set()

    def _has_anchors(self, root: str) -> bool:
        # A root that is an anchor item stays one of its component's anchors.
        return root in self._anchors or root in self._anchor_items

    def keep_apart(self, a: str, b: str, *, hard: bool = False) -> None:
        table = self._hard_apart if hard else self._apart
        table[a].add(b)
        table[b].add(a)

    def _crosses(self, table: dict[str, set[str]], ra: str, rb: str) -> bool:
        if not table:
            return False
        small, large = (ra, rb) if self._size(ra) <= self._size(rb) else (rb, ra)
        return any(
            self.find(other) == large for m in self.members(small) for other in table.get(m, ())
        )

    def join(self, a: str, b: str, *, level: int = 2) -> str | None:
        """Put ``a`` and ``b`` in one component, unless something forbids it: then say what
        (``None``: joined, or together already). ``level`` 0 obeys only decisions (a curator's
        "same"), 1 also keeps records apart (an entry joining the record that stores it), 2 also
        obeys automatic conflicts (all other evidence)."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return None
        reason = self._blocked(ra, rb, level)
        if reason is None:
            self._union(ra, rb)
        return reason

    def _blocked(self, ra: str, rb: str, level: int) -> str | None:
        if self._crosses(self._hard_apart, ra, rb):
            return "decision"
        if level >= 1 and self._has_anchors(ra) and self._has_anchors(rb):
            return "records"
        if level >= 2 and self._crosses(self._apart, ra, rb):
            return "conflict"
        return None

    def _union(self, ra: str, rb: str) -> None:
        if self._size(ra) < self._size(rb):
            ra, rb = rb, ra
        self._parent[rb] = ra
        anchors = self._anchors_at(ra) | self._anchors_at(rb)
        self._anchors.pop(rb, None)
        if anchors:
            self._anchors[ra] = anchors
        self._members.setdefault(ra, [ra]).extend(self._members.pop(rb, [rb]))

    def decided_apart(self, a: str, b: str) -> bool:
        """Whether a curator's ruling keeps the components of ``a`` and ``b`` apart."""
        ra, rb = self.find(a), self.find(b)
        return ra != rb and self._crosses(self._hard_apart, ra, rb)

    def anchors_of(self, item: str) -> set[str]:
        return set(self._anchors_at(self.find(item)))
