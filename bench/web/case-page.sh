#!/usr/bin/env bash
# Page benchmark (issue 9): wrk against a real `clerk serve` over a generated database
# (10,000 cases x 100 entries), reading case pages (HTML with the inline SVG timeline).
# Prints wrk's figures and the server's resident memory after the run.
# Usage: bench/web/case-page.sh [DB] [SECONDS]   (DB is generated when missing)
set -euo pipefail
cd "$(dirname "$0")/../.."
db=${1:-/tmp/clerk-bench-web/big.db}
secs=${2:-30}
clerk=(dotnet src/Clerk.Cli/bin/Release/net10.0/clerk.dll)
mkdir -p "$(dirname "$db")"
if [ ! -f "$db" ]; then
  /usr/bin/time -f 'generate: %e s, %M KB peak' "${clerk[@]}" generate --cases 10000 --entries-per-case 100 --db "$db" >/dev/null
fi
port=5187
# A viewer account, signed in once; wrk sends its cookie (a generated database is not the demo: no anonymous reads).
email="bench-$$@example.org"
password=$("${clerk[@]}" user add "$email" --role viewer --db "$db" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["password"])')
"${clerk[@]}" serve --db "$db" --urls "http://127.0.0.1:$port" >/tmp/clerk-bench-web/serve.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$port/healthz" >/dev/null; do sleep 0.2; done
jar=$(mktemp)
token=$(curl -s -c "$jar" "http://127.0.0.1:$port/account/signin" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//; s/"$//')
curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "Email=$email" --data-urlencode "Password=$password" --data-urlencode "__RequestVerificationToken=$token" "http://127.0.0.1:$port/account/signin"
cookie="Cookie: clerk=$(awk '$6 == "clerk" {print $7}' "$jar")"
# One case in the middle of the list; every generated case has 100 entries.
case_id=$(curl -s -H "$cookie" "http://127.0.0.1:$port/cases?page=100" | grep -o 'href="/cases/[^"#]*"' | sed -n 2p | sed 's|href="/cases/||; s|"$||')
echo "case: $case_id ($(curl -s -H "$cookie" "http://127.0.0.1:$port/cases/$case_id" | wc -c) bytes)"
wrk -t2 -c16 -d5s -H "$cookie" "http://127.0.0.1:$port/cases/$case_id" >/dev/null   # warm-up
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
wrk -t2 -c16 -d"${secs}s" --latency -H "$cookie" "http://127.0.0.1:$port/cases/$case_id"
echo "server RSS after the run: $(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 )) MB"
