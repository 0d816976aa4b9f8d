#!/usr/bin/env bash
# Cases benchmark (issue 4): 100,000 generated cases and 1,000,000 messages; the queue's first page and a text
# search, each timed over HTTP (200 requests, 4 at a time) for a PSIRT handler (sees everything) and for a developer
# of one division (visibility filtering in the query). Target: p95 under 100 ms for each.
#
# usage: bench/cases.sh      (needs hey and psql: apt-get install hey postgresql-client)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${BENCH_PORT:-18090}"
TOOLS="hey psql curl"
# shellcheck source=bench/start-server.sh
source bench/start-server.sh

echo "== generating 100,000 cases and 1,000,000 messages"
time "${PSQL[@]}" -f bench/cases-data.sql
for who in handler:PSIRT developer:DEVELOPER; do
  echo 'a benchmark password' | MADOGUCHI_DATA_DIR="$DATA" java -jar target/madoguchi.jar user create \
    --username "bench-${who%%:*}" --role "${who##*:}" --password-stdin > /dev/null
done
"${PSQL[@]}" -c "insert into division_member (division_id, user_id) select 1, id from staff_user where username = 'bench-developer'"

session() {
  local jar="$DATA/$1.cookies"
  local csrf
  csrf=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$PORT/sign-in" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=bench-$1" \
    --data-urlencode "password=a benchmark password" --data-urlencode "_csrf=$csrf" "http://127.0.0.1:$PORT/sign-in"
  grep -o 'SESSION[[:space:]]*[^[:space:]]*' "$jar" | awk '{print $2}'
}

measure() {  # who, label, path
  local cookie
  cookie=$(session "$1")
  hey -n 40 -c 4 -H "Cookie: SESSION=$cookie" "http://127.0.0.1:$PORT$3" > /dev/null   # warm-up
  echo "-- $1: $2 ($3)"
  hey -n 200 -c 4 -H "Cookie: SESSION=$cookie" "http://127.0.0.1:$PORT$3" \
    | grep -E 'Requests/sec|50% in|95% in|99% in|\[[0-9]{3}\][[:space:]]+[0-9]+ responses'
}

for who in handler developer; do
  measure "$who" "queue, first page" "/cases"
  measure "$who" "search, English" "/cases?state=all&q=deserialization%20in%20product%2042"
  measure "$who" "search, Japanese" "/cases?state=all&q=%E7%AE%A1%E7%90%86%E7%94%BB%E9%9D%A2"
  measure "$who" "search, messages" "/cases?state=all&q=build%205003"
done
