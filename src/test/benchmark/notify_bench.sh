#!/usr/bin/env bash
# Notifications benchmark (README.md, "Notifications: fan-out and digest"): one guidance publication
# for the whole network with MEMBERS officials; how long the fan-out into notifications takes and the
# SQL statements per recipient; then the daily digest run for all of them, its time and statements.
#
#   src/test/benchmark/notify_bench.sh
#
# Environment (defaults in brackets):
#   OUT [/tmp/notify-bench]       server logs, data dir and results
#   PORT [8096]  TOKEN [bench-token]  DB [atrium_notifybench] (dropped and made anew; user atrium_dev)
#   HEAP [-Xmx512m]               the Payara JVM's options (ATRIUM_JAVA_OPTS)
#   MEMBERS [2000]  CLIENTS [4]   officials to make, and API clients at once while making them
#   ATRIUM_JAR [target/atrium.jar]
# The first server runs with digests due (digest hour 0) but the mail worker's poll at an hour, so
# no digest is made while the members are made and the guidance fans out; the second server, on
# the same database, polls every 2 s and so makes the digests at once. No SMTP server: the mails are
# queued, which is what is measured (sending is the mail server's speed).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../../.." && pwd)"
OUT="${OUT:-/tmp/notify-bench}"
PORT="${PORT:-8096}"
BASE="http://127.0.0.1:$PORT"
TOKEN="${TOKEN:-bench-token}"
DB="${DB:-atrium_notifybench}"
HEAP="${HEAP:--Xmx512m}"
MEMBERS="${MEMBERS:-2000}"
CLIENTS="${CLIENTS:-4}"
ATRIUM_JAR="${ATRIUM_JAR:-$REPO/target/atrium.jar}"
BENCH=(java -Xmx256m "$HERE/BenchNotify.java")
mkdir -p "$OUT"
RESULT="$OUT/result.txt"
: > "$RESULT"

say() { printf '\n== %s (%s, load %s)\n' "$*" "$(date +%H:%M:%S)" "$(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$RESULT"; }

SERVER_PID=""
start_server() { # $1: mail poll seconds, $2: log name
  (cd "$REPO" && ATRIUM_HTTP_PORT="$PORT" ATRIUM_DATA_DIR="$OUT/data" ATRIUM_ADMIN_TOKEN="$TOKEN" \
    ATRIUM_DB_URL="jdbc:mariadb://127.0.0.1:3306/$DB" ATRIUM_DB_USER=atrium_dev ATRIUM_DB_PASSWORD=atrium-dev \
    ATRIUM_MAIL_DIGEST_HOUR=0 ATRIUM_MAIL_POLL_SECONDS="$1" ATRIUM_JAVA_OPTS="$HEAP" \
    exec java -Xmx128m -jar "$ATRIUM_JAR" > "$OUT/$2.log" 2>&1) &
  SERVER_PID=$!
  for _ in $(seq 1 450); do
    curl -fs "$BASE/health/ready" > /dev/null && return
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "server exited, see $OUT/$2.log" >&2; exit 1; }
    sleep 1
  done
  echo "server not ready after 450 s, see $OUT/$2.log" >&2
  exit 1
}
stop_server() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=""
}
trap stop_server EXIT

[[ -f "$ATRIUM_JAR" ]] || { echo "no $ATRIUM_JAR: mvn -q -B package -DskipTests first" >&2; exit 1; }
mysql -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
rm -rf "$OUT/data"

say "server 1: fresh database $DB, mail worker idle (poll 3600 s), ATRIUM_JAVA_OPTS=$HEAP"
start_server 3600 server1
say "making $MEMBERS officials, members of the regional Atria ($CLIENTS clients)"
"${BENCH[@]}" members "$BASE" "$TOKEN" "$MEMBERS" "$CLIENTS" | tee -a "$RESULT"
EXPECTED=$(mysql -uroot -N -B -e "SELECT COUNT(*) FROM account WHERE enabled AND NOT placeholder AND username <> 'admin'" "$DB")
say "publishing guidance for the whole network ($EXPECTED recipients expected)"
"${BENCH[@]}" fanout "$BASE" "$TOKEN" "$DB" "$EXPECTED" | tee -a "$RESULT"
stop_server

DIGESTS=$(mysql -uroot -N -B -e "SELECT COUNT(*) FROM account WHERE enabled AND NOT placeholder AND email IS NOT NULL AND username <> 'admin'" "$DB")
say "server 2: the same database, mail worker every 2 s: the daily digest of $DIGESTS officials"
start_server 2 server2
"${BENCH[@]}" digest "$DB" "$DIGESTS" | tee -a "$RESULT"
mysql -uroot -t -e "SELECT kind, status, COUNT(*) FROM mail_message GROUP BY kind, status; SELECT kind, COUNT(*) FROM notification GROUP BY kind" "$DB" | tee -a "$RESULT"
say "done: $RESULT"
