"""Union-find with cannot-link constraints: the clustering under the deduplicator.

Components grow by ``union``; a union is refused when it would put two *anchors* (existing
records) together, or two items that must stay apart. Decisions may join anchors (a curator merging
two records) and obey only the curator's own "apart" rulings.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable


class Components:
    def __init__(self, items: Iterable[str], anchors: Iterable[str]):
        self._parent: dict[str, str] = {}
        self._members: dict[str, list[str]] = {}
        self._anchors: dict[str, set[str]] = {}
        anchor_set = set(anchors)
        for item in items:
            self._parent[item] = item
            self._members[item] = [item]
            self._anchors[item] = {item} & anchor_set
        self._apart: dict[str, set[str]] = defaultdict(set)  # automatic (conflicts)
        self._hard_apart: dict[str, set[str]] = defaultdict(set)  # curator decisions

    def find(self, item: str) -> str:
        root = item
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[item] != root:  # path compression
            self._parent[item], item = root, self._parent[item]
        return root

    def keep_apart(self, a: str, b: str, *, hard: bool = False) -> None:
        table = self._hard_apart if hard else self._apart
        table[a].add(b)
        table[b].add(a)

    def _crosses(self, table: dict[str, set[str]], ra: str, rb: str) -> bool:
        small, large = sorted((ra, rb), key=lambda r: len(self._members[r]))
        others = set(self._members[large])
        return any(table.get(m, set()) & others for m in self._members[small])

    def blocked(self, a: str, b: str, *, level: int = 2) -> str | None:
        """Why ``a`` and ``b`` may not join (``None``: they may, or already have). ``level`` 0
        obeys only decisions (a curator's "same"), 1 also keeps records apart (an entry joining
        the record that stores it), 2 also obeys automatic conflicts (all other evidence)."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return None
        if self._crosses(self._hard_apart, ra, rb):
            return "decision"
        if level >= 1 and self._anchors[ra] and self._anchors[rb]:
            return "records"
        if level >= 2 and self._crosses(self._apart, ra, rb):
            return "conflict"
        return None

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        if len(self._members[ra]) < len(self._members[rb]):
            ra, rb = rb, ra
        self._parent[rb] = ra
        self._members[ra].extend(self._members.pop(rb))
        self._anchors[ra] |= self._anchors.pop(rb)

    def anchors_of(self, item: str) -> set[str]:
        return set(self._anchors[self.find(item)])

    def groups(self) -> list[list[str]]:
        return [list(members) for members in self._members.values()]
