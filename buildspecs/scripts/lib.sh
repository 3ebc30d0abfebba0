#!/usr/bin/env bash
# Helpers shared by the build scripts. Sourced, never run. Nothing here prints secrets: tracing
# stays off (set +x) and tokens only ever go into 0600 files that are removed on exit.

log() { printf '[emd] %s\n' "$*" >&2; }

die() {
  printf '[emd] error: %s\n' "$*" >&2
  exit 1
}

# require VAR... : every named environment variable is set and not empty.
require() {
  local name
  for name in "$@"; do
    [[ -n "${!name:-}" ]] || die "environment variable $name is not set"
  done
}

# put_var FILE KEY VALUE / get_var FILE KEY: tiny key=value files passed between the scripts,
# read back without sourcing them.
put_var() { printf '%s=%s\n' "$2" "$3" >>"$1"; }
get_var() { sed -n "s/^$2=//p" "$1" | tail -n 1; }

# sha256 of stdin, hex.
sha256() { sha256sum | cut -d ' ' -f 1; }

# url_path PATH: percent-encode each segment of a repository file path, keep the slashes.
url_path() { jq -rn --arg p "$1" '$p | split("/") | map(@uri) | join("/")'; }
