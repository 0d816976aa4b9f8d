# Sourced by the benchmarks: starts the built jar on a fresh embedded PostgreSQL in a temporary data directory,
# stopped and removed when the benchmark exits. Needs PORT and TOOLS set; sets DATA, SERVER and PSQL.
DATA="$(mktemp -d /tmp/madoguchi-bench-XXXX)"
for tool in $TOOLS; do
  command -v "$tool" >/dev/null || { echo "$0 needs $tool"; exit 2; }
done
[ -f target/madoguchi.jar ] || ./mvnw -q -B -DskipTests package

MADOGUCHI_DATA_DIR="$DATA" SERVER_PORT="$PORT" MADOGUCHI_ADMIN_PASSWORD='benchmark desk password' \
  LOGGING_LEVEL_ROOT=WARN java -Xmx1g -jar target/madoguchi.jar > "$DATA/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 90); do
  curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1 && break
  kill -0 $SERVER 2>/dev/null || { cat "$DATA/server.log"; exit 2; }
  sleep 1
done
PGPORT=$(sed -n 4p "$DATA/postgres/postmaster.pid")
PSQL=(psql -h 127.0.0.1 -p "$PGPORT" -U postgres -d madoguchi -q)
