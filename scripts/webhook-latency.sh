#!/usr/bin/env bash
# Webhook latency under load (issue 4's benchmark, not a test): starts the built panel on a fresh data folder with the
# webhook on, posts COUNT messages with CONCURRENCY parallel curl clients while espeak-ng synthesizes them (no overlay,
# so nothing plays), and prints the status counts, p50/p99/max of curl's time_total and the messages per second.
#   scripts/webhook-latency.sh [COUNT] [CONCURRENCY]     defaults 500 and 1; build first: dotnet build -c Release
set -uo pipefail
cd "$(dirname "$0")/.."
COUNT=${1:-500}
CONCURRENCY=${2:-1}
CONFIGURATION=${CONFIGURATION:-Release}
PORT=${PORT:-5391}
TOKEN=bench-token-$RANDOM-0123456789abcdef
DLL=src/TtsPanel.Web/bin/$CONFIGURATION/net10.0/TtsPanel.Web.dll
test -f "$DLL" || { echo "$DLL is missing: run dotnet build src/TtsPanel.Web -c $CONFIGURATION"; exit 2; }

data=$(mktemp -d)
dotnet "$DLL" --Server:Port="$PORT" --Storage:DataDirectory="$data" --Webhook:Enabled=true --Webhook:Token="$TOKEN" \
    --Webhook:RateLimitMessages=10000 --Webhook:RateLimitWindowSeconds=1 --Queue:MaxItems=10000 > "$data/panel.log" 2>&1 &
panel=$!
trap 'kill $panel 2>/dev/null; wait $panel 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 60); do grep -q "Now listening" "$data/panel.log" && break; sleep 0.5; done
grep -q "Now listening" "$data/panel.log" || { cat "$data/panel.log"; exit 1; }

post() {
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $TOKEN" \
        -H 'Content-Type: application/json' -d "{\"user\": \"bench\", \"text\": \"Benchmark message $1.\"}" \
        "http://127.0.0.1:$PORT/api/messages"
}
export -f post
export TOKEN PORT
# A few requests first, so the timings are not of the JIT.
for i in 1 2 3 4 5; do post "warm-$i" > /dev/null; done

start=$(date +%s.%N)
seq 1 "$COUNT" | xargs -P "$CONCURRENCY" -I{} bash -c 'post {}' > "$data/times"
end=$(date +%s.%N)
awk '{ print $1 }' "$data/times" | sort | uniq -c | awk '{ printf "status %s: %s\n", $2, $1 }'
sort -k2 -n "$data/times" | awk -v n="$COUNT" -v c="$CONCURRENCY" -v s="$start" -v e="$end" '
    { t[NR] = $2 * 1000 }
    END { printf "%d messages, %d clients: p50 %.1f ms, p99 %.1f ms, max %.1f ms, %.1f messages/s\n",
          n, c, t[int(NR * 0.5 + 0.5)], t[int(NR * 0.99 + 0.5)], t[NR], n / (e - s) }'
