#!/usr/bin/env bash
# Builds CareLedger and starts the demo: a one-hospital network (full node with
# demo users of every role and 200 synthetic patients, created on first run)
# and the clinical workstation signed in to it. Options after the script name
# go to `careledgerd demo` (e.g. --patients 50, --port 9443, --datadir DIR).
# Without a display the node alone is served.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_INSTALL_PREFIX=/usr >/dev/null
cmake --build build -j"$(nproc)" --target careledgerd careledger careledger-rpm-sim

datadir="${XDG_DATA_HOME:-$HOME/.local/share}/careledger/demo"
port=8443
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  case "${args[i]}" in
    --datadir) datadir="${args[i+1]}" ;;
    --datadir=*) datadir="${args[i]#*=}" ;;
    --port) port="${args[i+1]}" ;;
    --port=*) port="${args[i]#*=}" ;;
  esac
done

if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "demo: no display; serving the node only (start the workstation later with build/app/careledger --demo $datadir)"
  exec build/app/careledgerd demo "$@"
fi

build/app/careledgerd demo "$@" &
node=$!
trap 'kill $node 2>/dev/null; wait $node 2>/dev/null' EXIT
# The node answers once the demo data exists and it listens.
for _ in $(seq 600); do
  kill -0 $node 2>/dev/null || { echo "demo: careledgerd stopped"; exit 1; }
  (exec 3<>/dev/tcp/127.0.0.1/"$port") 2>/dev/null && break
  sleep 0.5
done

# The demo's monitoring devices keep reporting while the demo runs: a
# measurement a minute, every tenth one out of range.
sims=()
if [ -f "$datadir/demo-devices/devices.txt" ]; then
  while IFS=', ' read -r device kind patient; do
    case "$device" in ''|'#'*) continue ;; esac
    build/app/careledger-rpm-sim run --node "https://127.0.0.1:$port" --cert "$datadir/tls.crt" \
      --key "$datadir/demo-devices/$device.key" --device "$device" --kind "$kind" --patient "$patient" \
      --interval 60000 --abnormal-every 10 >/dev/null &
    sims+=($!)
  done < "$datadir/demo-devices/devices.txt"
fi
trap 'kill ${sims[*]} $node 2>/dev/null; wait $node 2>/dev/null' EXIT

workstation=(build/app/careledger --demo "$datadir")
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  # No desktop session (a bare X server): a private session bus with a keyring of the demo's own.
  mkdir -p "$datadir/keyring"
  KEYRINGS="$datadir/keyring" dbus-run-session -- sh -c \
    'printf demo | XDG_DATA_HOME="$KEYRINGS" gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' \
    sh "${workstation[@]}"
else
  "${workstation[@]}"
fi
