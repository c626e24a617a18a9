"""A tiny valid catalogue in a temporary folder, which each test then breaks in one way."""

from __future__ import annotations

from pathlib import Path

import pytest

FILES = {
    "categories/foundations.yml": "id: foundations\ntitle: Foundations\n",
    "venues/iclr.yml": (
        "id: iclr\nshort: ICLR\nname: International Conference on Learning Representations\n"
        "kind: conference\n"
    ),
    "sources/seed-x.yml": "id: seed-x\nfile: x.md\ntitle: X\nformat: generic\n",
    "papers/romero2015fitnets.yml": (
        "key: romero2015fitnets\n"
        "title: 'FitNets: Hints for Thin Deep Nets'\n"
        "authors:\n- Adriana Romero\n- Yoshua Bengio\n"
        "year: 2015\n"
        "venue: iclr\n"
        "identifiers:\n  arxiv: '1412.6550'\n"
        "links:\n- kind: arxiv\n  url: https://arxiv.org/abs/1412.6550\n"
        "categories:\n- foundations\n"
        "sources:\n- source: seed-x\n  line: 3\n"
    ),
    "code/fitnets-theano.yml": (
        "key: fitnets-theano\n"
        "url: https://github.com/net-titech/distillation\n"
        "title: FitNets in Theano\n"
        "framework: Theano\n"
        "paper: romero2015fitnets\n"
    ),
}


@pytest.fixture
def data(tmp_path: Path) -> Path:
    root = tmp_path / "data"
    for name, text in FILES.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root
