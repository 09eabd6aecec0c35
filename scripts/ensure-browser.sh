#!/usr/bin/env bash
# Makes sure the browser tests and the preview screenshots have what they need from Debian:
# chromium (driven by playwright-core; no test ever downloads a browser) and a CJK font, so
# Chinese labels render as glyphs, not boxes. Idempotent and silent when both are present.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
missing=()
[[ -x "$CHROMIUM" ]] || missing+=(chromium)
# fc-list comes with fontconfig, which chromium pulls in; without it we cannot tell, so install.
if ! command -v fc-list >/dev/null 2>&1 || [[ -z "$(fc-list :lang=zh 2>/dev/null)" ]]; then
  missing+=(fonts-noto-cjk)
fi
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "ensure-browser: installing ${missing[*]} with apt-get" >&2
as_root=()
[[ "$(id -u)" -eq 0 ]] || as_root=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >/dev/null

[[ -x "$CHROMIUM" ]] || { echo "ensure-browser: $CHROMIUM still missing after apt-get" >&2; exit 1; }
[[ -n "$(fc-list :lang=zh)" ]] || { echo "ensure-browser: no CJK font after apt-get" >&2; exit 1; }
echo "ensure-browser: ready ($("$CHROMIUM" --version 2>/dev/null || echo chromium))" >&2
