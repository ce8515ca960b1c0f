#!/bin/sh
# The training run of the JVM's AOT cache (JDK 25: classes loaded and linked, method profiles), run while the image
# is built, by the image's own java, so that the cache matches the JVM and the class path it will run with:
#
#   aot-training.sh /deployments/app.aot
#
# It starts the application as a read replica (ingest off, access control off, on 127.0.0.1 only) with
# -XX:AOTCacheOutput, sends it the requests a replica answers first (health, the list queries with their nested
# fields, a timeline, a map, a created and read actor), stops it, and the JVM writes the cache as it exits. The cache
# is trained on reads: the start of every replica, the ingest writer's too, is the same up to its first answer; the
# writer loads its ingest classes after that, as it loads its models.
#
# Database: the H2 build trains on an empty file under /tmp (removed afterwards). The PostgreSQL build needs a
# database to start against: give it AOT_TRAINING_JDBC_URL, AOT_TRAINING_USERNAME and AOT_TRAINING_PASSWORD (an
# empty scratch database; the training run migrates it and creates one actor). Without one, no cache is made and the
# image starts without it. The JVM options must be those the containers run with (JAVA_OPTS of the image, plus a
# memory setting like the manifests'): a cache made with another collector is not used. Outside the image (bench/peer),
# AOT_TRAINING_APP_DIR names the application's directory and JAVA the java to run.
set -eu
CACHE=${1:-/deployments/app.aot}
PORT=18079
DATA=/tmp/aot-training-$$
cd "${AOT_TRAINING_APP_DIR:-/deployments}"
if [ -n "${AOT_TRAINING_JDBC_URL:-}" ]; then
  export QUARKUS_DATASOURCE_JDBC_URL="$AOT_TRAINING_JDBC_URL" QUARKUS_DATASOURCE_USERNAME="${AOT_TRAINING_USERNAME:-}" \
         QUARKUS_DATASOURCE_PASSWORD="${AOT_TRAINING_PASSWORD:-}"
fi
# a cursor key of its own: prod mode refuses the built-in one, and no cursor of this run outlives it
CLAIMGRAPH_DATA_DIR=$DATA CLAIMGRAPH_AUTH_ENABLED=false CLAIMGRAPH_INGEST_ENABLED=false \
CLAIMGRAPH_CURSOR_SECRET="aot-training-$$-$(date +%s)" \
QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$PORT \
  "${JAVA:-java}" $JAVA_OPTS ${AOT_TRAINING_JAVA_OPTS:-} -XX:AOTCacheOutput="$CACHE" -jar quarkus-run.jar >/tmp/aot-training.log 2>&1 &
PID=$!

post() {
  curl -sf --max-time 30 -H 'Content-Type: application/json' --data "$1" "http://127.0.0.1:$PORT/graphql"
}
ready=0
for _ in $(seq 1 600); do
  if post '{"query":"{ articles(first: 1) { totalCount } }"}' >/dev/null 2>&1; then ready=1; break; fi
  kill -0 "$PID" 2>/dev/null || break
  sleep 0.2
done
if [ "$ready" != 1 ]; then
  echo "AOT training run: the application did not start; no cache made" >&2
  tail -30 /tmp/aot-training.log >&2
  kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true
  rm -rf "$DATA" /tmp/aot-training.log "$CACHE"
  exit 0
fi
ACTOR=$(post '{"query":"mutation { createActor(input: {name: \"Training Agency\", type: ORGANIZATION, aliases: [\"TA\"]}) { id } }"}' \
  | sed -n 's/.*"id":"\([0-9]*\)".*/\1/p')
for _ in $(seq 1 20); do
  for q in \
    '{"query":"{ articles(first: 20) { totalCount edges { cursor node { id url headline publishedAt claims { id text certainty hedges status assertedBy { name type } subjects { name } locations { name parent { name } } quantities { value unit measure } time { start end precision } } } } pageInfo { endCursor hasNextPage } } }"}' \
    '{"query":"query($id: ID!) { article(id: $id) { id headline claims { id text } } }","variables":{"id":"1"}}' \
    '{"query":"{ claims(filter: {actorId: \"1\"}, first: 20) { totalCount edges { node { text certainty relations { kind } } } pageInfo { endCursor } } }"}' \
    '{"query":"{ claims(filter: {certainty: [REPORTED], text: \"troops\"}, first: 5) { edges { node { text } } } }"}' \
    "{\"query\":\"{ actor(id: \\\"${ACTOR:-1}\\\") { name type aliases claims(first: 5) { edges { node { text } } } } actors(first: 10) { edges { node { name } } } }\"}" \
    '{"query":"{ locations(filter: {within: {south: 44, west: 22, north: 53, east: 41}}) { edges { node { name parent { name } } } } }"}' \
    '{"query":"{ claimTimeline(interval: WEEK, from: \"2025-01-01\", to: \"2025-03-31\", groupBy: LOCATION, top: 3) { total buckets { start count } } }"}' \
    '{"query":"{ claimsGeoJson(filter: {status: [DISPUTED]}) { type features { id properties { name claimCount } } } }"}'; do
    post "$q" >/dev/null || true
  done
  curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null || true
done
kill -TERM "$PID"
wait "$PID" || true   # the cache is written as the JVM exits
rm -rf "$DATA" /tmp/aot-training.log
test -s "$CACHE" && echo "AOT cache written: $CACHE ($(du -m "$CACHE" | cut -f1) MB)"
