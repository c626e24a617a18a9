#!/usr/bin/env bash
# The main job: set everything up, then check the data and build every output from data/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/catalogue build "$@"
