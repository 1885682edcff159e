#!/usr/bin/env bash
# Requests per second of the published sample's "/" (ChatReset) against "/without-chatreset" (Salesforce's snippet),
# measured with wrk on 127.0.0.1 in alternating rounds against one running process, so that both pages see the same
# machine state. Usage: benchmarks/measure-load.sh [rounds] [seconds-per-round] [connections]
# Needs wrk (Debian: apt-get install wrk). Figures depend on the machine: compare the ratio, not the absolute numbers.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-5}
seconds=${2:-10}
connections=${3:-16}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 2; }

publish=$(mktemp -d)
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$publish"
}
trap cleanup EXIT

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
echo "publishing the sample (Release)..."
dotnet publish samples/ChatReset.Demo/ChatReset.Demo.csproj -c Release -o "$publish" -nologo > "$publish.log" 2>&1 \
  || { cat "$publish.log"; rm -f "$publish.log"; exit 2; }
rm -f "$publish.log"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
url="http://127.0.0.1:$port"
(cd "$publish" && ASPNETCORE_ENVIRONMENT=Production exec dotnet ChatReset.Demo.dll --urls "$url" > /dev/null 2>&1) &
server=$!
for _ in $(seq 1 100); do curl -fs -o /dev/null "$url/" && break; sleep 0.2; done
curl -fs -o /dev/null "$url/" || { echo "the sample did not start"; exit 2; }

# Warm-up: JIT, caches and tiered compilation for both pages before anything is counted.
wrk -t2 -c"$connections" -d5s "$url/" > /dev/null
wrk -t2 -c"$connections" -d5s "$url/without-chatreset" > /dev/null

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { print a / b }'; }
rate() { wrk -t2 -c"$connections" -d"${seconds}s" "$url$1" | awk '/^Requests\/sec:/ { print $2 }'; }
with_all=()
without_all=()
printf '%-6s %14s %22s %8s\n' round "/ (req/s)" "/without-chatreset" ratio
for round in $(seq 1 "$rounds"); do
  with=$(rate /)
  without=$(rate /without-chatreset)
  with_all+=("$with")
  without_all+=("$without")
  printf '%-6s %14.0f %22.0f %8.3f\n' "$round" "$with" "$without" "$(ratio "$with" "$without")"
done
mean() { printf '%s\n' "$@" | awk '{ s += $1 } END { print s / NR }'; }
with_mean=$(mean "${with_all[@]}")
without_mean=$(mean "${without_all[@]}")
printf '%-6s %14.0f %22.0f %8.3f\n' mean "$with_mean" "$without_mean" "$(ratio "$with_mean" "$without_mean")"
echo "($rounds rounds of ${seconds}s each, wrk -t2 -c$connections, one published process in Production on 127.0.0.1, $(nproc) CPUs)"
