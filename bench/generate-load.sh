#!/usr/bin/env bash
# Load-rate benchmark of issue 10: `clerk generate` into a new SQLite file and into a new PostgreSQL
# database, printing entries/s, peak memory (max RSS) and size on disk per million entries.
#   bench/generate-load.sh CASES ENTRIES_PER_CASE POSTGRES_URL_WITHOUT_DATABASE
# e.g. bench/generate-load.sh 1000 100 postgres://postgres@127.0.0.1:5432
set -euo pipefail
cd "$(dirname "$0")/.."
cases=$1; per=$2; server=$3
./clerk --help >/dev/null 2>&1 || true   # builds once, outside the timing
dir=$(mktemp -d /tmp/clerk-load.XXXXXX)
trap 'rm -rf "$dir"' EXIT
db_pg="clerk_load_$$"
echo "machine: $(nproc) cores; $(uptime)"
run() { # name --db value
  /usr/bin/time -f "%M" -o "$dir/rss" ./clerk generate --cases "$cases" --entries-per-case "$per" --json --db "$2" >"$dir/out"
  local rate rss
  rate=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(f"{d[\"entries\"]} entries in {d[\"seconds\"]:.1f} s: {d[\"entries_per_second\"]:.0f} entries/s")' "$dir/out")
  rss=$(( $(cat "$dir/rss") / 1024 ))
  echo "$1: $rate; peak memory ${rss} MB"
}
run sqlite "$dir/load.db"
bytes=$(du -cb "$dir"/load.db* | tail -n1 | cut -f1)
echo "sqlite: $(python3 -c "print(f'{$bytes/1e6:.0f} MB on disk, {$bytes/1e6/($cases*$per/1e6):.0f} MB per million entries')")"
run postgres "$server/$db_pg"
bytes=$(psql "$server/$db_pg" -Atc "SELECT pg_database_size(current_database())")
echo "postgres: $(python3 -c "print(f'{$bytes/1e6:.0f} MB on disk, {$bytes/1e6/($cases*$per/1e6):.0f} MB per million entries')")"
psql "$server/postgres" -qc "DROP DATABASE \"$db_pg\" WITH (FORCE)"
