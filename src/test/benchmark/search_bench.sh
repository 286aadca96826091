#!/usr/bin/env bash
# Search benchmark (README.md, "Search benchmark"): Atrium's search over HTTP and MariaDB FULLTEXT
# on the same synthetic corpus and queries, then one summary table.
#
#   src/test/benchmark/search_bench.sh [all|corpus|fulltext|atrium|report]     (default: all)
#
# all = corpus; import into Atrium (when a server answers on BASE with TOKEN, or START_SERVER=1) and
# load FULLTEXT; query-set latency of both, 1 client then 4; Atrium's index-to-search lag;
# relevance of both on the labelled dev set; report. The other steps do one engine.
# Environment (defaults in brackets):
#   OUT [/tmp/search-bench]            corpus files (reused when there: delete them after changing sizes); results in OUT/results
#   BASE [http://127.0.0.1:8083]       a running Atrium; TOKEN [bench-token] an administrator's token
#   START_SERVER [0]                   1: drop and create database atrium_bench, start ATRIUM_JAR on BASE's
#                                      port (ATRIUM_DB_URL to it, data dir OUT/data), stop it at the end; after
#                                      the import, stop it, delete its search index and start it with
#                                      SERVE_HEAP: the time until ready is the full rebuild from the database,
#                                      and the latencies after it are measured with that heap
#                                      Before it all, the import alone into a fresh server with search
#                                      indexing off, and the catch-up once indexing is on again
#   IMPORT_HEAP [-Xmx1g]  SERVE_HEAP [-Xmx512m]   the server's heap during the import and after the rebuild
#   ATRIUM_JAR [target/atrium.jar]     the application to start
#   LAG_ATRIUM [gent]                  the Atrium the lag test asks its question in
#   DB_SERVER [jdbc:mariadb://127.0.0.1:3306]  DB_USER [atrium_dev]  DB_PASSWORD [atrium-dev]
#   FT_DB [atrium_fulltext]            database of the FULLTEXT table (dropped and filled)
#   SHARED [/work/shared]              the labelled dev set and search_eval.py
#   REQUESTS [2000]                    measured Atrium requests per latency run (after one pass of warm-up)
#   FT_REQUESTS [600]                  the same for FULLTEXT (far slower: 600 keeps its runs to minutes)
#   LAG_N [100]                        writes in the lag test
#   THREADS POSTS WIKI GUIDANCE        corpus size [20000 200000 2000 500]
#   MARIADB_JAR                        the JDBC driver [~/.m2/.../mariadb-java-client-3.5.7.jar]
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../../.." && pwd)"
STEP="${1:-all}"
OUT="${OUT:-/tmp/search-bench}"
RES="$OUT/results"
BASE="${BASE:-http://127.0.0.1:8083}"
TOKEN="${TOKEN:-bench-token}"
LAG_ATRIUM="${LAG_ATRIUM:-gent}"
DB_SERVER="${DB_SERVER:-jdbc:mariadb://127.0.0.1:3306}"
DB_USER="${DB_USER:-atrium_dev}"
DB_PASSWORD="${DB_PASSWORD:-atrium-dev}"
FT_DB="${FT_DB:-atrium_fulltext}"
SHARED="${SHARED:-/work/shared}"
REQUESTS="${REQUESTS:-2000}"
FT_REQUESTS="${FT_REQUESTS:-600}"
ATRIUM_JAR="${ATRIUM_JAR:-$REPO/target/atrium.jar}"
LAG_N="${LAG_N:-100}"
MARIADB_JAR="${MARIADB_JAR:-$HOME/.m2/repository/org/mariadb/jdbc/mariadb-java-client/3.5.7/mariadb-java-client-3.5.7.jar}"
DEV_CORPUS="$SHARED/data/search-dev/corpus.jsonl"
DEV_QUERIES="$SHARED/data/search-dev/queries.jsonl"
BENCH=(java -Xmx1500m -cp "$MARIADB_JAR" "$HERE/BenchSearch.java")
mkdir -p "$RES"

say() { printf '\n== %s (%s, load %s)\n' "$*" "$(date +%H:%M:%S)" "$(cut -d' ' -f1-3 /proc/loadavg)"; }

corpus() {
  if [[ -s "$OUT/corpus.ndjson" && -s "$OUT/queries.jsonl" ]]; then
    say "corpus: $OUT/corpus.ndjson exists ($(wc -l < "$OUT/corpus.ndjson") lines)"
    return
  fi
  say "corpus"
  python3 "$HERE/search_corpus.py" --out "$OUT" --threads "${THREADS:-20000}" --posts "${POSTS:-200000}" \
    --wiki "${WIKI:-2000}" --guidance "${GUIDANCE:-500}"
}

SERVER_PID=""
# start_server HEAP [fresh]: fresh drops the database and the data dir first
start_server() {
  local port="${BASE##*:}"
  port="${port%%/*}"
  [[ -f "$ATRIUM_JAR" ]] || { echo "no $ATRIUM_JAR: mvn -q -B package -DskipTests first" >&2; exit 1; }
  if [[ "${2:-}" == fresh ]]; then
    say "server: fresh database atrium_bench, $ATRIUM_JAR on port $port ($1)"
    mariadb -h127.0.0.1 -u"$DB_USER" -p"$DB_PASSWORD" -e \
      "DROP DATABASE IF EXISTS atrium_bench; CREATE DATABASE atrium_bench CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
    rm -rf "$OUT/data"
  else
    say "server: $ATRIUM_JAR on port $port ($1)"
  fi
  # from the jar's repository, where its relative defaults (config/search/synonyms.txt) are; the heap goes to
  # the Payara JVM that atrium.jar starts (ATRIUM_JAVA_OPTS): a -Xmx of `java -jar` sizes only the launcher
  (cd "$(dirname "$ATRIUM_JAR")/.." && ATRIUM_HTTP_PORT="$port" ATRIUM_DATA_DIR="$OUT/data" ATRIUM_ADMIN_TOKEN="$TOKEN" \
    ATRIUM_DB_URL="jdbc:mariadb://127.0.0.1:3306/atrium_bench" ATRIUM_DB_USER="$DB_USER" ATRIUM_DB_PASSWORD="$DB_PASSWORD" \
    ATRIUM_SEARCH_INDEXING="${INDEXING:-true}" ATRIUM_JAVA_OPTS="$1" exec java -jar "$ATRIUM_JAR" > "$OUT/server.log" 2>&1) &
  SERVER_PID=$!
  trap 'stop_server' EXIT
  for _ in $(seq 1 450); do
    curl -fs "$BASE/health/ready" > /dev/null && { echo "ready"; return; }
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "server exited, see $OUT/server.log" >&2; exit 1; }
    sleep 1
  done
  echo "server not ready after 450 s, see $OUT/server.log" >&2
  exit 1
}
stop_server() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
  fi
}

server_up() { curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/me" | grep -q 200; }

ATRIUM_UP=0
atrium_load() {
  [[ "${START_SERVER:-0}" == 1 ]] && start_server "${IMPORT_HEAP:--Xmx1g}" fresh
  if ! server_up; then
    say "atrium: no server with token $TOKEN on $BASE, skipped"
    return
  fi
  ATRIUM_UP=1
  # relevance first, while the dev corpus is (on a fresh server) all there is: as search_eval.py is meant to run
  say "atrium: relevance on the dev corpus (search_eval.py imports it)"
  python3 "$SHARED/tools/search_eval.py" --base "$BASE" --token "$TOKEN" --corpus "$DEV_CORPUS" \
    --queries "$DEV_QUERIES" --wait 120 | tee "$RES/search_eval.txt"
  "${BENCH[@]}" rank "$BASE" "$TOKEN" "$DEV_QUERIES" --out "$RES/atrium-ranked-dev.jsonl"
  say "atrium: import of $(wc -l < "$OUT/corpus.ndjson") lines, then until the last one is searchable"
  "${BENCH[@]}" import "$BASE" "$TOKEN" "$OUT/corpus.ndjson" --chunk 2000 --wait 3600 --out "$RES/import.json"
}

# START_SERVER=1 only: the same import into a fresh server whose search indexing is off (lines/s
# without search), then the server restarted with indexing on: seconds from that start until the
# index has caught up with the whole import (the corpus's last line imported again is found).
atrium_import_nosearch() {
  [[ "${START_SERVER:-0}" == 1 ]] || return 0
  INDEXING=false start_server "${IMPORT_HEAP:--Xmx1g}" fresh
  say "atrium: import of $(wc -l < "$OUT/corpus.ndjson") lines with search indexing off"
  "${BENCH[@]}" import "$BASE" "$TOKEN" "$OUT/corpus.ndjson" --chunk 2000 --wait 0 --out "$RES/import-nosearch.json"
  stop_server
  local t0 t1
  t0=$(date +%s.%N)
  start_server "${IMPORT_HEAP:--Xmx1g}"
  say "atrium: indexing on again: until the index has caught up with the import"
  tail -n 1 "$OUT/corpus.ndjson" > "$OUT/last-line.ndjson"
  "${BENCH[@]}" import "$BASE" "$TOKEN" "$OUT/last-line.ndjson" --wait 1800 --out "$RES/catch-up-last.json"
  t1=$(date +%s.%N)
  python3 - "$t0" "$t1" "$RES/catch-up.json" <<'PY'
import json, sys
t0, t1, out = float(sys.argv[1]), float(sys.argv[2]), sys.argv[3]
json.dump({"secondsFromStart": t1 - t0}, open(out, "w"))
print("atrium: the index caught up with the import %.1f s after the start with indexing on" % (t1 - t0))
PY
  stop_server
}

# The server of START_SERVER=1 restarted without its search index: it rebuilds the index from the
# database before it says ready. Seconds until ready, and the indexer's own count and time (its log).
atrium_rebuild() {
  [[ $ATRIUM_UP == 1 && "${START_SERVER:-0}" == 1 ]] || return 0
  stop_server
  rm -rf "$OUT/data/search"
  local heap="${SERVE_HEAP:--Xmx512m}" t0 t1
  t0=$(date +%s.%N)
  start_server "$heap"
  t1=$(date +%s.%N)
  local built
  built=$(grep -o 'search index built: [0-9]* items in [0-9]* ms' "$OUT/server.log" | tail -1)
  [[ -n "$built" ]] || { echo "no rebuild in $OUT/server.log" >&2; exit 1; }
  local items ms
  items=$(echo "$built" | awk '{print $4}')
  ms=$(echo "$built" | awk '{print $7}')
  python3 - "$items" "$ms" "$t0" "$t1" "$heap" "$RES/rebuild.json" <<'PY'
import json, sys
items, ms, t0, t1, heap, out = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), sys.argv[5], sys.argv[6]
r = {"items": items, "ms": ms, "itemsPerSecond": items * 1000.0 / max(ms, 1), "startToReadySeconds": t1 - t0, "heap": heap}
json.dump(r, open(out, "w"))
print("atrium: rebuilt %d items in %d ms (%.0f items/s); ready %.1f s after the start (%s)" % (items, ms, r["itemsPerSecond"], t1 - t0, heap))
PY
}

atrium_latency() {
  [[ $ATRIUM_UP == 1 ]] || return 0
  say "atrium: query set, $1 client(s)"
  "${BENCH[@]}" latency "$BASE" "$TOKEN" "$OUT/queries.jsonl" --requests "$REQUESTS" --clients "$1" \
    --out "$RES/atrium-latency-c$1.json"
}

atrium_rest() {
  [[ $ATRIUM_UP == 1 ]] || return 0
  say "atrium: index-to-search lag, $LAG_N posts in $LAG_ATRIUM"
  "${BENCH[@]}" lag "$BASE" "$TOKEN" "$LAG_ATRIUM" --n "$LAG_N" --out "$RES/lag.json"
  say "atrium: relevance on the dev corpus among the benchmark corpus"
  "${BENCH[@]}" rank "$BASE" "$TOKEN" "$DEV_QUERIES" --out "$RES/atrium-ranked.jsonl"
}

fulltext_load() {
  say "fulltext: load into $FT_DB (threads with their answers as one row; dev corpus mixed in, and alone in dev_doc)"
  "${BENCH[@]}" ft-load "$DB_SERVER" "$DB_USER" "$DB_PASSWORD" "$OUT/corpus.ndjson" "$DEV_CORPUS" --db "$FT_DB" \
    --stopwords-nl 1 --out "$RES/ft-load.json"
}

fulltext_latency() {
  say "fulltext: query set, $1 client(s)"
  "${BENCH[@]}" ft-latency "$DB_SERVER" "$DB_USER" "$DB_PASSWORD" "$OUT/queries.jsonl" --db "$FT_DB" \
    --requests "$FT_REQUESTS" --clients "$1" --out "$RES/ft-latency-c$1.json"
}

fulltext_latency_nl() {
  say "fulltext: query set, 1 client, the table indexed with a Dutch stopword list"
  "${BENCH[@]}" ft-latency "$DB_SERVER" "$DB_USER" "$DB_PASSWORD" "$OUT/queries.jsonl" --db "$FT_DB" --table doc_nl \
    --requests "$FT_REQUESTS" --clients 1 --out "$RES/ft-latency-nl-c1.json"
}

fulltext_relevance() {
  say "fulltext: relevance"
  "${BENCH[@]}" ft-rank "$DB_SERVER" "$DB_USER" "$DB_PASSWORD" "$DEV_QUERIES" --db "$FT_DB" --table doc \
    --out "$RES/ft-ranked-mixed.jsonl"
  "${BENCH[@]}" ft-rank "$DB_SERVER" "$DB_USER" "$DB_PASSWORD" "$DEV_QUERIES" --db "$FT_DB" --table dev_doc \
    --out "$RES/ft-ranked-dev.jsonl"
}

report() {
  say "report"
  SHARED="$SHARED" python3 "$HERE/search_report.py" "$RES"
}

case "$STEP" in
  corpus) corpus ;;
  fulltext) corpus; fulltext_load; fulltext_latency 1; fulltext_latency 4; fulltext_latency_nl; fulltext_relevance; report ;;
  atrium) corpus; atrium_import_nosearch; atrium_load; atrium_rebuild; atrium_latency 1; atrium_latency 4; atrium_rest; report ;;
  report) report ;;
  all) # loads first, then the latencies of both engines next to each other
    corpus; atrium_import_nosearch; atrium_load; atrium_rebuild; fulltext_load
    for c in 1 4; do atrium_latency "$c"; fulltext_latency "$c"; done
    fulltext_latency_nl; atrium_rest; fulltext_relevance; report ;;
  *) echo "usage: $0 [all|corpus|fulltext|atrium|report]" >&2; exit 2 ;;
esac
