#!/usr/bin/env bash
# Runs every test: unit, engine (real espeak-ng), integration (the real panel on loopback) and browser (headless Chromium).
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
source scripts/debian-packages.sh
ensure_packages "speech engine and browser tests" espeak-ng chromium || exit 1

log=$(mktemp)
dotnet test TtsPanel.sln "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
# One plain closing line over all test projects.
awk '/^(Passed|Failed)!/ { gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Passed:") p += $(i+1); if ($i == "Failed:") f += $(i+1) } }
     END { printf "Tests: %d passed, %d failed\n", p, f }' "$log"
rm -f "$log"
exit "$status"
