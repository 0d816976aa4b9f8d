#!/usr/bin/env bash
# CSAF validator benchmark (issue 8): `java -jar target/madoguchi.jar csaf validate --tests mandatory` against BSI's
# @secvisogram/csaf-validator-lib (schema test + every mandatory test, bench/csaf/validate.mjs) on the real
# advisories of ../shared/corpus/csaf-real, side by side in one run:
#   (a) the whole command on one document, (b) the whole command on all of them, (c) documents per second once warm;
# and the verdict on every file must be the same. Usage: bench/csaf.sh [runs]   (default 7 runs of (a) and (b))
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-7}
CORPUS=../shared/corpus/csaf-real
OUT=bench/results/csaf
mkdir -p "$OUT"

command -v node >/dev/null || { echo "node is needed (Debian: apt-get install nodejs npm)"; exit 2; }
[ -f target/madoguchi.jar ] || ./mvnw -q package -DskipTests
[ -d bench/csaf/node_modules/@secvisogram/csaf-validator-lib ] || (cd bench/csaf && npm install --no-audit --no-fund --silent)

# The advisories named in the corpus manifest (its distribution folder holds feeds and indexes, not advisories).
python3 -c "import json;[print('$CORPUS/'+e['path']) for e in json.load(open('$CORPUS/manifest.json'))]" > "$OUT/files.txt"
mapfile -t FILES < "$OUT/files.txt"
ONE=${FILES[0]}
echo "documents: ${#FILES[@]} ($(cat "${FILES[@]}" | wc -c) bytes); one: $ONE"

java_cmd() { java -jar target/madoguchi.jar csaf validate --tests mandatory "$@"; }
node_cmd() { node bench/csaf/validate.mjs "$@"; }

# wall-clock seconds of one command, output discarded
seconds() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N); echo "scale=3; ($e-$s)/1000000000" | bc; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "== same verdicts"
java_cmd --format json "${FILES[@]}" | python3 -c "import json,sys;[print(d['file']+'\t'+('valid' if d['valid'] else 'invalid')) for d in map(json.loads,sys.stdin)]" | sort > "$OUT/java.txt" || true
node_cmd "${FILES[@]}" | sort > "$OUT/node.txt" || true
if diff -q "$OUT/java.txt" "$OUT/node.txt" >/dev/null; then
  echo "same verdict on all $(wc -l < "$OUT/java.txt") files ($(grep -c $'\tinvalid' "$OUT/java.txt" || true) invalid)"
else
  echo "VERDICTS DIFFER:"; diff "$OUT/java.txt" "$OUT/node.txt" | head -20; exit 1
fi

echo "== the OASIS test files (information: where the two validators judge a test file differently)"
find ../shared/corpus/csaf-tests -name 'oasis_*.json' ! -name '*TEMPLATE*' | sort > "$OUT/tests.txt"
mapfile -t TESTS < "$OUT/tests.txt"
java_cmd --format json "${TESTS[@]}" | python3 -c "import json,sys;[print(d['file']+'\t'+('valid' if d['valid'] else 'invalid')) for d in map(json.loads,sys.stdin)]" | sort > "$OUT/java-tests.txt" || true
node_cmd "${TESTS[@]}" 2>/dev/null | sort > "$OUT/node-tests.txt" || true
echo "$(diff "$OUT/java-tests.txt" "$OUT/node-tests.txt" | grep -c '^<' || true) of ${#TESTS[@]} test files judged differently:"
diff "$OUT/java-tests.txt" "$OUT/node-tests.txt" | grep '^[<>]' | sed 's|.*/||' | sort | uniq | head -20 || true

echo "== (a) one document, (b) all documents: median of $RUNS alternating runs, seconds"
: > "$OUT/a-java"; : > "$OUT/a-node"; : > "$OUT/b-java"; : > "$OUT/b-node"
for _ in $(seq "$RUNS"); do
  seconds java_cmd "$ONE" >> "$OUT/a-java"; seconds node_cmd "$ONE" >> "$OUT/a-node"
  seconds java_cmd "${FILES[@]}" >> "$OUT/b-java"; seconds node_cmd "${FILES[@]}" >> "$OUT/b-node"
done
for k in a b; do
  j=$(median < "$OUT/$k-java"); n=$(median < "$OUT/$k-node")
  echo "($k) madoguchi $j s   csaf-validator-lib $n s   ratio $(echo "scale=1; $n/$j" | bc)x"
done

echo "== (c) documents per second once warm"
javac -d "$OUT/classes" -cp target/classes bench/csaf/WarmThroughput.java
j1=$(THREADS=1 java -cp "target/classes:$OUT/classes" WarmThroughput "${FILES[@]}")
j2=$(THREADS=2 java -cp "target/classes:$OUT/classes" WarmThroughput "${FILES[@]}")
n1=$(node bench/csaf/warm.mjs "${FILES[@]}")
echo "(c) madoguchi $j1 docs/s on 1 thread, $j2 on 2   csaf-validator-lib $n1 docs/s (1 thread)   ratio $(echo "scale=1; $j1/$n1" | bc)x (1 thread)"
