#!/usr/bin/env bash
# npm packages the browser tests inject into pages: axe-core (accessibility checks), pinned by
# tests/site/axe/package-lock.json and installed with `npm ci` (exactly the locked versions).
# Installed only when missing or when the lock file changed; needs Debian's npm.
set -euo pipefail
cd "$(dirname "$0")/../tests/site/axe"
if ! command -v npm >/dev/null 2>&1; then
  echo "error: npm is missing; install Debian's npm (sudo apt-get install npm)" >&2
  exit 1
fi
stamp=node_modules/.installed-$(sha256sum package-lock.json | cut -c1-16)
if [ ! -f "$stamp" ]; then
  npm ci --no-audit --no-fund --ignore-scripts --loglevel=error >&2
  touch "$stamp"
fi
