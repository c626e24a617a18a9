"""A small catalogue on disk and a list of my own to import into it."""

from __future__ import annotations

from pathlib import Path

import pytest

from catalogue.cli import run

from ..dedupe.helpers import write_catalogue

LIST = """\
# My distillation list

## Online Knowledge Distillation
- [Deep Mutual Learning](https://arxiv.org/abs/1706.00384), Ying Zhang, Tao Xiang, 2018
- [Born Again Neural Networks](https://arxiv.org/pdf/1805.04770), T. Furlanello, Z. Lipton, 2018

## Papers
- [Relational Knowledge Distillation](https://arxiv.org/abs/1904.05068), W. Park, D. Kim, 2019

## Implementations
- [Deep Mutual Learning](https://github.com/YingZhangDUT/Deep-Mutual-Learning)
"""


@pytest.fixture
def data(tmp_path: Path) -> Path:
    root = tmp_path / "data"
    write_catalogue(root)
    return root


@pytest.fixture
def my_list(tmp_path: Path) -> Path:
    path = tmp_path / "my-list.md"
    path.write_text(LIST, encoding="utf-8")
    return path


def catalogue(data: Path, *args: str) -> int:
    return run(["--data", str(data), *args])
