#!/usr/bin/env bash
# Documents benchmark (README.md, "Documents: upload and extraction"): 100 distinct PDFs of 1 MB
# uploaded by 4 clients at once, their text extracted by the background worker; upload and
# extraction throughput, lag per file, the server's heap while it extracts, and a search check.
#
#   src/test/benchmark/documents_bench.sh
#
# Environment (defaults in brackets):
#   OUT [/tmp/documents-bench]          PDFs in OUT/pdfs (reused when there are COUNT of them), results in OUT/results
#   BASE [http://127.0.0.1:8095]        a running Atrium; TOKEN [bench-token] an administrator's token
#   START_SERVER [0]                    1: drop and create database DB (mysql -uroot), start ATRIUM_JAR on BASE's
#                                       port with ATRIUM_JAVA_OPTS=HEAP (the heap of the Payara JVM; a -Xmx given
#                                       to `java -jar atrium.jar` sizes only the launcher), data dir OUT/data;
#                                       stopped at the end
#   HEAP [-Xmx512m]                     the application's JVM options when START_SERVER=1
#   DB [atrium_docbench]                the database of START_SERVER=1 (user atrium_dev / atrium-dev); with a
#                                       server of your own, set DB to its database for the worker's times per file
#   ATRIUM_JAR [target/atrium.jar]      the application to start
#   COUNT [100]  BYTES [1048576]  PAGES [110]   the PDFs: how many, bytes each, pages of text each
#   SEED                                the PDFs' seed: [1] with START_SERVER=1 (the same files every run: each
#                                       run has a fresh database); else [the time] (new files: a server keeps
#                                       the text of a file it has seen by its SHA-256 and would not extract it again)
#   CLIENTS [4]                         uploads at once
#   TIMEOUT [1800]                      seconds to wait for the last text
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../../.." && pwd)"
OUT="${OUT:-/tmp/documents-bench}"
RES="$OUT/results"
BASE="${BASE:-http://127.0.0.1:8095}"
TOKEN="${TOKEN:-bench-token}"
HEAP="${HEAP:--Xmx512m}"
DB="${DB:-atrium_docbench}"
DB_USER="${DB_USER:-atrium_dev}"
DB_PASSWORD="${DB_PASSWORD:-atrium-dev}"
ATRIUM_JAR="${ATRIUM_JAR:-$REPO/target/atrium.jar}"
COUNT="${COUNT:-100}"
BYTES="${BYTES:-1048576}"
PAGES="${PAGES:-110}"
CLIENTS="${CLIENTS:-4}"
TIMEOUT="${TIMEOUT:-1800}"
PORT="${BASE##*:}"
PORT="${PORT%%/*}"
BENCH=(java -Xmx1g "$HERE/BenchDocuments.java")
mkdir -p "$RES"

say() { printf '\n== %s (%s, load %s)\n' "$*" "$(date +%H:%M:%S)" "$(cut -d' ' -f1-3 /proc/loadavg)"; }

SERVER_PID=""
start_server() {
  [[ -f "$ATRIUM_JAR" ]] || { echo "no $ATRIUM_JAR: mvn -q -B package -DskipTests first" >&2; exit 1; }
  say "server: fresh database $DB, $ATRIUM_JAR on port $PORT (ATRIUM_JAVA_OPTS=$HEAP)"
  mysql -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
  rm -rf "$OUT/data"
  (cd "$(dirname "$ATRIUM_JAR")/.." && ATRIUM_HTTP_PORT="$PORT" ATRIUM_DATA_DIR="$OUT/data" ATRIUM_ADMIN_TOKEN="$TOKEN" \
    ATRIUM_DB_URL="jdbc:mariadb://127.0.0.1:3306/$DB" ATRIUM_DB_USER="$DB_USER" ATRIUM_DB_PASSWORD="$DB_PASSWORD" \
    ATRIUM_JAVA_OPTS="$HEAP" exec java -Xmx128m -jar "$ATRIUM_JAR" > "$OUT/server.log" 2>&1) &
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
    say "server: stopping (launcher $SERVER_PID)"
    kill "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
  fi
}

[[ "${START_SERVER:-0}" == 1 ]] && start_server
curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/me" | grep -q 200 \
  || { echo "no Atrium with token $TOKEN on $BASE (START_SERVER=1 starts one)" >&2; exit 1; }

# the Payara JVM (atrium.jar's child) serving the port: for jstat and jcmd
PID="$(pgrep -f "payara-micro.jar .*--port $PORT( |$)" | tail -1 || true)"
if [[ -n "$PID" ]]; then
  echo "Payara JVM: pid $PID, $(ps -o args= -p "$PID" | grep -o -- '-Xm[sx][0-9]*[kmgKMG]' | tr '\n' ' ')"
else
  echo "no Payara JVM found for port $PORT: heap from /metrics only"
fi

if [[ "${START_SERVER:-0}" == 1 ]]; then SEED="${SEED:-1}"; else SEED="${SEED:-$(date +%s)}"; fi
WANT="$COUNT $BYTES $PAGES $SEED"
if [[ "$(cat "$OUT/pdfs/made" 2>/dev/null)" != "$WANT" ]]; then
  say "pdfs: $COUNT of $BYTES bytes, $PAGES pages of text each, seed $SEED"
  rm -rf "$OUT/pdfs"
  "${BENCH[@]}" pdfs "$OUT/pdfs" "$COUNT" "$BYTES" "$PAGES" "$SEED"
  echo "$WANT" > "$OUT/pdfs/made"
else
  say "pdfs: $OUT/pdfs has them (seed $SEED)"
fi

LOAD_BEFORE="$(uptime)"
[[ -n "$PID" ]] && jcmd "$PID" GC.heap_info > "$RES/heap-info-before.txt" 2>&1 || true
say "run: $COUNT uploads with $CLIENTS clients, then until every text is extracted"
T0=$(date -u +%Y-%m-%dT%H:%M:%SZ)
set +e
"${BENCH[@]}" run "$BASE" "$TOKEN" "$OUT/pdfs" --clients "$CLIENTS" ${PID:+--pid "$PID"} --timeout "$TIMEOUT" \
  --out "$RES/documents.json" --summary "$RES/documents-run.md" | tee "$RES/documents-run.txt"
RC=${PIPESTATUS[0]}
set -e
LOAD_AFTER="$(uptime)"
[[ -n "$PID" ]] && jcmd "$PID" GC.heap_info > "$RES/heap-info-after.txt" 2>&1 || true

# the worker's own pace: time between consecutive texts saved (file_text.extracted_at), while files waited
WORKER=""
if mariadb -h127.0.0.1 -u"$DB_USER" -p"$DB_PASSWORD" "$DB" -e "SELECT 1" > /dev/null 2>&1; then
  mariadb -N -h127.0.0.1 -u"$DB_USER" -p"$DB_PASSWORD" "$DB" -e \
    "SELECT UNIX_TIMESTAMP(created_at), UNIX_TIMESTAMP(extracted_at), CHAR_LENGTH(text), status FROM file_text
     WHERE extracted_at >= '$(date -u -d "$T0" '+%Y-%m-%d %H:%M:%S')' ORDER BY extracted_at" > "$RES/file-texts.tsv"
  WORKER="$(python3 - "$RES/file-texts.tsv" <<'PY'
import sys
rows = [l.split("\t") for l in open(sys.argv[1]).read().splitlines() if l.strip()]
if len(rows) < 2:
    print("")
    sys.exit()
created = [float(r[0]) for r in rows]
done = [float(r[1]) for r in rows]
chars = [int(r[2]) for r in rows if r[2] not in ("NULL", "")]
# a gap counts while the next file was already waiting (it was created before the previous text was saved)
gaps = sorted(done[i] - done[i - 1] for i in range(1, len(done)) if created[i] <= done[i - 1])
def pct(p):
    return gaps[max(0, min(len(gaps) - 1, -(-p * len(gaps) // 100) - 1))]
print("| worker time per file (between texts saved, file_text.extracted_at, %d files waiting) | p50 **%.2f s** / p95 **%.2f s**; %s characters of text per file (mean) |"
      % (len(gaps), pct(50), pct(95), "{:,}".format(sum(chars) // max(1, len(chars)))))
PY
)"
fi

COMMIT="$(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo '?')"
{
  echo "# Documents benchmark: upload and extraction ($(date -u '+%Y-%m-%d %H:%M UTC'))"
  echo
  echo "Atrium at $COMMIT on $BASE; Payara JVM ${PID:-not found} $( [[ -n "$PID" ]] && ps -o args= -p "$PID" 2>/dev/null | grep -o -- '-Xm[sx][0-9]*[kmgKMG]' | tr '\n' ' ')"
  echo "($(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB). PDFs: $COUNT of $BYTES bytes, $PAGES pages each, seed $SEED."
  echo
  echo "- load before: \`$LOAD_BEFORE\`"
  echo "- load after:  \`$LOAD_AFTER\`"
  echo
  cat "$RES/documents-run.md" 2>/dev/null || echo "(no results: see $RES/documents-run.txt)"
  [[ -n "$WORKER" ]] && echo "$WORKER"
  if [[ -s "$RES/heap-info-after.txt" ]]; then
    echo
    echo "jcmd $PID GC.heap_info after the run:"
    echo
    sed 's/^/    /' "$RES/heap-info-after.txt"
  fi
} > "$RES/documents-summary.md"
say "summary: $RES/documents-summary.md"
cat "$RES/documents-summary.md"
exit "$RC"
