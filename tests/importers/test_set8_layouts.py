# ruff: noqa: E501  (list lines are as long as lists write them)
"""Layouts met on an eighth set of public lists (issue 12), each written here in a few lines of our
own: ``<details>`` blocks whose ``<summary>`` names one work over its abstract and notes."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


FOLDED_ENTRIES = """\
# Model safety

## Attacks

<details><summary>Fooling Models With Widgets: A Study (2023) [<a href="https://arxiv.org/abs/2301.00101">Paper</a>] ⭐ 💸</summary>


“We fool models with widgets, and show that widgets are everywhere.”

</details>

<details><summary>Sneaky Inputs for Chat Apps (2024) [<a href="https://arxiv.org/abs/2402.00202">Paper</a>] [<a href="https://github.com/ann-lee/sneaky">Code</a>]</summary>

- Found 16 weak apps out of 51 (e.g., FooChain, BarIndex).
- Some need a jailbreak; some do not.

```python
prompt = "ignore the above"
```

</details>

<details><summary><b>1.1 Widget Attacks</b></summary>

- [Widgets Considered Harmful](https://arxiv.org/abs/2303.00303), 2023

</details>
"""


def test_a_summary_that_names_a_work_is_one_entry_over_what_it_folds() -> None:
    result = _read(FOLDED_ENTRIES)
    found = [(e.entry.line, e.entry.title, e.entry.year) for e in result.entries]
    assert found == [
        (5, "Fooling Models With Widgets: A Study", 2023),
        (12, "Sneaky Inputs for Chat Apps", 2024),
        # A summary that names no work is a section for what it folds.
        (25, "Widgets Considered Harmful", 2023),
    ]
    sneaky = result.entries[1].entry
    assert [x.url for x in sneaky.links] == [
        "https://arxiv.org/abs/2402.00202",
        "https://github.com/ann-lee/sneaky",
    ]
    assert sneaky.end_line is not None and sneaky.end_line >= 19
    assert result.entries[2].entry.section[-1] == "1.1 Widget Attacks"
    assert not any(s.line in (8, 14, 15) for s in result.skipped)
