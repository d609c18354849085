#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCARELEDGER_WERROR=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_INSTALL_PREFIX=/usr
cmake --build build -j"$(nproc)"
cd build
# A private D-Bus session with an unlocked Secret Service for the keychain
# tests, its keyring in a directory of its own (never the user's login
# keyring). The daemon takes its bus name a moment after --unlock returns; wait
# for it, or the first keychain call activates a second, locked daemon.
keyrings=$(mktemp -d)
trap 'rm -rf "$keyrings"' EXIT
KEYRINGS="$keyrings" dbus-run-session -- sh -c '
  printf pw | XDG_DATA_HOME="$KEYRINGS" gnome-keyring-daemon --unlock --components=secrets >/dev/null
  for i in $(seq 100); do
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets | grep -q "boolean true" && break
    sleep 0.05
  done
  ctest --output-on-failure -j2'
