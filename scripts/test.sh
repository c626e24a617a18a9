#!/usr/bin/env bash
# Set everything up (Python packages, Debian's chromium and bibtex), then run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
EXTRAS=test bash scripts/setup.sh
bash scripts/system-deps.sh
.venv/bin/ruff check .
exec .venv/bin/python -m pytest "$@"
