#!/usr/bin/env bash
# Advisory portal benchmark (issue 7), against the built jar on a fresh embedded PostgreSQL:
#   1. publication: five advisories are made ready in the working tables (bench/advisories-ready.sql: approved
#      edition = edition, publish_at 5 s ahead) and left to the publisher job; the delay is from publish_at to the
#      first HTTP 200 of GET /advisories/{id} (polled every 20 ms). Target: within 2 s.
#   2. 10,000 published advisories cloned from what the publisher wrote (bench/advisories-data.sql);
#   3. one advisory page (GET /advisories/{id}, stored HTML with ETag/Last-Modified) against nginx serving the same
#      bytes as a static file, each with wrk, 64 connections, two rounds side by side (then, for comparison, a static
#      file served by the application: the stack without the database). Target: Madoguchi at least half nginx's
#      requests per second, p99 under 25 ms;
#   4. the list: first page, a severity filter and two searches (hey, 40 warm-up requests then 200, 4 at a time, as
#      the other page benchmarks). Target: p95 under 50 ms.
#
# usage: bench/advisories.sh [seconds per page run, default 20]
#        (needs wrk, hey, psql and nginx: apt-get install wrk hey postgresql-client nginx)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-20}"
PORT="${BENCH_PORT:-18094}"
NGINX_PORT="${BENCH_NGINX_PORT:-18095}"
TOOLS="wrk hey psql curl nginx"
# shellcheck source=bench/start-server.sh
source bench/start-server.sh
URL="http://127.0.0.1:$PORT"
SUMMARY="$DATA/summary.txt"
: > "$SUMMARY"
row() { printf '%-44s %9s %9s %9s %9s\n' "$@" | tee -a "$SUMMARY"; }

echo 'a benchmark password' | MADOGUCHI_DATA_DIR="$DATA" java -jar target/madoguchi.jar user create \
  --username bench-reviewer --role PSIRT --password-stdin > /dev/null
COOKIES="$DATA/reviewer.cookies"
csrf() { curl -s -c "$COOKIES" -b "$COOKIES" "$URL$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 \
  | sed 's/.*value="//;s/"//'; }
curl -s -c "$COOKIES" -b "$COOKIES" -o /dev/null --data-urlencode "username=bench-reviewer" \
  --data-urlencode "password=a benchmark password" --data-urlencode "_csrf=$(csrf /sign-in)" "$URL/sign-in"

echo "== 1. publication: 5 advisories, each due 5 s after it is made ready, approved and scheduled at the desk"
WORST=0
for n in 1 2 3 4 5; do
  id="LAT-2026-00$n"
  "${PSQL[@]}" -v id="$id" -v n="$n" -v delay='5 seconds' -f bench/advisories-ready.sql
  token=$(csrf "/desk/advisories/$id")
  curl -s -b "$COOKIES" -o /dev/null --data-urlencode "edition=3" --data-urlencode "_csrf=$token" \
    "$URL/desk/advisories/$id/approve"
  curl -s -b "$COOKIES" -o /dev/null --data-urlencode "_csrf=$token" "$URL/desk/advisories/$id/schedule"
  [ "$("${PSQL[@]}" -At -c "select publish_at is not null from advisory where id = '$id'")" = t ] \
    || { echo "$id was not approved and scheduled"; exit 1; }
  due=$("${PSQL[@]}" -At -c "select extract(epoch from publish_at) from advisory where id = '$id'")
  seen=""
  for _ in $(seq 1 1500); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$URL/advisories/$id")" = 200 ]; then
      seen=$(date +%s.%N)
      break
    fi
    sleep 0.02
  done
  [ -n "$seen" ] || { echo "$id was not published within 30 s"; tail -20 "$DATA/server.log"; exit 1; }
  # the job records when its transaction began in advisory.updated_at; every rendition is there with the page
  read -r started artifacts < <("${PSQL[@]}" -At -F ' ' -c "select round(extract(epoch from a.updated_at) * 1000
      - $due * 1000), (select count(*) from advisory_rendition r where r.advisory_id = a.id)
      + (select count(*) from advisory_revision r where r.advisory_id = a.id) from advisory a where a.id = '$id'")
  delay=$(python3 -c "print(round(($seen - $due) * 1000))")
  [ "$delay" -gt "$WORST" ] && WORST=$delay
  echo "$id: public ${delay} ms after its instant (job started it after ${started} ms; artifacts: $artifacts of 5)"
done

echo "== 2. generating 10,000 published advisories"
time "${PSQL[@]}" -v template=LAT-2026-001 -f bench/advisories-data.sql
# the steady state of a table that grows by a few rows a day: after a bulk load autovacuum would do this within a
# minute; until it has, every count reads the whole table instead of an index
"${PSQL[@]}" -c "vacuum analyze advisory_public"
PAGE=/advisories/MDG-2026-00006
curl -fs -o "$DATA/page.html" "$URL$PAGE"
echo "page $PAGE: $(wc -c < "$DATA/page.html") bytes"

echo "== 3. one advisory page: nginx (static file, same bytes) and Madoguchi, wrk 64 connections, ${DURATION} s"
mkdir -p "$DATA/nginx/html/advisories" "$DATA/nginx/temp"
cp "$DATA/page.html" "$DATA/nginx/html$PAGE"
chmod a+rx "$DATA" "$DATA/nginx" "$DATA/nginx/html" "$DATA/nginx/html/advisories"
chmod a+r "$DATA/nginx/html$PAGE"
cat > "$DATA/nginx/nginx.conf" <<EOF
worker_processes auto;
daemon off;
pid $DATA/nginx/nginx.pid;
error_log $DATA/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  client_body_temp_path $DATA/nginx/temp/body;
  proxy_temp_path $DATA/nginx/temp/proxy;
  fastcgi_temp_path $DATA/nginx/temp/fastcgi;
  uwsgi_temp_path $DATA/nginx/temp/uwsgi;
  scgi_temp_path $DATA/nginx/temp/scgi;
  types { }
  default_type "text/html; charset=utf-8";
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $DATA/nginx/html;
    add_header Cache-Control "max-age=60, public";
  }
}
EOF
nginx -p "$DATA/nginx" -c "$DATA/nginx/nginx.conf" -e "$DATA/nginx/error.log" &
NGINX=$!
trap 'kill $NGINX $SERVER 2>/dev/null; wait $NGINX $SERVER 2>/dev/null || true; rm -rf "$DATA"' EXIT
for _ in $(seq 1 50); do curl -fs -o /dev/null "http://127.0.0.1:$NGINX_PORT$PAGE" && break; sleep 0.1; done
cmp "$DATA/page.html" <(curl -fs "http://127.0.0.1:$NGINX_PORT$PAGE") && echo "nginx serves the same bytes"

page() {  # label, url
  wrk -t2 -c64 -d5s "$2" > /dev/null   # warm-up
  read -r _ rate p50 p95 p99 total status errors < <(wrk -t2 -c64 -d"${DURATION}s" --timeout 5s \
    -s bench/advisories-latency.lua "$2" | grep '^RESULT')
  echo "$1: $rate req/s, p50 $p50 ms, p95 $p95 ms, p99 $p99 ms ($total requests, $status non-2xx, $errors errors)"
  row "$1" "$rate" "$p50 ms" "$p95 ms" "$p99 ms"
}
row "request" "req/s" "p50" "p95" "p99"
for round in 1 2; do
  page "nginx, static file (round $round)" "http://127.0.0.1:$NGINX_PORT$PAGE"
  page "Madoguchi, $PAGE (round $round)" "$URL$PAGE"
done
# for comparison, what the stack costs without the database: a static file the application serves itself
page "Madoguchi, /css/madoguchi.css (no database)" "$URL/css/madoguchi.css"

echo "== 4. the advisory list (hey, 200 requests, 4 at a time)"
list() {  # label, path
  hey -n 40 -c 4 "$URL$2" > /dev/null   # warm-up
  hey -n 200 -c 4 "$URL$2" > "$DATA/hey.txt"
  grep -E 'Requests/sec|50% in|95% in|99% in|\[[0-9]{3}\][[:space:]]+[0-9]+ responses' "$DATA/hey.txt" | sed "s|^|$1: |"
  ms() { grep "$1% in" "$DATA/hey.txt" | awk '{printf "%.0f ms", $3 * 1000}'; }
  row "$1" "$(awk '/Requests\/sec/ {printf "%.0f", $2}' "$DATA/hey.txt")" "$(ms 50)" "$(ms 95)" "$(ms 99)"
}
list "list, first page" "/advisories"
list "list, severity high and above" "/advisories?severity=high"
list "list, search deserialization (1,000 hits)" "/advisories?q=deserialization"
list "list, search cve-2023-10003 (1 hit)" "/advisories?q=cve-2023-10003"
echo "publication: worst of 5, from publish_at to the first 200: $WORST ms" | tee -a "$SUMMARY"

echo "== summary"
cat "$SUMMARY"
