#!/usr/bin/env bash
# Products benchmark (issue 5): 10,000 product versions with 300 SBOM components each (3,000,000 component rows);
# a component-range search over HTTP (200 requests, 4 at a time; target p95 < 200 ms), and the import of one
# 5,000-component CycloneDX SBOM (5 uploads; target under 2 s each).
#
# usage: bench/products.sh      (needs hey, psql, curl and python3: apt-get install hey postgresql-client)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${BENCH_PORT:-18092}"
TOOLS="hey psql curl python3"
# shellcheck source=bench/start-server.sh
source bench/start-server.sh

echo "== generating 10,000 product versions with 300 components each"
time "${PSQL[@]}" -f bench/products-data.sql
echo 'a benchmark password' | MADOGUCHI_DATA_DIR="$DATA" java -jar target/madoguchi.jar user create \
  --username bench-handler --role PSIRT --password-stdin > /dev/null

JAR="$DATA/handler.cookies"
csrf() { curl -s -c "$JAR" -b "$JAR" "http://127.0.0.1:$PORT$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 \
  | sed 's/.*value="//;s/"//'; }
TOKEN=$(csrf /sign-in)
curl -s -c "$JAR" -b "$JAR" -o /dev/null --data-urlencode "username=bench-handler" \
  --data-urlencode "password=a benchmark password" --data-urlencode "_csrf=$TOKEN" "http://127.0.0.1:$PORT/sign-in"
COOKIE=$(grep -o 'SESSION[[:space:]]*[^[:space:]]*' "$JAR" | awk '{print $2}')

search() {  # label, query string
  hey -n 40 -c 4 -H "Cookie: SESSION=$COOKIE" "http://127.0.0.1:$PORT/catalog/components?$2" > /dev/null
  echo "-- search: $1"
  hey -n 200 -c 4 -H "Cookie: SESSION=$COOKIE" "http://127.0.0.1:$PORT/catalog/components?$2" \
    | grep -E 'Requests/sec|50% in|95% in|99% in|\[[0-9]{3}\][[:space:]]+[0-9]+ responses'
}
search "purl in a range (500 of 1,000 holders)" \
  "component=pkg%3Amaven%2Forg.example%2Flog-core&range=%3E%3D+2.0.0%2C+%3C+2.10.0"
search "name, no range (9,000 holders)" "component=lib-x"
search "name, rare (about 180 holders)" "component=lib-42"

echo "== importing a 5,000-component SBOM, 5 times"
python3 - "$DATA/sbom.json" <<'PY'
import json, sys
components = [{"type": "library", "name": f"pkg-{i}", "group": "org.bench", "version": f"1.{i % 50}.0",
               "purl": f"pkg:maven/org.bench/pkg-{i}@1.{i % 50}.0", "supplier": {"name": "Bench"}}
              for i in range(5000)]
json.dump({"bomFormat": "CycloneDX", "specVersion": "1.5", "version": 1,
           "metadata": {"component": {"type": "firmware", "name": "bench-firmware"}},
           "components": components}, open(sys.argv[1], "w"))
PY
ls -la "$DATA/sbom.json" | awk '{print "SBOM file: " $5 " bytes"}'
VERSION=$("${PSQL[@]}" -At -c "select pv.product_id || '/' || pv.id from product_version pv order by pv.id limit 1")
for run in 1 2 3 4 5; do
  TOKEN=$(csrf "/catalog/products/${VERSION%%/*}")
  curl -s -o /dev/null -b "$JAR" -c "$JAR" -w "import $run: %{time_total} s (HTTP %{http_code})\n" \
    -F "file=@$DATA/sbom.json;type=application/json" -F "_csrf=$TOKEN" \
    "http://127.0.0.1:$PORT/catalog/products/${VERSION%%/*}/versions/${VERSION##*/}/sbom"
done
"${PSQL[@]}" -At -c "select 'components stored for that version: ' || count(*) from sbom_component
                     where product_version_id = ${VERSION##*/}"
