#!/usr/bin/env bash
# Several Atrium nodes on this machine (loopback), one MariaDB, a shared files folder: for trying
# out and measuring a cluster without Docker. Run from the repository root after
# `mvn -o -q -B package -DskipTests`.
#
#   scripts/cluster-local.sh start [N]     start N nodes (default ATRIUM_NODES or 2), wait until all are ready
#   scripts/cluster-local.sh start-node I  (re)start node I (1..N) alone, e.g. after it was killed
#   scripts/cluster-local.sh stop [I]      stop every node (or node I): TERM, then KILL after a wait
#   scripts/cluster-local.sh status        readiness of each node
#
# Settings (environment, defaults in brackets):
#   ATRIUM_DB_URL [jdbc:mariadb://127.0.0.1:3306/atrium_cluster]  one database for all nodes
#   ATRIUM_DB_USER [atrium_dev], ATRIUM_DB_PASSWORD [atrium-dev]  a local development user
#   CLUSTER_WORK_DIR [/tmp/atrium-cluster]  per node: node-I/data, node-I.log, node-I.pid; and secrets
#   ATRIUM_FILES_DIR [$CLUSTER_WORK_DIR/files]  the files folder all nodes share
#   CLUSTER_HTTP_PORT [18181]  node I answers on CLUSTER_HTTP_PORT + I - 1
#   CLUSTER_GRID_PORT [5910]   node I's data grid port is CLUSTER_GRID_PORT + I - 1
#   ATRIUM_NODES [2]           how many nodes make the cluster (all of them are members)
#   CLUSTER_READY_SECONDS [300] how long start waits for /health/ready
#   CLUSTER_STOP_SECONDS [30]   how long stop waits after TERM before KILL
#   ATRIUM_ADMIN_PASSWORD, ATRIUM_ADMIN_TOKEN: when unset, random ones are made once and kept in
#     $CLUSTER_WORK_DIR/admin-password and admin-token (owner-readable only)
#   ATRIUM_JAVA_OPTS [-Xmx512m]; any other ATRIUM_* variable is passed on to every node.
set -euo pipefail

cd "$(dirname "$0")/.."

WORK=${CLUSTER_WORK_DIR:-/tmp/atrium-cluster}
NODES=${ATRIUM_NODES:-2}
HTTP_BASE=${CLUSTER_HTTP_PORT:-18181}
GRID_BASE=${CLUSTER_GRID_PORT:-5910}
READY_SECONDS=${CLUSTER_READY_SECONDS:-300}
STOP_SECONDS=${CLUSTER_STOP_SECONDS:-30}
JAR=${ATRIUM_JAR:-target/atrium.jar}

export ATRIUM_DB_URL=${ATRIUM_DB_URL:-jdbc:mariadb://127.0.0.1:3306/atrium_cluster}
export ATRIUM_DB_USER=${ATRIUM_DB_USER:-atrium_dev}
export ATRIUM_DB_PASSWORD=${ATRIUM_DB_PASSWORD:-atrium-dev}
export ATRIUM_FILES_DIR=${ATRIUM_FILES_DIR:-$WORK/files}
export ATRIUM_JAVA_OPTS=${ATRIUM_JAVA_OPTS:--Xmx512m}

die() { echo "cluster-local: $*" >&2; exit 1; }

http_port() { echo $((HTTP_BASE + $1 - 1)); }
grid_port() { echo $((GRID_BASE + $1 - 1)); }
pid_file() { echo "$WORK/node-$1.pid"; }
log_file() { echo "$WORK/node-$1.log"; }

# The nodes started last time (kept so start-node, stop and status agree with start).
count() {
    if [[ -f $WORK/nodes ]]; then cat "$WORK/nodes"; else echo "$NODES"; fi
}

members() {
    local n=$1 i list=""
    for ((i = 1; i <= n; i++)); do list+="${list:+,}127.0.0.1:$(grid_port "$i")"; done
    echo "$list"
}

# A node runs as its own process group (setsid): the launcher and the Payara JVM it starts.
running() {
    local file pid
    file=$(pid_file "$1")
    [[ -f $file ]] || return 1
    pid=$(cat "$file")
    # a live process in the node's session (setsid), or the launcher itself during the instant before
    # setsid; zombies (a killed node not yet reaped) do not count
    ps -o stat= --sid "$pid" -p "$pid" 2> /dev/null | grep -qv '^Z'
}

secret() {
    local name=$1 file="$WORK/$2"
    if [[ -n ${!name:-} ]]; then return; fi
    if [[ ! -s $file ]]; then
        (umask 077 && head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$file")
    fi
    echo "$name: not set, a random one is kept in $file"
    export "$name=$(cat "$file")"
}

ready() {
    curl -fsS -m 5 "http://127.0.0.1:$(http_port "$1")/health/ready" > /dev/null 2>&1
}

start_node() {
    local i=$1 n=$2 log
    log=$(log_file "$i")
    if running "$i"; then
        echo "node-$i already runs (pid $(cat "$(pid_file "$i")"))"
        return
    fi
    if ! [[ $i =~ ^[0-9]+$ ]] || ((i < 1 || i > n)); then die "no node $i in a cluster of $n"; fi
    mkdir -p "$WORK/node-$i/data"
    [[ -f $log ]] && mv "$log" "$log.1" # the previous run's log, e.g. of a node that was killed
    echo "node-$i: http://127.0.0.1:$(http_port "$i"), data grid 127.0.0.1:$(grid_port "$i"), log $log"
    ATRIUM_DATA_DIR="$WORK/node-$i/data" \
        ATRIUM_HTTP_PORT=$(http_port "$i") \
        ATRIUM_NODE="node-$i" \
        ATRIUM_CLUSTER_MEMBERS=$(members "$n") \
        ATRIUM_CLUSTER_PORT=$(grid_port "$i") \
        ATRIUM_CLUSTER_INTERFACE=127.0.0.1 \
        setsid java -jar "$JAR" >> "$log" 2>&1 < /dev/null &
    echo $! > "$(pid_file "$i")"
}

wait_ready() {
    local deadline=$((SECONDS + READY_SECONDS)) i pending
    while :; do
        pending=()
        for i in "$@"; do
            if ! running "$i"; then
                die "node-$i stopped while starting; see $(log_file "$i"):
$(tail -n 15 "$(log_file "$i")")"
            fi
            ready "$i" || pending+=("$i")
        done
        ((${#pending[@]} == 0)) && return
        if ((SECONDS > deadline)); then
            for i in "${pending[@]}"; do
                echo "cluster-local: node-$i not ready after ${READY_SECONDS}s; see $(log_file "$i")" >&2
            done
            exit 1
        fi
        sleep 2
    done
}

stop_node() {
    local i=$1 file pid waited=0
    file=$(pid_file "$i")
    if ! running "$i"; then
        rm -f "$file"
        echo "node-$i: not running"
        return
    fi
    pid=$(cat "$file")
    # the whole group: the launcher passes TERM on to Payara, a group also catches a Payara child
    # that outlived a launcher killed with KILL
    kill -TERM -- "-$pid" 2> /dev/null || kill -TERM "$pid" 2> /dev/null || true
    while running "$i" && ((waited < STOP_SECONDS)); do
        sleep 1
        waited=$((waited + 1))
    done
    if running "$i"; then
        echo "node-$i: still running after ${STOP_SECONDS}s, KILL"
        kill -KILL -- "-$pid" 2> /dev/null || true
    fi
    rm -f "$file"
    echo "node-$i: stopped"
}

status() {
    local n i state body
    n=$(count)
    for ((i = 1; i <= n; i++)); do
        if running "$i"; then
            state="running (pid $(cat "$(pid_file "$i")"))"
        else
            state="not running"
        fi
        body=$(curl -sS -m 5 "http://127.0.0.1:$(http_port "$i")/health/ready" 2> /dev/null | tr -d '\n' | cut -c1-300 || true)
        if ready "$i"; then
            echo "node-$i http://127.0.0.1:$(http_port "$i") $state: READY $body"
        else
            echo "node-$i http://127.0.0.1:$(http_port "$i") $state: NOT READY ${body:-(no answer)}"
        fi
    done
}

command=${1:-start}
mkdir -p "$WORK"
case $command in
    start)
        n=${2:-$NODES}
        [[ $n =~ ^[1-9][0-9]*$ ]] || die "start needs a number of nodes, not '$n'"
        [[ -f $JAR ]] || die "$JAR is missing: run mvn -o -q -B package -DskipTests first"
        for ((i = 1; i <= $(count); i++)); do
            if running "$i" && ((i > n || $(count) != n)); then
                die "a cluster of $(count) runs in $WORK: stop it first"
            fi
        done
        echo "$n" > "$WORK/nodes"
        mkdir -p "$ATRIUM_FILES_DIR"
        secret ATRIUM_ADMIN_PASSWORD admin-password
        secret ATRIUM_ADMIN_TOKEN admin-token
        echo "database $ATRIUM_DB_URL, shared files $ATRIUM_FILES_DIR"
        for ((i = 1; i <= n; i++)); do start_node "$i" "$n"; done
        wait_ready $(seq 1 "$n")
        echo "all $n nodes ready:"
        for ((i = 1; i <= n; i++)); do echo "  http://127.0.0.1:$(http_port "$i")"; done
        ;;
    start-node)
        i=${2:?start-node needs the node number}
        if ! [[ $i =~ ^[0-9]+$ ]] || ((i < 1 || i > $(count))); then die "no node $i in a cluster of $(count)"; fi
        [[ -f $JAR ]] || die "$JAR is missing: run mvn -o -q -B package -DskipTests first"
        secret ATRIUM_ADMIN_PASSWORD admin-password
        secret ATRIUM_ADMIN_TOKEN admin-token
        start_node "$i" "$(count)"
        wait_ready "$i"
        echo "node-$i ready: http://127.0.0.1:$(http_port "$i")"
        ;;
    stop)
        if [[ -n ${2:-} ]]; then
            stop_node "$2"
        else
            for ((i = 1; i <= $(count); i++)); do stop_node "$i"; done
        fi
        ;;
    status)
        status
        ;;
    *)
        die "unknown command '$command' (start [N], start-node I, stop [I], status)"
        ;;
esac
