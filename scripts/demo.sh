#!/usr/bin/env bash
# Builds CareLedger and starts the demo network: a full node with demo users of
# every role and 200 synthetic patients (created on first run).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_INSTALL_PREFIX=/usr >/dev/null
cmake --build build -j"$(nproc)" --target careledgerd
exec build/app/careledgerd demo "$@"
