#!/usr/bin/env bash
# Debian packages the test suite drives: chromium (browser tests through Playwright), bibtex
# (the BibTeX export is checked by a real LaTeX tool) and npm (installs axe-core, see
# npm-deps.sh). Installed only when missing.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v bibtex >/dev/null 2>&1 || need+=(texlive-binaries)
command -v npm >/dev/null 2>&1 || need+=(npm)
[ -f /usr/share/texlive/texmf-dist/bibtex/bst/base/plain.bst ] || need+=(texlive-base)
if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "error: missing Debian packages: ${need[*]}; install them with: sudo apt-get install ${need[*]}" >&2
  exit 1
fi
echo "installing Debian packages: ${need[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
