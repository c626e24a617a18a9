#!/usr/bin/env bash
# Set up the project on a fresh machine: a virtual environment in .venv with the package and its
# dependencies. Safe to run again; it reinstalls only when pyproject.toml changed.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "error: Python 3.11 or newer is needed (found: $("$PYTHON" --version 2>&1))" >&2
  exit 2
fi
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)-${EXTRAS:-main}
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
  if [ -n "${EXTRAS:-}" ]; then
    .venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[${EXTRAS}]"
  else
    .venv/bin/python -m pip install --quiet --disable-pip-version-check -e .
  fi
  rm -f .venv/.installed-*
  touch "$stamp"
fi
