#!/usr/bin/env bash
# Set everything up (Python packages, Debian's chromium, bibtex and npm, npm's axe-core), then run
# the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
EXTRAS=test bash scripts/setup.sh
bash scripts/system-deps.sh
bash scripts/npm-deps.sh
.venv/bin/ruff check .
exec .venv/bin/python -m pytest "$@"
