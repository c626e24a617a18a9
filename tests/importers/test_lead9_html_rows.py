"""Rows of an HTML table that a spanning cell joins to the row above (a data set over its
splits) are dropped from the table once joined. The reader once kept each row's state by
``id(row)``, so a later row given a dropped row's id inherited it: whether a row was joined then
depended on memory layout, and the same list gave different entries from run to run. (Which
run collides depends on the heap, so no test here can make it happen at will: these tests pin
what every run must give.)"""

from __future__ import annotations

from catalogue.ingest.importers import get


def _table(sets: int) -> str:
    # The paper's link spans every row, as in a table of one paper's data sets.
    paper = f'<td rowspan="{3 * sets}"><a href="https://example.org/paper.pdf">[Link]</a></td>'
    rows = ["<table>", "<tr><th>Dataset</th><th>Split</th><th>Widgets</th><th>Paper</th></tr>"]
    for n in range(sets):
        link = f'<a href="https://example.org/widget-set-{n}">WidgetSet{n}</a>'
        first = f'<tr><td rowspan="3">{link}</td><td>train</td><td>{100 + n}</td>'
        rows.append(first + (paper if n == 0 else "") + "</tr>")
        rows.append(f"<tr><td>valid</td><td>{200 + n}</td></tr>")
        rows.append(f"<tr><td>test</td><td>{300 + n}</td></tr>")
    return "# Widget data sets\n\n" + "\n".join([*rows, "</table>"]) + "\n"


def test_every_spanned_row_is_joined_to_its_data_set_however_many_rows_went_before() -> None:
    sets = 150
    got = [(e.entry.title, e.entry.line) for e in get("generic").read(_table(sets), "mine").entries]
    # Each data set's three rows are one entry, starting at its own row.
    assert got == [(f"WidgetSet{n}", 5 + 3 * n) for n in range(sets)]


def _one_cell_per_line(sets: int) -> str:
    """The same kind of table written one cell per line, with the paper's link in the first
    row's last cell (a shape that once gave different entries from run to run)."""
    out = ["# Data sets", "", "<table>", "<tr>"]
    out += [f"  <th>{h}</th>" for h in ("Dataset", "Graph", "Entities", "Train", "Paper")]
    out += ["</tr>"]
    for n in range(sets):
        out += [
            "<tr>",
            f'  <td rowspan="2"><a href="https://example.org/set-{n}"> Set{n} </a></td>',
        ]
        out += [f"  <td>{v}</td>" for v in ("train-graph", 100 + n, 5410 + n)]
        if n == 0:
            out.append(
                f'  <td rowspan="{2 * sets}"><a href="https://example.org/p.pdf">[Link]</a></td>'
            )
        out += ["</tr>", "<tr>"] + [f"  <td>{v}</td>" for v in ("ind-test-graph", 900 + n, 1618)]
        out += ["</tr>"]
    return "\n".join([*out, "</table>", ""])


def test_data_sets_over_their_splits_beside_one_paper_are_one_entry_each() -> None:
    sets = 40
    read = get("generic").read(_one_cell_per_line(sets), "mine")
    got = [(e.entry.title, e.entry.line) for e in read.entries]
    first = 11  # the first data row's line; each data set takes 11 lines (12 for the first)
    assert got == [(f"Set{n}", first + 11 * n + (1 if n else 0)) for n in range(sets)]
