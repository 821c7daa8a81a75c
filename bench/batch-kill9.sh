#!/usr/bin/env bash
# Issue 5, Done when: "a batch run over the demo province shows progress and survives a kill -9 mid-run".
#
# Starts the packaged app on a fresh H2 file database with the demo data, generates synthetic QĐ 366 inputs for
# every unit of the demo province (Đảng bộ tỉnh Quảng Trị), starts the batch, kills the JVM with SIGKILL while
# the job is running, starts the app again and checks:
#   1. the job is INTERRUPTED and every unit scored so far holds all of its results (no half-scored unit);
#   2. resuming finishes the job, and the summary then holds exactly one result per subject in every unit.
# Usage: bash bench/batch-kill9.sh            (builds the jar when target/ has none)
#        PER_UNIT=400 KILL_AFTER=0.3 bash bench/batch-kill9.sh
set -euo pipefail
cd "$(dirname "$0")/.."

per_unit=${PER_UNIT:-300}
port=${PORT:-18482}
pw='Kill9-check-2026'
period="K9$(date +%s)"
dir=$(mktemp -d)
jar=$(ls target/tochuc-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)
if [ -z "$jar" ]; then
  ./mvnw -q -B -ntp -DskipTests package
  jar=$(ls target/tochuc-*.jar | grep -v -- '-plain' | head -1)
fi
app=""
cleanup() { [ -n "$app" ] && kill -9 "$app" 2>/dev/null || true; rm -rf "$dir"; }
trap cleanup EXIT

say() { printf '[kill9 %s] %s\n' "$(date +%T)" "$*"; }
fail() { say "FAILED: $*"; tail -40 "$dir"/app*.log >&2 || true; exit 1; }
api() { curl -sS -f -u "admin:$pw" -H 'Content-Type: application/json' "$@"; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1], {}, {'d': d}))" "$1"; }

start_app() {
  TOCHUC_DATA_DIR="$dir/data" TOCHUC_ADMIN_PASSWORD="$pw" \
    java -Xmx1g -jar "$jar" --spring.profiles.active=demo --server.port="$port" > "$dir/app$1.log" 2>&1 &
  app=$!
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$port/actuator/health" | grep -q '"UP"' && return 0
    kill -0 "$app" 2>/dev/null || fail "the app stopped while starting"
    sleep 1
  done
  fail "the app did not start in 120 s"
}

base="http://127.0.0.1:$port"
say "starting $jar on a fresh H2 database in $dir"
start_app 1
root=$(api "$base/api/org/units?code=TU-QT" | json "d['id']")
gen=$(api -X POST "$base/api/evaluation/demo-inputs?root=$root&period=$period&perUnit=$per_unit")
units=$(json "d['units']" <<<"$gen"); subjects=$(json "d['subjects']" <<<"$gen")
say "demo inputs: $subjects subjects in $units units of the province (period $period)"

job=$(api -X POST "$base/api/evaluation/batches" \
  -d "{\"rootUnitId\": $root, \"period\": \"$period\", \"pack\": \"QD366\", \"date\": \"2025-12-31\"}" | json "d['jobId']")
# Kill once the job has committed some units but is far from done.
target=$(( units / 4 )); [ "$target" -lt 2 ] && target=2
for _ in $(seq 1 600); do
  view=$(api "$base/api/jobs/$job")
  done_units=$(json "d['done']" <<<"$view"); status=$(json "d['status']" <<<"$view")
  [ "$status" = "RUNNING" ] || fail "the job is $status before it could be killed"
  [ "$done_units" -ge "$target" ] && break
  sleep 0.1
done
say "job $job RUNNING at $done_units/$units units: kill -9 $app"
kill -9 "$app"; wait "$app" 2>/dev/null || true; app=""

start_app 2
view=$(api "$base/api/jobs/$job")
status=$(json "d['status']" <<<"$view")
[ "$status" = "INTERRUPTED" ] || fail "after the restart the job is $status, not INTERRUPTED"
summary=$(api "$base/api/evaluation/batches/summary?root=$root&period=$period")
partial=$(json "sum(1 for u in d['units'] if sum(u['counts']) != $per_unit)" <<<"$summary")
scored=$(json "len(d['units'])" <<<"$summary")
say "after the restart: job INTERRUPTED, $scored units scored, $partial half-scored"
[ "$partial" -eq 0 ] || fail "$partial units hold only part of their results"
[ "$scored" -lt "$units" ] || fail "the job had already finished when it was killed; lower KILL target or raise PER_UNIT"

api -X POST "$base/api/jobs/$job/resume" >/dev/null
for _ in $(seq 1 1200); do
  status=$(api "$base/api/jobs/$job" | json "d['status']")
  [ "$status" = "RUNNING" ] || break
  sleep 0.25
done
[ "$status" = "DONE" ] || fail "the resumed job ended $status"
summary=$(api "$base/api/evaluation/batches/summary?root=$root&period=$period")
total=$(json "sum(d['totals'])" <<<"$summary"); all=$(json "len(d['units'])" <<<"$summary")
partial=$(json "sum(1 for u in d['units'] if sum(u['counts']) != $per_unit)" <<<"$summary")
message=$(api "$base/api/jobs/$job" | json "d.get('message') or d.get('result')")
say "resumed: «$message»; $total results in $all units (expected $subjects in $units)"
[ "$total" -eq "$subjects" ] && [ "$all" -eq "$units" ] && [ "$partial" -eq 0 ] || fail "results after resume"
# The resumed run starts after the last committed unit: it scores exactly the units the killed run had not.
resumed=$(sed -n 's/.* trong \([0-9.]*\) đơn vị.*/\1/p' <<<"$message" | tr -d .)
[ "$resumed" = "$(( units - scored ))" ] || fail "the resumed run scored $resumed units, expected $(( units - scored ))"
say "OK: the batch survived kill -9; the resumed run scored the $resumed remaining units, each unit exactly once"
