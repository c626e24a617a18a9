"""A ``<details>`` block whose ``<summary>`` names a work (its title, year and links) is one entry,
with the abstract, notes and code it folds away below; a ``<details>`` whose summary is only a
label (a bold section name, "Click to see more") stays a section."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


FOLDED = """\
# Attacks on assistants

## Prompt injection

<details><summary>Hidden Orders in Web Pages (2023) \
[<a href="https://arxiv.org/abs/2302.00101">Paper</a>] \
[<a href="https://github.com/lab/hidden-orders">Code</a>] ⭐</summary>

"We show that instructions hidden in a retrieved page steer the assistant."

</details>

<details><summary>Escaping the Sandbox Through Tools (2024) [<a href="https://arxiv.org/abs/2401.00202">Paper</a>]</summary>

- Found that five of nine agents run what a page tells them to.
- Some need a jailbreak first.

```python
agent.run("open the page")
```

</details>

<details><summary><b>Defences</b></summary>

| Title | Link |
| --- | --- |
| Filters That Read Twice | [paper](https://arxiv.org/abs/2402.00303) |

</details>
"""


def test_a_summary_that_names_a_work_is_one_entry_with_its_folded_notes() -> None:
    result = _read(FOLDED)
    got = [
        (
            e.entry.line,
            e.entry.end_line,
            e.entry.title,
            e.entry.year,
            [x.url for x in e.entry.links],
        )
        for e in result.entries
    ]
    assert got == [
        (
            5,
            7,
            "Hidden Orders in Web Pages",
            2023,
            ["https://arxiv.org/abs/2302.00101", "https://github.com/lab/hidden-orders"],
        ),
        (11, 18, "Escaping the Sandbox Through Tools", 2024, ["https://arxiv.org/abs/2401.00202"]),
        (26, None, "Filters That Read Twice", 2024, ["https://arxiv.org/abs/2402.00303"]),
    ]
    first = result.entries[0].entry
    assert first.summary is not None and first.summary.startswith('"We show')
    assert first.note is None  # no bracket the links were cut out of
    assert result.entries[2].entry.section == ["Prompt injection", "Defences"]
    # The notes and the code below a summary are the entry's, never entries of their own.
    assert not {7, 13, 14, 17} & {s.line for s in result.skipped}
