#!/usr/bin/env bash
# Starts TtsPanel on http://127.0.0.1:5080. Settings come from src/TtsPanel.Web/appsettings.json and can be overridden
# on the command line, e.g. ./start.sh --Server:Port=5090 --Storage:DataDirectory=/srv/ttspanel
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
source scripts/debian-packages.sh

# Without espeak-ng the panel still starts and the dashboard says why nothing can speak.
ensure_packages "the always-available speech engine" espeak-ng || echo "Starting without espeak-ng." >&2

exec dotnet run --project src/TtsPanel.Web -c Release --no-launch-profile -- "$@"
