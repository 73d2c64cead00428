#!/usr/bin/env bash
# Runs every test of the portal on a fresh Debian machine: installs what the tests need (chromium for the
# browser tests, postgresql and redis-server for the production-profile tests, wdutch for the name lists), starts PostgreSQL and Redis
# on 127.0.0.1 for the duration of the run, checks formatting, runs all test projects and prints one line
# "N passed, N failed" from the TRX results. Exits non-zero on any failure.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
results="$root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# --- 1. Install what the tests need (fails loudly: a missing package must not hide as skipped tests) ----------
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
[ -f /usr/share/dict/dutch ] || need+=(wdutch)   # the anonymity check's list of names that are also Dutch words is verified against it
if [ ${#need[@]} -gt 0 ]; then
    echo "== Installing: ${need[*]}"
    sudo_if_needed apt-get update -qq
    sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)"
[ -x /usr/bin/chromium ] && [ -x "$pg_bin/initdb" ] && command -v redis-server >/dev/null && [ -f /usr/share/dict/dutch ] || { echo "Install failed"; exit 1; }

# --- 2. Start PostgreSQL and Redis on loopback; they stop when this script ends ----------------------------
pg_port=55432
redis_port=56379
work="$(mktemp -d /tmp/dagbesteding-test.XXXXXX)"
chmod 755 "$work"
pg_data="$work/pg"
run_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
    run_pg "$pg_bin/pg_ctl" -D "$pg_data" -m immediate stop >/dev/null 2>&1 || true
    [ -n "${redis_pid:-}" ] && kill "$redis_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$pg_data"
[ "$(id -u)" -eq 0 ] && chown postgres:postgres "$pg_data"
echo "== Starting PostgreSQL on 127.0.0.1:$pg_port and Redis on 127.0.0.1:$redis_port"
run_pg "$pg_bin/initdb" -D "$pg_data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
run_pg "$pg_bin/pg_ctl" -D "$pg_data" -l "$pg_data/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_data -c fsync=off -c max_connections=200" start >/dev/null
redis-server --bind 127.0.0.1 --port "$redis_port" --save "" --appendonly no --daemonize no >"$work/redis.log" 2>&1 &
redis_pid=$!
export PORTAL_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Password=postgres"
export PORTAL_TEST_REDIS="127.0.0.1:$redis_port"
export PORTAL_TEST_CHROMIUM=/usr/bin/chromium

# --- 3. Build, check formatting, test --------------------------------------------------------------------
echo "== Restore and build"
dotnet restore Dagbesteding.Portal.sln
dotnet build Dagbesteding.Portal.sln --no-restore -c Debug -nologo -clp:ErrorsOnly
echo "== dotnet format --verify-no-changes"
format_ok=1
dotnet format Dagbesteding.Portal.sln --verify-no-changes --no-restore || format_ok=0

echo "== Tests"
test_ok=1
# -m:1 runs the test projects one after the other: the browser tests measure live updates in seconds and
# must not share the two cores with the integration tests' database servers.
dotnet test Dagbesteding.Portal.sln --no-build -nologo -m:1 \
    --logger "trx" --logger "console;verbosity=normal" --results-directory "$results" || test_ok=0

# --- 4. One summary line over all test projects, from the TRX files --------------------------------------
# Plain shell (no python): each TRX file has one <Counters .../> element.
counter() { grep -o "<Counters [^>]*" "$1" | grep -o " $2=\"[0-9]*\"" | grep -o "[0-9]*" || echo 0; }
passed=0; failed=0; files=0
for trx in "$results"/*.trx; do
    [ -f "$trx" ] || continue
    files=$((files + 1))
    passed=$((passed + $(counter "$trx" passed)))
    for kind in failed error timeout aborted; do
        failed=$((failed + $(counter "$trx" "$kind")))
    done
done
# The names of failed tests again, right above the summary: CI keeps only the end of the output.
for trx in "$results"/*.trx; do
    [ -f "$trx" ] || continue
    grep -o '<UnitTestResult [^>]*outcome="\(Failed\|Error\|Timeout\|Aborted\)"[^>]*' "$trx" \
        | grep -o 'testName="[^"]*"' | sed 's/^testName="\(.*\)"$/FAILED: \1/' || true
done
[ "$format_ok" -eq 1 ] || echo "dotnet format found files that are not formatted (run: dotnet format)"
[ "$files" -ge 4 ] || { echo "Expected TRX results of 4 test projects, found $files"; test_ok=0; }
echo "$passed passed, $failed failed"
[ "$test_ok" -eq 1 ] && [ "$format_ok" -eq 1 ] && [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
