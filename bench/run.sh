#!/usr/bin/env bash
# Claimgraph benchmark: builds the packaged app, loads a deterministic synthetic dataset (about 10k articles,
# 100k claims, 2k actors, 5k locations), starts the jar and drives it with wrk on this machine, then measures
# ingest throughput and extraction time. Results go to target/bench/results.md (copy them into
# docs/performance.md with the machine they ran on).
#
#   bench/run.sh            full run (about 12 minutes on 2 cores)
#   DURATION=5 bench/run.sh shorter load phases; REBUILD=0 reuses the existing builds and AOT caches
#   BUILD_ONLY=1 bench/run.sh   the builds alone, for a later REBUILD=0 run
#   PHASES="startup memory" bench/run.sh  only the named phases (default: startup memory load ingest): start-up
#                               against the framework's floor, memory with the manifests' settings, the read load, ingest;
#                               "profile" (not in the default, after "startup") profiles the start: the JVM's counters,
#                               Quarkus's step timings, each extension's cost alone (bench/startup_memory.sh says what
#                               these measure); MEMORY_NMT=1 adds the JVM's native memory summaries to the memory phase
#   INGEST_ONLY=1 bench/run.sh  the ingest and extraction measures alone (about 6 minutes, no start-up cache);
#                               each ingest measure warms up on INGEST_WARMUP articles (6000), then sends
#                               INGEST_ROUNDS rounds (3) of INGEST_ARTICLES (2000) and reports the median round
#
# Start-up cache: with a JDK 25 (JAVA25, default /usr/lib/jvm/temurin-25-jdk-amd64) the app runs on it with an AOT
# cache (JEP 483/514) made by a training run of the same scenarios; without one it runs on the default java with an
# AppCDS archive. Needs: a JDK 17+, python3, and wrk (installed with apt-get when missing and run as root).
set -euo pipefail
cd "$(dirname "$0")/.."

OUT="$(pwd)/target/bench"
PORT=${PORT:-18090}
DURATION=${DURATION:-15}
CONNECTIONS=${CONNECTIONS:-16}
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
if [ -z "${JAVA:-}" ] && [ -x "$JAVA25" ]; then JAVA=$JAVA25; AOT=1; else JAVA=${JAVA:-java}; AOT=0; fi
# a small heap and the serial collector (see docs/performance.md for why not smaller)
JAVA_OPTS=${JAVA_OPTS:--Xmx256m -XX:+UseSerialGC}
URL="http://127.0.0.1:$PORT/graphql"
# prod mode refuses to start with the built-in cursor key: every start of the service here (and in
# bench/startup_memory.sh) inherits this one, which needs to be no secret
export CLAIMGRAPH_CURSOR_SECRET=${CLAIMGRAPH_CURSOR_SECRET:-bench-cursor-key}
PHASES=${PHASES:-startup memory load ingest}
if [ "${INGEST_ONLY:-0}" = 1 ]; then PHASES=ingest; fi
phase() { case " $PHASES " in *" $1 "*) return 0 ;; esac; return 1; }
STARTUP_ROWS=""
MEMORY_ROWS=""
PROFILE_ROWS=""
mkdir -p "$OUT"
RESULTS="$OUT/results.md"
APP_PID=""

log() { printf '== %s\n' "$*" >&2; }
stop_app() { if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; fi; }
trap stop_app EXIT

if ! command -v wrk >/dev/null; then
  log "installing wrk"
  apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi
if [ "$AOT" = 1 ]; then
  if [ ! -f target/quarkus-app/quarkus-run.jar ] || [ "${REBUILD:-1}" = 1 ]; then
    log "building the app"
    ./mvnw -B -q package -DskipTests
    rm -f target/quarkus-app/app.aot
  fi
else
  if [ ! -f target/quarkus-app/app-cds.jsa ] || [ "${REBUILD:-1}" = 1 ]; then
    log "building the app, with an AppCDS archive for a faster start"
    ./mvnw -B -q package -DskipTests -Dquarkus.package.jar.appcds.enabled=true
  fi
  # the archive matches the class path it was made with: run from target/quarkus-app, as -jar quarkus-run.jar
  JAVA_OPTS="$JAVA_OPTS -XX:SharedArchiveFile=app-cds.jsa -Xshare:auto"
fi

# BUILD_ONLY=1: the builds alone (the service, and the start-up phase's apps), e.g. outside the timed run
if [ "${BUILD_ONLY:-0}" = 1 ]; then
  # shellcheck source=bench/startup_memory.sh
  . bench/startup_memory.sh
  build_startup_apps
  if phase profile; then build_profile_apps; fi
  exit 0
fi

# start_app ENV...: starts the jar on the bench data and waits for its first successful GraphQL answer;
# sets START_MS to the milliseconds that took (not printed: a $(...) subshell would lose APP_PID)
START_MS=""
start_app() {
  local started now
  started=$(date +%s%N)
  # access control is on in prod mode; the bench measures the service, not token handling (queries are open
  # anyway, and ingest would verify one token per batch), so it runs with it off
  (cd target/quarkus-app && exec env CLAIMGRAPH_DATA_DIR="$OUT/data" QUARKUS_HTTP_PORT="$PORT" CLAIMGRAPH_AUTH_ENABLED=false "$@" \
    "$JAVA" ${JAVA_OPTS:-} -jar quarkus-run.jar) >"$OUT/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 6000); do
    if curl -sf -H 'Content-Type: application/json' -d '{"query":"{ articles(first: 1) { edges { cursor } } }"}' "$URL" 2>/dev/null | grep -q '"data"'; then
      now=$(date +%s%N); START_MS=$(( (now - started) / 1000000 )); return 0
    fi
    kill -0 "$APP_PID" 2>/dev/null || { cat "$OUT/app.log" >&2; return 1; }
    sleep 0.01
  done
  return 1
}

gql() { curl -sf -H 'Content-Type: application/json' -d "$1" "$URL"; }

if phase startup || phase memory || phase profile || phase load; then
log "generating the dataset"
rm -rf "$OUT/data"
DATASET=$(python3 bench/gen_dataset.py "$OUT/dataset.sql")
log "creating the schema"
start_app
stop_app
log "loading the dataset"
H2_JAR=$(ls target/quarkus-app/lib/main/com.h2database.h2-*.jar)
"$JAVA" -cp "$H2_JAR" org.h2.tools.RunScript -url "jdbc:h2:file:$OUT/data/claimgraph" -user claimgraph -script "$OUT/dataset.sql"

# the scenarios: name, request body (%ID% becomes a random id up to the given maximum)
declare -a NAMES BODIES MAXIDS
add() { NAMES+=("$1"); BODIES+=("$2"); MAXIDS+=("$3"); }
add "article by id with claims" '{"query":"query($id: ID!) { article(id: $id) { id headline publishedAt claims { id text certainty hedges } } }","variables":{"id":"%ID%"}}' 10000
add "20 articles with claims, asserters, locations" '{"query":"{ articles(first: 20) { edges { node { headline claims { text certainty assertedBy { name } locations { name parent { name } } } } } pageInfo { endCursor hasNextPage } } }"}' 0
add "claims by actor, page 1" '{"query":"{ claims(filter: {actorId: \"1\"}, first: 20) { edges { node { text certainty } } pageInfo { endCursor hasNextPage } } }"}' 0
# a page size from 1 to 20, so that H2 cannot answer a request with the result it kept from the one before
add "claims by certainty, page 1" '{"query":"{ claims(filter: {certainty: [REPORTED]}, first: %ID%) { edges { node { text certainty } } pageInfo { endCursor hasNextPage } } }"}' 20
PAGE200_CURSOR=""
add "actor with claims(first: 5)" '{"query":"query($id: ID!) { actor(id: $id) { name claims(first: 5) { edges { node { text } } } } }","variables":{"id":"%ID%"}}' 2000

# shellcheck source=bench/startup_memory.sh
. bench/startup_memory.sh
if phase startup; then startup_phase; fi
if phase memory; then memory_phase; fi
if phase profile; then profile_phase; fi

if phase load; then
if [ "$AOT" = 1 ] && [ ! -f target/quarkus-app/app.aot ]; then
  log "training run for the AOT cache"
  BASE_OPTS=$JAVA_OPTS
  JAVA_OPTS="$BASE_OPTS -XX:AOTCacheOutput=app.aot"
  cp -a "$OUT/data" "$OUT/data.clean"   # the training ingest must not change the measured dataset
  start_app
  for i in "${!NAMES[@]}"; do
    for n in $(seq 1 50); do gql "${BODIES[$i]//%ID%/$n}" >/dev/null || true; done
  done
  python3 bench/ingest_bench.py "$URL" src/test/resources/articles/seed-kursk.txt --articles 20 --warmup 20 >/dev/null
  stop_app   # the cache is written as the JVM exits
  rm -rf "$OUT/data" && mv "$OUT/data.clean" "$OUT/data"
  JAVA_OPTS=$BASE_OPTS
fi
if [ "$AOT" = 1 ]; then JAVA_OPTS="$JAVA_OPTS -XX:AOTCache=app.aot"; fi

log "walking to page 200 of the hot actor's claims"
start_app
after=null
for _ in $(seq 1 199); do
  body=$(printf '{"query":"query($after: String) { claims(filter: {actorId: \\"1\\"}, first: 20, after: $after) { pageInfo { endCursor } } }","variables":{"after":%s}}' "$after")
  after=$(gql "$body" | python3 -c 'import json,sys; print(json.dumps(json.load(sys.stdin)["data"]["claims"]["pageInfo"]["endCursor"]))')
done
NAMES+=("claims by actor, page 200")
BODIES+=("$(printf '{"query":"query($after: String) { claims(filter: {actorId: \\"1\\"}, first: 20, after: $after) { edges { node { text certainty } } pageInfo { endCursor hasNextPage } } }","variables":{"after":%s}}' "$after")")
MAXIDS+=(0)
stop_app

log "SQL statements per request"
declare -a STATEMENTS
start_app QUARKUS_HIBERNATE_ORM_LOG_SQL=true >/dev/null
for i in "${!NAMES[@]}"; do
  body=${BODIES[$i]//%ID%/7}
  gql "$body" >/dev/null   # once to warm caches
  before=$(grep -c '\[Hibernate\]' "$OUT/app.log" || true)
  gql "$body" >/dev/null
  sleep 0.3
  after_count=$(grep -c '\[Hibernate\]' "$OUT/app.log" || true)
  STATEMENTS[$i]=$((after_count - before))
done
stop_app

log "load: ${DURATION}s per scenario, $CONNECTIONS connections"
start_app
for i in "${!NAMES[@]}"; do   # warm-up: JIT and caches
  BENCH_BODY=${BODIES[$i]} BENCH_MAX_ID=${MAXIDS[$i]} wrk -t2 -c"$CONNECTIONS" -d5s -s bench/graphql.lua "http://127.0.0.1:$PORT" >/dev/null
done
{
  echo "# Claimgraph benchmark results"
  echo
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo "- machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo "- java: $("$JAVA" -version 2>&1 | head -1)"
  echo "- dataset: ${DATASET%% ->*}, on H2 (file)"
  echo "- JVM options: ${JAVA_OPTS}"
  echo "- load: wrk, 2 threads, $CONNECTIONS connections, ${DURATION}s per scenario, on the same machine"
  echo
  echo "| scenario | req/s | p50 | p99 | SQL statements / request | GraphQL errors |"
  echo "|---|---|---|---|---|---|"
} >"$RESULTS"
for i in "${!NAMES[@]}"; do
  report=$(BENCH_BODY=${BODIES[$i]} BENCH_MAX_ID=${MAXIDS[$i]} wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s bench/graphql.lua "http://127.0.0.1:$PORT")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$report")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$report")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$report")
  errors=$(awk '/graphql_errors/ {print $2}' <<<"$report")
  echo "| ${NAMES[$i]} | $rps | $p50 | $p99 | ${STATEMENTS[$i]} | $errors |" >>"$RESULTS"
done
RSS_KB=$(ps -o rss= -p "$APP_PID" | tr -d ' ')
stop_app
fi

fi
if ! phase load; then
  {
    echo "# Claimgraph benchmark results ($PHASES)"
    echo
    echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
    echo "- machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
    echo "- java: $("$JAVA" -version 2>&1 | head -1)"
    echo "- JVM options: ${JAVA_OPTS}"
  } >"$RESULTS"
fi

if phase ingest; then
# extraction alone is pure CPU on one thread, no database and no network: taken before and after the ingest measures,
# it shows how fast the machine ran meanwhile (on a shared machine the same build's figures drift by half and more)
extraction() { "$JAVA" -cp "$(ls target/quarkus-app/app/*.jar):target/quarkus-app/lib/main/*" bench/ExtractionBench.java src/test/resources/articles/seed-kursk.txt; }
log "extraction time, before the ingest measures"
EXTRACTION_BEFORE=$(extraction)

log "ingest throughput"
# Ingest runs with the heap a pod gets from deploy/kubernetes (70% of its 768 MiB limit, about 537 MB), the two C2
# compiler threads the container image starts it with (src/main/docker/Dockerfile.jvm says why) and the collector the
# JVM picks on the machine it runs on (G1 on 2 cores; the 256 MB serial setting above is for the memory target of a
# read-mostly service). A 1-CPU pod's JVM picks the serial collector, whose young collections stop every thread while
# one core collects: INGEST_JAVA_OPTS="-Xmx512m -XX:CICompilerCount=3 -XX:+UseSerialGC" measures that, and
# INGEST_JAVA_OPTS=-Xmx512m the JVM's own compiler threads. No start-up cache: the measure is taken warmed up.
QUERY_JAVA_OPTS=$JAVA_OPTS
JAVA_OPTS=${INGEST_JAVA_OPTS:--Xmx512m -XX:CICompilerCount=3}
# shellcheck disable=SC2086
INGEST_COLLECTOR=$("$JAVA" $JAVA_OPTS -XX:+PrintFlagsFinal -version 2>/dev/null | awk '/Use(Serial|Parallel|G1|Z|Shenandoah|Epsilon)GC .*= true/ {print $2}')
INGEST_ARGS=(--warmup "${INGEST_WARMUP:-6000}" --rounds "${INGEST_ROUNDS:-3}" --articles "${INGEST_ARTICLES:-2000}")
# the JIT compilers' and the collector's time in each measured round, read with the jcmd of the JDK that runs the app
JCMD="$(dirname "$(readlink -f "$(command -v "$JAVA")")")/jcmd"
if [ -x "$JCMD" ]; then INGEST_ARGS+=(--jcmd "$JCMD"); fi
rm -rf "$OUT/data"
start_app
INGEST=$(python3 bench/ingest_bench.py "$URL" src/test/resources/articles/seed-kursk.txt "${INGEST_ARGS[@]}" --pid "$APP_PID")
stop_app
rm -rf "$OUT/data"
start_app
INGEST2=$(python3 bench/ingest_bench.py "$URL" src/test/resources/articles/seed-kursk.txt "${INGEST_ARGS[@]}" --clients 2 --pid "$APP_PID")
stop_app
INGEST_JAVA_OPTS_USED=$JAVA_OPTS
JAVA_OPTS=$QUERY_JAVA_OPTS

log "extraction time, after the ingest measures"
EXTRACTION=$(extraction)
fi

{
  echo
  echo "| measure | value |"
  echo "|---|---|"
  [ -z "$STARTUP_ROWS" ] || echo "$STARTUP_ROWS"
  [ -z "$MEMORY_ROWS" ] || echo "$MEMORY_ROWS"
  [ -z "$PROFILE_ROWS" ] || printf '\n%s\n' "$PROFILE_ROWS"
  ! phase load || echo "| RSS after the load phases | $((RSS_KB / 1024)) MB |"
  if phase ingest; then
  echo "| ingest JVM options | ${INGEST_JAVA_OPTS_USED} |"
  echo "| ingest collector (the JVM's choice unless set) | ${INGEST_COLLECTOR} |"
  awk '{printf "| %s | %s |\n", $1, $2}' <<<"$INGEST"
  awk '{printf "| %s (2 clients) | %s |\n", $1, $2}' <<<"$INGEST2"
  awk '/_per_article/ {printf "| %s (before the ingest measures) | %s |\n", $1, $2}' <<<"$EXTRACTION_BEFORE"
  awk '{printf "| %s | %s |\n", $1, $2}' <<<"$EXTRACTION"
  fi
} >>"$RESULTS"
cat "$RESULTS"
