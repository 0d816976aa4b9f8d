#!/usr/bin/env bash
# Intake benchmark (issue 3), against the built jar with an embedded PostgreSQL in a fresh data directory and the
# rate limit off. Two runs of POST /api/v1/reports with 64 concurrent clients:
#   1. saturation (wrk): as fast as the server answers, for the capacity in accepted reports per second;
#   2. target rate (hey): 64 clients at 4 requests/s each (256/s offered), for the latency at that load.
# Then it checks that every report answered 201 is stored: each tracking number wrk received is looked up, and the
# count of 201s from hey must equal the reports added during its run.
# Targets on the 2-core machine: >= 200 accepted reports/s, p99 < 150 ms at that rate, zero lost.
#
# usage: bench/intake.sh [seconds]      (needs wrk, hey and psql: apt-get install wrk hey postgresql-client)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-30}"
PORT="${BENCH_PORT:-18080}"
DATA="$(mktemp -d /tmp/madoguchi-bench-XXXX)"
for tool in wrk hey psql; do
  command -v "$tool" >/dev/null || { echo "bench/intake.sh needs $tool (apt-get install wrk hey postgresql-client)"; exit 2; }
done
[ -f target/madoguchi.jar ] || ./mvnw -q -B -DskipTests package

MADOGUCHI_DATA_DIR="$DATA" SERVER_PORT="$PORT" MADOGUCHI_INTAKE_REPORTSPERHOUR=0 \
  MADOGUCHI_ADMIN_PASSWORD='benchmark desk password' LOGGING_LEVEL_ROOT=WARN \
  java -Xmx1g -jar target/madoguchi.jar > "$DATA/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 90); do
  curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1 && break
  kill -0 $SERVER 2>/dev/null || { cat "$DATA/server.log"; exit 2; }
  sleep 1
done
PGPORT=$(sed -n 4p "$DATA/postgres/postmaster.pid")
sql() { psql -h 127.0.0.1 -p "$PGPORT" -U postgres -d madoguchi -tAc "$1"; }
URL="http://127.0.0.1:$PORT/api/v1/reports"
sed -n '/^wrk.body = \[\[/,/^\]\]/p' bench/intake-report.lua | sed '1d;$d' > "$DATA/body.json"

echo "== warm-up"
wrk -t2 -c16 -d10s -s bench/intake-report.lua "$URL" > /dev/null

echo "== 1. saturation: wrk, 64 connections, ${DURATION}s"
mkdir -p "$DATA/wrk"
BENCH_OUT="$DATA/wrk" wrk -t2 -c64 -d"${DURATION}s" --timeout 10s -s bench/intake-report.lua "$URL" | tee "$DATA/wrk.txt"
cat "$DATA/wrk"/tracking-*.txt | sort -u > "$DATA/answered.txt"
sql "create table bench_answered (tracking_number text primary key)" >/dev/null
psql -h 127.0.0.1 -p "$PGPORT" -U postgres -d madoguchi -qc "\\copy bench_answered from '$DATA/answered.txt'"
MISSING=$(sql "select count(*) from bench_answered a where not exists (select 1 from report r where r.tracking_number = a.tracking_number)")
echo "answered 201: $(wc -l < "$DATA/answered.txt"); of those not stored: $MISSING"

echo "== 2. target rate: hey, 64 clients x 4 requests/s, ${DURATION}s"
BEFORE=$(sql "select count(*) from report")
hey -z "${DURATION}s" -c 64 -q 4 -m POST -T application/json -D "$DATA/body.json" "$URL" | tee "$DATA/hey.txt" \
  | grep -E 'Requests/sec|Average|Fastest|Slowest|50%|90%|95%|99%|\[[0-9]{3}\]'
AFTER=$(sql "select count(*) from report")
HEY_CREATED=$(grep -E '^\s+\[201\]' "$DATA/hey.txt" | awk '{print $2}')
echo "hey answered 201: ${HEY_CREATED:-0}; reports added during the run: $((AFTER - BEFORE))"

if [ "$MISSING" != "0" ] || [ "${HEY_CREATED:-0}" != "$((AFTER - BEFORE))" ]; then
  echo "LOST REPORTS"
  exit 1
fi
echo "ok: every accepted report is stored"
