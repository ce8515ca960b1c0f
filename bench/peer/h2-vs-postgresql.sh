#!/usr/bin/env bash
# The service's two builds side by side on the same data: the H2 default (an H2 file) and the PostgreSQL build (a
# PostgreSQL 15 database), both loaded with bench/gen_dataset.py's dataset and driven by drive.mjs with bench/peer's
# seven scenarios in one run (autocannon, 32 connections, 10 s rounds alternating A B A B after a warm-up). Both run
# as bench/peer runs the service: the image's JVM options and the reader Deployment's memory settings, ingest off,
# access control on; no AOT cache on either, so that neither starts warmer. The H2 build keeps its database's page
# cache in its own heap, where PostgreSQL keeps it in shared_buffers outside the service: so the H2 build gets the
# same memory for it, a cache of shared_buffers' size (claimgraph.h2-cache-kb) and a heap that much larger
# (SAME_HEAP=1: both builds with the reader's heap, and the service's default H2 cache). Prints req/s, p50, p99 and errors
# per build and the ratio H2 / PostgreSQL, and writes them with the machine into docs/performance.md ("The H2
# default and the PostgreSQL build").
#
#   bench/peer/h2-vs-postgresql.sh             full run (about 12 minutes on 2 cores)
#   REBUILD=0 bench/peer/h2-vs-postgresql.sh   reuse the two builds of an earlier run (target/bench-h2pg/)
#   SCENARIOS=..., DOCS=0, JAVA_OPTS_APPEND=...   as for bench/peer/run.sh
#
# Needs what bench/peer/run.sh needs (a JDK 17+, Node.js 18+ with npm, python3, psql and a PostgreSQL 15 server).
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=bench/lib/pg.sh
. bench/lib/pg.sh

OUT="$(pwd)/target/bench-h2pg"
PEER_DIR="$(pwd)/bench/peer"
DB=${H2PG_DB:-claimgraph_h2pg}
H2_PORT=${H2_PORT:-18081}
PG_PORT_HTTP=${PG_PORT_HTTP:-18082}
image_jvm
JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB"
mkdir -p "$OUT"
H2_PID="" PG_PID=""

stop() {
  for pid in "$H2_PID" "$PG_PID"; do
    if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  done
  H2_PID="" PG_PID=""
}
trap stop EXIT

# the PostgreSQL build first (build_pg_app packages into target/, then copies), then the H2 default over it
build_pg_app
if [ ! -f "$OUT/h2app/quarkus-run.jar" ] || [ "${REBUILD:-1}" = 1 ]; then
  log "building the service for H2 (the default)"
  ./mvnw -B -q -ntp package -DskipTests
  rm -rf "$OUT/h2app" && cp -a target/quarkus-app "$OUT/h2app"
fi
peer_tools "$PEER_DIR"

# start APP_DIR PORT LOG [VAR=value ...]: the service as bench/peer runs it; sets LAST_PID
start() {
  local dir=$1 port=$2 logfile=$3
  shift 3
  (cd "$dir" && exec env MALLOC_ARENA_MAX=2 QUARKUS_HTTP_PORT="$port" CLAIMGRAPH_INGEST_ENABLED=false \
    CLAIMGRAPH_AUTH_ENABLED=true MP_JWT_VERIFY_PUBLICKEY_LOCATION="$OUT/jwt-public.pem" MP_JWT_VERIFY_ISSUER=bench-h2pg \
    QUARKUS_SMALLRYE_GRAPHQL_UI_ENABLED=false CLAIMGRAPH_CURSOR_SECRET=bench-h2pg-cursor-key "$@" \
    "$JAVA" $IMAGE_JAVA_OPTS $JAVA_OPTS_APPEND ${START_OPTS:-} -jar quarkus-run.jar) >"$logfile" 2>&1 &
  LAST_PID=$!
  wait_for "http://127.0.0.1:$port/graphql" '{"query":"{ articles(first: 1) { edges { cursor } } }"}' "$LAST_PID" "$logfile"
}
# the memory PostgreSQL caches pages in, in MB, and the reader's heap: the H2 build gets both (unless SAME_HEAP=1)
SHARED_BUFFERS_MB=$(psql_db postgres \
  -c "select setting::bigint * 8 / 1024 from pg_settings where name = 'shared_buffers'")
READER_HEAP_MB=$(grep -o -- '-Xmx[0-9]*m' <<<"$IMAGE_JAVA_OPTS $JAVA_OPTS_APPEND" | tail -1 | tr -dc 0-9)
H2_OPTS="" H2_ENV=() H2_CACHE="the service's default H2 page cache"
if [ "${SAME_HEAP:-0}" != 1 ]; then
  H2_OPTS="-Xmx$((READER_HEAP_MB + SHARED_BUFFERS_MB))m"
  H2_ENV=(CLAIMGRAPH_H2_CACHE_KB=$((SHARED_BUFFERS_MB * 1024)))
  H2_CACHE="an H2 page cache of $SHARED_BUFFERS_MB MB"
fi
start_h2() {
  START_OPTS=$H2_OPTS start "$OUT/h2app" "$H2_PORT" "$OUT/h2.log" CLAIMGRAPH_DATA_DIR="$OUT/h2data" "${H2_ENV[@]}"
  H2_PID=$LAST_PID
}
start_pg() {
  start "$OUT/app" "$PG_PORT_HTTP" "$OUT/pg.log" QUARKUS_DATASOURCE_JDBC_URL="$JDBC_URL" \
    QUARKUS_DATASOURCE_USERNAME="$PGUSER" QUARKUS_DATASOURCE_PASSWORD="${PGPASSWORD:-}"
  PG_PID=$LAST_PID
}

log "the dataset"
DATASET=$(python3 bench/gen_dataset.py "$OUT/dataset.sql")
fresh_db "$DB" start_pg stop
psql_db "$DB" -f "$OUT/dataset.sql" >/dev/null
psql_db "$DB" -c "vacuum analyze"
rm -rf "$OUT/h2data"
start_h2 # the service's migrations make the H2 file's schema
stop
H2_JAR=$(ls "$OUT"/h2app/lib/main/com.h2database.h2-*.jar)
"$JAVA" -cp "$H2_JAR" org.h2.tools.RunScript -url "jdbc:h2:file:$OUT/h2data/claimgraph" -user claimgraph \
  -script "$OUT/dataset.sql"

log "starting both builds"
start_h2
start_pg
log "driving both"
TABLE=$(cd "$PEER_DIR" && RESULTS_JSON="$OUT/rounds.json" node drive.mjs \
  "H2" "http://127.0.0.1:$H2_PORT/graphql" claimgraph \
  "PostgreSQL" "http://127.0.0.1:$PG_PORT_HTTP/graphql" claimgraph)
rss() { echo $(( $(ps -o rss= -p "$1" | tr -d ' ') / 1024 )); }
H2_RSS=$(rss "$H2_PID")
PG_RSS=$(rss "$PG_PID")
stop

{
  machine_lines
  echo "- database: an H2 file (the default build) and PostgreSQL $(psql_db postgres -c 'show server_version' | cut -d' ' -f1) on the same machine; dataset: ${DATASET%% ->*}"
  echo "- both builds: $("$JAVA" -version 2>&1 | head -1), $IMAGE_JAVA_OPTS $JAVA_OPTS_APPEND, no AOT cache, access control on, ingest off"
  echo "- the H2 build: ${H2_OPTS:-no more options}, $H2_CACHE (PostgreSQL's shared_buffers: $SHARED_BUFFERS_MB MB)"
  echo "- load: autocannon $(node -p 'require("./bench/peer/node_modules/autocannon/package.json").version'), ${CONNECTIONS:-32} connections, ${DURATION:-10} s rounds alternating, ${ROUNDS:-2} per side after 2 × ${WARMUP:-10} s warm-up per side"
  echo "- RSS after the run: H2 build $H2_RSS MB, PostgreSQL build $PG_RSS MB"
  echo
  echo "$TABLE"
} >"$OUT/results.md"
publish_results bench/peer/h2-vs-postgresql "The H2 default and the PostgreSQL build side by side (bench/peer/h2-vs-postgresql.sh)"
