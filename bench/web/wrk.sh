#!/usr/bin/env bash
# Web benchmarks (issue 9): wrk against a real `clerk serve` over a generated database
# (10,000 cases x 100 entries), reading one case as a page (HTML with the inline SVG timeline) or
# through the API (JSON, with a personal token). Prints wrk's figures and the server's resident
# memory after the run. The server keeps rendered case pages while the store is unchanged, so `page`
# measures a page read again; `page-cold` cycles through 2,000 different cases (more than the server
# keeps), so every request reads, judges and renders its case afresh.
# Usage: bench/web/wrk.sh page|page-cold|api [DB] [SECONDS] [CONNECTIONS]   (DB is generated when missing)
set -euo pipefail
cd "$(dirname "$0")/../.."
kind=${1:?usage: bench/web/wrk.sh page|page-cold|api [DB] [SECONDS] [CONNECTIONS]}
db=${2:-/tmp/clerk-bench-web/big.db}
secs=${3:-30}
conns=${4:-16}
clerk=(./clerk)
mkdir -p "$(dirname "$db")"
if [ ! -f "$db" ]; then
  /usr/bin/time -f 'generate: %e s, %M KB peak' "${clerk[@]}" generate --cases 10000 --entries-per-case 100 --db "$db" >/dev/null
fi
port=5187
email="bench-$$@example.org"
password=$("${clerk[@]}" user add "$email" --role viewer --db "$db" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["password"])')
token=$("${clerk[@]}" token create "$email" --db "$db" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
log=$(mktemp)
"${clerk[@]}" serve --db "$db" --urls "http://127.0.0.1:$port" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$port/healthz" >/dev/null; do sleep 0.2; done
# One case in the middle of the list; every generated case has 100 entries.
auth="Authorization: Bearer $token"
case_id=$(curl -sf -H "$auth" "http://127.0.0.1:$port/api/v1/cases?offset=5000&limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
script=()
if [ "$kind" = page ] || [ "$kind" = page-cold ]; then
  # Pages sign in with the cookie of the same account.
  jar=$(mktemp)
  form=$(curl -s -c "$jar" "http://127.0.0.1:$port/account/signin" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//; s/"$//')
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "Email=$email" --data-urlencode "Password=$password" --data-urlencode "__RequestVerificationToken=$form" "http://127.0.0.1:$port/account/signin"
  header="Cookie: clerk=$(awk '$6 == "clerk" {print $7}' "$jar")"
  url="http://127.0.0.1:$port/cases/$case_id"
  if [ "$kind" = page-cold ]; then
    lua=$(mktemp --suffix=.lua)
    { echo 'paths = {'
      for offset in 0 500 1000 1500; do
        curl -sf -H "$auth" "http://127.0.0.1:$port/api/v1/cases?offset=$offset&limit=500" |
          python3 -c 'import json,sys,urllib.parse; [print("\"/cases/%s\"," % urllib.parse.quote(x["id"], safe=":")) for x in json.load(sys.stdin)["items"]]'
      done
      echo '}'
      echo 'n = 0'
      echo 'request = function() n = n + 1; return wrk.format("GET", paths[(n % #paths) + 1]) end'
    } >"$lua"
    script=(-s "$lua")
  fi
else
  header="$auth"
  url="http://127.0.0.1:$port/api/v1/cases/$case_id"
fi
echo "$kind: $url ($(curl -sf -H "$header" "$url" | wc -c) bytes)"
wrk -t2 -c"$conns" -d5s -H "$header" "$url" >/dev/null   # warm-up (one case)
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
wrk -t2 -c"$conns" -d"${secs}s" --latency -H "$header" "${script[@]}" "$url"
echo "server RSS after the run: $(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 )) MB"
