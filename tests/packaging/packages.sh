#!/usr/bin/env bash
# Builds the Debian packages from the build tree, checks them with lintian,
# installs them with dpkg, runs the installed binaries on the installed
# default configuration, and removes them again.
set -euo pipefail
build=$1
prefix=$(sed -n 's/^CMAKE_INSTALL_PREFIX:PATH=//p' "$build/CMakeCache.txt")
if [ "$prefix" != /usr ]; then
    echo "SKIP: packages are built from a tree configured with -DCMAKE_INSTALL_PREFIX=/usr (this one: $prefix)"; exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "SKIP: installing packages needs root"; exit 0
fi
work=$(mktemp -d)
trap 'dpkg --purge careledgerd >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

(cd "$build" && cpack -G DEB -B "$work" >/dev/null)
deb=$(ls "$work"/careledgerd_*.deb)
echo "built $(basename "$deb")"
info=$(dpkg-deb --info "$deb")
grep -E '^ (Package|Depends):' <<<"$info"
for dep in libqt6httpserver6 libqt6sql6-sqlite libsodium23 libssl3; do
    grep -q "Depends:.*$dep" <<<"$info" || { echo "FAIL: Depends misses $dep"; exit 1; }
done

# lintian: no errors (warnings are reported, not fatal).
lintian --tag-display-limit 0 "$deb" > "$work/lintian.txt" 2>&1 || true
cat "$work/lintian.txt"
if grep -q '^E:' "$work/lintian.txt"; then echo "FAIL: lintian reports errors"; exit 1; fi

dpkg -i "$deb" >/dev/null
test "$(careledgerd --version)" = "careledgerd $(dpkg-deb -f "$deb" Version)"
careledgerd --check-config
test -f /lib/systemd/system/careledgerd.service
getent passwd careledger >/dev/null
test "$(stat -c %U:%a /var/lib/careledger)" = "careledger:700"
grep -q '^NoNewPrivileges=yes' /lib/systemd/system/careledgerd.service

dpkg --purge careledgerd >/dev/null 2>&1
if [ -e /usr/bin/careledgerd ]; then echo "FAIL: careledgerd still installed"; exit 1; fi
test ! -e /etc/careledger/careledgerd.ini
echo "packages: built, linted, installed, ran, purged"
