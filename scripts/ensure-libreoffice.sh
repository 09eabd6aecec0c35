#!/usr/bin/env bash
# Makes sure the workbook and Word round-trip tests have LibreOffice from Debian, headless: calc recalculates
# the templates' formulas (soffice --convert-to xlsx), writer opens the exported .docx. Idempotent and silent
# when soffice and both components are present.
set -euo pipefail

missing=()
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc libreoffice-writer)
if [[ ${#missing[@]} -eq 0 ]]; then
  # soffice alone does not mean both components: each is its own Debian package.
  dpkg -s libreoffice-calc >/dev/null 2>&1 || missing+=(libreoffice-calc)
  dpkg -s libreoffice-writer >/dev/null 2>&1 || missing+=(libreoffice-writer)
fi
# The Word export test turns the PDF into text and a picture (poppler), and needs a font with Chinese glyphs.
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "ensure-libreoffice: installing ${missing[*]} with apt-get" >&2
as_root=()
[[ "$(id -u)" -eq 0 ]] || as_root=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

command -v soffice >/dev/null 2>&1 || { echo "ensure-libreoffice: soffice still missing after apt-get" >&2; exit 1; }
echo "ensure-libreoffice: ready ($(soffice --version 2>/dev/null || echo soffice))" >&2
