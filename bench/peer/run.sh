#!/usr/bin/env bash
# Claimgraph side by side with PostGraphile v4 on one PostgreSQL database, as a front-end team choosing a GraphQL back
# end would try them: creates a fresh database, lets the service's PostgreSQL build migrate it (Flyway), loads
# bench/gen_dataset.py's dataset (10k articles, 100k claims, 2k actors, 5k locations), starts PostGraphile 4.14.1 with
# postgraphile-plugin-connection-filter 2.3.0 (pinned in package-lock.json; postgraphile-server.mjs, production
# settings: no query log, no GraphiQL) and the service (ingest off as on a read replica, access control on as in
# production, the image's JVM options and AOT cache, the reader Deployment's memory settings read from
# deploy/kubernetes/deployment.yaml), then drives both with
# the same seven scenarios, each written in the server's own schema (drive.mjs: autocannon, 32 connections, 10 s rounds
# alternating A B A B after a warm-up). Prints req/s, p50, p99 and errors per side and the ratio, the service's RSS
# after the run, and writes them with the machine into docs/performance.md ("Side by side with PostGraphile").
#
#   bench/peer/run.sh                         full run (about 10 minutes on 2 cores)
#   REBUILD=0 bench/peer/run.sh               reuse the PostgreSQL build of an earlier run (target/bench-peer/app)
#   KEEP_DB=1 REBUILD=0 bench/peer/run.sh     reuse the loaded database of an earlier run (no fresh load)
#   SCENARIOS="article by id" ...             only the scenarios whose names start so (comma-separated)
#   DOCS=0 ...                                results to target/bench-peer/results.md only
#   JAVA_OPTS_APPEND="..." ...                other JVM options than the manifest's (the memory settings)
#
# Needs: a JDK 17+ (JAVA; the JDK 25 the image runs when it is at /usr/lib/jvm/temurin-25-jdk-amd64), Node.js 18+
# with npm, python3, psql and a PostgreSQL 15 server (PGHOST, PGPORT, PGUSER; a superuser, as CI uses) that may
# create the database PEER_DB.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=bench/lib/pg.sh
. bench/lib/pg.sh

OUT="$(pwd)/target/bench-peer"
PEER_DIR="$(pwd)/bench/peer"
PEER_DB=${PEER_DB:-claimgraph_peer}
SERVICE_PORT=${SERVICE_PORT:-18080}
POSTGRAPHILE_PORT=${POSTGRAPHILE_PORT:-15000}
image_jvm
DB_URL="postgres://$PGUSER@$PGHOST:$PGPORT/$PEER_DB"
JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$PEER_DB"
mkdir -p "$OUT"
SERVICE_PID="" PEER_PID=""

stop() {
  if [ -n "$SERVICE_PID" ]; then kill "$SERVICE_PID" 2>/dev/null || true; wait "$SERVICE_PID" 2>/dev/null || true; SERVICE_PID=""; fi
  if [ -n "$PEER_PID" ]; then kill "$PEER_PID" 2>/dev/null || true; wait "$PEER_PID" 2>/dev/null || true; PEER_PID=""; fi
}
trap stop EXIT
build_pg_app
# the image's AOT cache (JDK 25): made as the image makes it, by src/main/docker/aot-training.sh on a scratch database
AOT_OPTS=""
if "$JAVA" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q AOTCacheOutput; then
  if [ ! -f "$OUT/app/app.aot" ]; then
    log "training the AOT cache"
    psql_db postgres -c "drop database if exists ${PEER_DB}_training with (force)"
    psql_db postgres -c "create database ${PEER_DB}_training"
    AOT_TRAINING_APP_DIR="$OUT/app" JAVA="$JAVA" JAVA_OPTS="$IMAGE_JAVA_OPTS" AOT_TRAINING_JAVA_OPTS="-Xmx128m" \
      AOT_TRAINING_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/${PEER_DB}_training" AOT_TRAINING_USERNAME="$PGUSER" \
      AOT_TRAINING_PASSWORD="${PGPASSWORD:-}" sh src/main/docker/aot-training.sh "$OUT/app/app.aot" >&2
    psql_db postgres -c "drop database ${PEER_DB}_training with (force)"
  fi
  if [ -f "$OUT/app/app.aot" ]; then AOT_OPTS="-XX:AOTCache=app.aot"; fi
fi
peer_tools "$PEER_DIR"

start_service() {
  (cd "$OUT/app" && exec env MALLOC_ARENA_MAX=2 QUARKUS_HTTP_PORT="$SERVICE_PORT" QUARKUS_DATASOURCE_JDBC_URL="$JDBC_URL" \
    QUARKUS_DATASOURCE_USERNAME="$PGUSER" QUARKUS_DATASOURCE_PASSWORD="${PGPASSWORD:-}" CLAIMGRAPH_INGEST_ENABLED=false \
    CLAIMGRAPH_AUTH_ENABLED=true MP_JWT_VERIFY_PUBLICKEY_LOCATION="$OUT/jwt-public.pem" MP_JWT_VERIFY_ISSUER=bench-peer \
    QUARKUS_SMALLRYE_GRAPHQL_UI_ENABLED=false CLAIMGRAPH_CURSOR_SECRET=bench-peer-cursor-key \
    "$JAVA" $IMAGE_JAVA_OPTS $AOT_OPTS $JAVA_OPTS_APPEND -jar quarkus-run.jar) >"$OUT/service.log" 2>&1 &
  SERVICE_PID=$!
  wait_for "http://127.0.0.1:$SERVICE_PORT/graphql" '{"query":"{ articles(first: 1) { edges { cursor } } }"}' "$SERVICE_PID" "$OUT/service.log"
}

if [ "${KEEP_DB:-0}" != 1 ]; then
  fresh_db "$PEER_DB" start_service stop
  log "loading the dataset"
  DATASET=$(python3 bench/gen_dataset.py "$OUT/dataset.sql")
  echo "$DATASET" >"$OUT/dataset.txt"
  psql_db "$PEER_DB" -f "$OUT/dataset.sql" >/dev/null
  psql_db "$PEER_DB" -f "$PEER_DIR/postgraphile.sql"
  psql_db "$PEER_DB" -c "vacuum analyze"
fi
DATASET=$(cat "$OUT/dataset.txt")

log "starting PostGraphile on $POSTGRAPHILE_PORT and the service on $SERVICE_PORT"
(cd "$PEER_DIR" && exec env NODE_ENV=production node postgraphile-server.mjs "$DB_URL" "$POSTGRAPHILE_PORT") >"$OUT/postgraphile.log" 2>&1 &
PEER_PID=$!
wait_for "http://127.0.0.1:$POSTGRAPHILE_PORT/graphql" '{"query":"{ allArticles(first: 1) { totalCount } }"}' "$PEER_PID" "$OUT/postgraphile.log"
start_service

log "driving both"
TABLE=$(cd "$PEER_DIR" && RESULTS_JSON="$OUT/rounds.json" node drive.mjs \
  Claimgraph "http://127.0.0.1:$SERVICE_PORT/graphql" claimgraph \
  PostGraphile "http://127.0.0.1:$POSTGRAPHILE_PORT/graphql" postgraphile)
RSS_MB=$(( $(ps -o rss= -p "$(pgrep -P "$SERVICE_PID" java || echo "$SERVICE_PID")" | tr -d ' ') / 1024 ))
stop

{
  machine_lines
  echo "- database: $(psql_db postgres -c 'show server_version' | cut -d' ' -f1) on the same machine; dataset: ${DATASET%% ->*}"
  echo "- Claimgraph: PostgreSQL build, $("$JAVA" -version 2>&1 | head -1), $IMAGE_JAVA_OPTS $AOT_OPTS $JAVA_OPTS_APPEND, access control on, ingest off"
  echo "- PostGraphile: $(node -p 'require("./bench/peer/node_modules/postgraphile/package.json").version') with postgraphile-plugin-connection-filter $(node -p 'require("./bench/peer/node_modules/postgraphile-plugin-connection-filter/package.json").version'), Node.js $(node --version), production settings (bench/peer/postgraphile-server.mjs)"
  echo "- load: autocannon $(node -p 'require("./bench/peer/node_modules/autocannon/package.json").version'), ${CONNECTIONS:-32} connections, ${DURATION:-10} s rounds alternating, ${ROUNDS:-2} per side after 2 × ${WARMUP:-10} s warm-up per side"
  echo "- Claimgraph's RSS after the run: $RSS_MB MB"
  echo
  echo "$TABLE"
} >"$OUT/results.md"
publish_results bench/peer "Side by side with PostGraphile (bench/peer)"
