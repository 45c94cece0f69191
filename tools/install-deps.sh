#!/bin/sh
# install-deps.sh -- installs the Debian packages brass builds with, if any is missing.
# As root it runs apt-get; otherwise it prints the command to run.
# `install-deps.sh fuzz` also installs what `make fuzz` needs (clang, libFuzzer), which
# CI's `make test` does not.
set -eu
PKGS="build-essential pkg-config libsqlite3-dev libutf8proc-dev libjansson-dev libgumbo-dev zlib1g-dev sqlite3 python3"
[ "${1:-}" = fuzz ] && PKGS="$PKGS clang libclang-rt-14-dev"
missing=""
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ]; then
    echo "install-deps: installing$missing" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq $missing
else
    echo "install-deps: missing Debian packages:$missing" >&2
    echo "run: sudo apt-get install -y$missing" >&2
    exit 1
fi
