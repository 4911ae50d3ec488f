#!/usr/bin/env bash
# Runs every test of Clerk from a fresh clone: installs what the tests need when it
# is missing, restores, builds and runs each test project, then prints one closing
# line: "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)

log() { printf '%s\n' "test.sh: $*" >&2; }

need_apt=()
command -v dotnet >/dev/null 2>&1 || { log "the .NET 10 SDK is required (dotnet not on PATH)"; exit 1; }
# The store and import tests run on PostgreSQL too: a real server, Debian's package.
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1; }
[ -n "$(pg_bin)" ] && [ -x "$(pg_bin)/initdb" ] || need_apt+=(postgresql)
# The browser tests drive Debian's Chromium through Playwright (never a downloaded browser).
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
if [ ${#need_apt[@]} -gt 0 ]; then
  log "installing ${need_apt[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null || { log "apt-get install failed"; exit 1; }
fi

# A throwaway PostgreSQL server for the tests: a fresh cluster in a temporary folder, on a free
# loopback port, run as the postgres user (initdb refuses root), stopped when this script ends,
# however it ends (trap). The tests find it in CLERK_TEST_PG; without it they fail, never skip.
pg_dir=""
stop_pg() {
  if [ -n "$pg_dir" ] && [ -d "$pg_dir" ]; then
    runuser -u postgres -- "$(pg_bin)/pg_ctl" -D "$pg_dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
  fi
}
trap stop_pg EXIT
# Each long step (the build, a test project) runs in the background while the script waits for it:
# bash runs a trap only once its foreground command has ended, so an interrupt used to wait for the
# build or a whole test project (minutes) before the server was stopped. Now the step's processes
# are ended and the server stopped at once.
step_pid=""
end_tree() { local p; for p in $(pgrep -P "$1" 2>/dev/null); do end_tree "$p"; done; kill -TERM "$1" 2>/dev/null; }
interrupted() { [ -n "$step_pid" ] && end_tree "$step_pid"; exit "$1"; }
trap 'interrupted 130' INT
trap 'interrupted 143' TERM
step() { "$@" & step_pid=$!; wait "$step_pid"; local rc=$?; step_pid=""; return "$rc"; }
start_pg() {
  local bin port
  bin=$(pg_bin)
  pg_dir=$(mktemp -d /tmp/clerk-test-pg.XXXXXX)
  chown postgres "$pg_dir"
  runuser -u postgres -- "$bin/initdb" -D "$pg_dir/data" -U postgres -A trust -E UTF8 --locale=C >"$pg_dir/initdb.log" 2>&1 \
    || { cat "$pg_dir/initdb.log" >&2; return 1; }
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
    || echo $((20000 + RANDOM % 20000)))
  # Durability is not under test: fsync off makes creating a database per test cheap.
  runuser -u postgres -- "$bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
    -o "-h 127.0.0.1 -p $port -k $pg_dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null \
    || { cat "$pg_dir/server.log" >&2; return 1; }
  export CLERK_TEST_PG="Host=127.0.0.1;Port=$port;Username=postgres"
  log "PostgreSQL $("$bin/postgres" --version | grep -Eo '[0-9]+(\.[0-9]+)*' | head -n1) on 127.0.0.1:$port"
}
if [ -z "${CLERK_TEST_PG:-}" ]; then
  start_pg || { log "could not start a PostgreSQL server for the tests"; echo "0 passed, 1 failed"; exit 1; }
fi

# The conformance suites read ../shared/fixtures unless CLERK_FIXTURES says otherwise;
# they fail loudly when the folder is missing.
export CLERK_FIXTURES="${CLERK_FIXTURES:-$root/../shared/fixtures}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

log "restoring and building (Release)"
# Every project builds, benchmarks included, or nothing runs. (Read as `if ! build | tail`, under
# pipefail the `then` branch reset PIPESTATUS, and a benchmark that no longer built went unnoticed.)
build_log=$(mktemp)
step dotnet build Clerk.slnx -c Release -v quiet -nologo > "$build_log" 2>&1
build_rc=$?
tail -n 30 "$build_log"
rm -f "$build_log"
if [ "$build_rc" != 0 ]; then
  log "the build failed (exit $build_rc)"
  echo "0 passed, 1 failed"
  exit 1
fi

# Runs one test project, its output kept in the file named second; returns dotnet test's exit code.
# Each failing test's whole report (its message, a property test's seed, Clerk's stack frames),
# without the framework's frames; the assembly's passed/failed line; build errors.
test_project() {
  dotnet test --project "$1" -c Release --no-build 2>&1 | tee "$2" | awk '
    /^failed / { report = 1 }
    /\(net[0-9.]+\|[a-z0-9]+\) (passed|failed)/ { report = 0; print; next }
    report && !/^[[:space:]]+at (System|Microsoft|Xunit|CsCheck)\./ { print; next }
    /error|Error Message/ { print }' | head -n 400
  return "${PIPESTATUS[0]}"
}

passed=0; failed=0; skipped=0; status=0
for proj in tests/*/*Tests.csproj; do
  name=$(basename "$proj" .csproj)
  out=$(mktemp)
  log "running $name"
  step test_project "$proj" "$out"
  rc=$?
  t=$(grep -E '^\s*total:' "$out" | tail -n1 | grep -Eo '[0-9]+')
  f=$(grep -E '^\s*failed:' "$out" | tail -n1 | grep -Eo '[0-9]+')
  s=$(grep -E '^\s*succeeded:' "$out" | tail -n1 | grep -Eo '[0-9]+')
  k=$(grep -E '^\s*skipped:' "$out" | tail -n1 | grep -Eo '[0-9]+')
  if [ -z "$t" ]; then
    log "$name produced no test summary (exit $rc)"; failed=$((failed + 1)); status=1
  else
    passed=$((passed + ${s:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${k:-0}))
    if [ "$rc" != 0 ]; then
      status=1
      # A run that failed without a failing test (a crash, no tests found) still counts as a failure.
      [ "${f:-0}" = 0 ] && { log "$name exited $rc"; failed=$((failed + 1)); }
    fi
  fi
  rm -f "$out"
done

if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
[ "$failed" = 0 ] && [ "$status" = 0 ]
