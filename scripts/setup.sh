#!/usr/bin/env bash
# Installs everything rktparse and its tests need: Debian packages (LibreOffice
# for DOCX round trips, Tesseract with the Indonesian model for scans, poppler
# for text exports, hunspell-id for the OCR word check, Chromium to test the HTML review report in a
# headless browser) and a virtualenv in .venv with the package and test tools.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(chromium libreoffice-writer-nogui tesseract-ocr tesseract-ocr-ind tesseract-ocr-eng tesseract-ocr-osd hunspell-id poppler-utils fonts-liberation2 fonts-dejavu-core)
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "setup: installing Debian packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PYTHON=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/pip install -q --upgrade pip >/dev/null
.venv/bin/pip install -q -e '.[test]'
touch .venv/.installed
