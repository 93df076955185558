#!/usr/bin/env bash
# Runs every test: the C# suites (unit, engine with real espeak-ng and the tiny F5 pack, chat against a real ngircd,
# integration with the real panel on loopback, browser with headless Chromium) and the export tool's Python tests.
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
source scripts/debian-packages.sh
ensure_packages "speech engine, browser, IRC and export-tool tests" espeak-ng chromium ngircd python3-torch python3-onnx python3-numpy || exit 1

log=$(mktemp)
# One test assembly at a time (-m:1): run side by side on two cores, the browser and server tests' waits compete with
# the CPU-bound suites for time.
dotnet test TtsPanel.sln -m:1 "$@" 2>&1 | tee "$log"
dotnet_status=${PIPESTATUS[0]}
# Debian's interpreter has python3-torch; another python3 earlier on PATH may not.
/usr/bin/python3 -m unittest discover -s tools/export/tests -t . 2>&1 | tee -a "$log"
python_status=${PIPESTATUS[0]}

# One plain closing line over all suites.
awk '/^(Passed|Failed)!/ { gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Passed:") p += $(i+1); if ($i == "Failed:") f += $(i+1) } }
     /^Ran [0-9]+ test/ { ran = $2 }
     /^FAILED \(/ { n = split($0, parts, /[=,)]/); for (i = 2; i <= n; i += 2) bad += parts[i] }
     END { printf "Tests: %d passed, %d failed\n", p + ran - bad, f + bad }' "$log"
# The failed tests again, by name and with the first lines of their error messages, so that the end of the output
# says which ones failed and why.
awk '/^  Failed [A-Za-z_]|^(FAIL|ERROR): / { print; shown = 0; inMessage = 1; next }
     inMessage && (/^  Stack Trace:/ || /^  Standard Output/ || shown == 8) { inMessage = 0 }
     inMessage && /^  Error Message:/ { next }
     inMessage { print; shown++ }' "$log"
rm -f "$log"
[ "$dotnet_status" -eq 0 ] && [ "$python_status" -eq 0 ]
