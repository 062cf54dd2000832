# shellcheck shell=bash
# HTML review report test (test/e2e-review-html.test.ts): Debian chromium + a CJK font.
# Sourced by .ci/run as root before `npm test`; idempotent (apt-get only when something is missing).
shengao_setup_chromium() {
  local pkgs=(chromium fonts-wqy-zenhei) missing=() p
  for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
  done
  if ((${#missing[@]})); then
    echo "setup-chromium: apt-get install ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
  export SHENGAO_CHROMIUM=/usr/bin/chromium
}
shengao_setup_chromium
