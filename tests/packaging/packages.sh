#!/usr/bin/env bash
# Builds the Debian packages from the build tree (careledgerd, the full node,
# and careledger, the workstation), checks them with lintian, installs them with
# dpkg, runs the installed binaries (careledgerd on its installed default
# configuration, careledger --version on the offscreen platform), validates the
# workstation's desktop entry and AppStream metadata where the validators are
# installed, and removes them again.
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
trap 'dpkg --purge careledger careledgerd >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

(cd "$build" && cpack -G DEB -B "$work" >/dev/null)
deb=$(ls "$work"/careledgerd_*.deb)
echo "built $(basename "$deb")"
info=$(dpkg-deb --info "$deb")
grep -E '^ (Package|Depends):' <<<"$info"
for dep in libqt6httpserver6 libqt6sql6-sqlite libsodium23 libssl3; do
    grep -q "Depends:.*$dep" <<<"$info" || { echo "FAIL: Depends misses $dep"; exit 1; }
done

ws=""
if compgen -G "$work/careledger_*.deb" >/dev/null; then ws=$(ls "$work"/careledger_*.deb); fi
if [ -z "$ws" ] && [ -e "$build/app/careledger" ]; then
    echo "FAIL: careledger is built but cpack made no careledger package"; exit 1
fi
if [ -n "$ws" ]; then
    echo "built $(basename "$ws")"
    wsinfo=$(dpkg-deb --info "$ws")
    grep -E '^ (Package|Section|Depends|Recommends):' <<<"$wsinfo"
    for dep in libqt6widgets6 libqt6svg6 libqt6sql6-sqlite qt6-qpa-plugins libqt6keychain1 libsodium23 libssl3; do
        grep -q "Depends:.*$dep" <<<"$wsinfo" || { echo "FAIL: careledger Depends misses $dep"; exit 1; }
    done
    grep -q '^ Recommends:.*gnome-keyring' <<<"$wsinfo" || { echo "FAIL: careledger recommends no Secret Service provider"; exit 1; }
    dpkg-deb --contents "$ws" | awk '{print $6}' > "$work/careledger.files"
    for f in ./usr/bin/careledger ./usr/share/applications/careledger.desktop \
             ./usr/share/metainfo/org.careledger.Workstation.metainfo.xml \
             ./usr/share/icons/hicolor/scalable/apps/careledger.svg ./usr/share/man/man1/careledger.1.gz \
             ./usr/share/doc/careledger/copyright ./usr/share/doc/careledger/changelog.gz; do
        grep -qx -- "$f" "$work/careledger.files" || { echo "FAIL: careledger package lacks $f"; exit 1; }
    done
fi

# lintian: no errors (warnings are reported, not fatal).
lintian --tag-display-limit 0 "$deb" ${ws:+"$ws"} > "$work/lintian.txt" 2>&1 || true
cat "$work/lintian.txt"
if grep -q '^E:' "$work/lintian.txt"; then echo "FAIL: lintian reports errors"; exit 1; fi

dpkg -i "$deb" >/dev/null
test "$(careledgerd --version)" = "careledgerd $(dpkg-deb -f "$deb" Version)"
careledgerd --check-config
# The device simulator ships with the node, with its man page.
test "$(careledger-rpm-sim --version)" = "careledger-rpm-sim $(dpkg-deb -f "$deb" Version)"
test -f /usr/share/man/man1/careledger-rpm-sim.1.gz
test -f /lib/systemd/system/careledgerd.service
getent passwd careledger >/dev/null
test "$(stat -c %U:%a /var/lib/careledger)" = "careledger:700"
grep -q '^NoNewPrivileges=yes' /lib/systemd/system/careledgerd.service

if [ -n "$ws" ]; then
    dpkg -i "$ws" >/dev/null
    wsver=$(dpkg-deb -f "$ws" Version)
    out=$(QT_QPA_PLATFORM=offscreen timeout 60 careledger --version 2>/dev/null)
    grep -qix "careledger $wsver" <<<"$out" || { echo "FAIL: careledger --version printed: $out"; exit 1; }
    if command -v desktop-file-validate >/dev/null; then
        desktop-file-validate /usr/share/applications/careledger.desktop
    else
        echo "note: desktop-file-validate not installed (desktop-file-utils), desktop entry not validated"
    fi
    if command -v appstreamcli >/dev/null; then
        appstreamcli validate --no-net /usr/share/metainfo/org.careledger.Workstation.metainfo.xml
    else
        echo "note: appstreamcli not installed (appstream), metainfo not validated"
    fi
    dpkg --purge careledger >/dev/null 2>&1
    for f in /usr/bin/careledger /usr/share/applications/careledger.desktop \
             /usr/share/metainfo/org.careledger.Workstation.metainfo.xml \
             /usr/share/icons/hicolor/scalable/apps/careledger.svg /usr/share/careledger /usr/share/doc/careledger; do
        if [ -e "$f" ]; then echo "FAIL: $f still there after purging careledger"; exit 1; fi
    done
fi

dpkg --purge careledgerd >/dev/null 2>&1
if [ -e /usr/bin/careledgerd ]; then echo "FAIL: careledgerd still installed"; exit 1; fi
test ! -e /etc/careledger/careledgerd.ini
echo "packages: built, linted, installed, ran, purged${ws:+ (careledgerd and careledger)}"
