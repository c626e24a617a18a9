#!/usr/bin/env bash
# Time every stage of the build on synthetic catalogues of 1k, 10k and 100k papers (issue 8): set
# up, then run benchmarks/stages.py with the arguments given (--sizes, --repeat, --skip-mkdocs,
# --json FILE). The catalogues are generated once into .cache/bench/ (100k takes a few minutes);
# three runs of every stage at all three sizes take about half an hour on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python benchmarks/stages.py "$@"
