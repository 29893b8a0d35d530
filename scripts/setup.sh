#!/usr/bin/env bash
# Set up a fresh Debian/Ubuntu machine for vbadmin (idempotent):
# system packages (tesseract with the Vietnamese model, fonts for the test renderings, PDF tools)
# when run as root, then .venv with vbadmin and its test tools.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends \
    tesseract-ocr tesseract-ocr-vie poppler-utils qpdf \
    fonts-freefont-ttf fonts-texgyre fonts-dejavu-core fonts-dkg-handwriting fonts-breip fonts-rufscript >/dev/null
elif ! command -v tesseract >/dev/null; then
  echo "setup: tesseract is missing; install tesseract-ocr and tesseract-ocr-vie (as root)" >&2
fi
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[dev]"
