#!/usr/bin/env bash
# Benchmark link checking: 2,000 URLs over 20 local hosts answering after 50 ms, this checker
# against the bound of its settings (linkcheck.yml) and against LinkChecker (PyPI `linkchecker`)
# with its default settings. Takes about a minute, most of it LinkChecker's.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/python -m pip install --quiet --disable-pip-version-check linkchecker
exec .venv/bin/python benchmarks/linkcheck.py "$@"
