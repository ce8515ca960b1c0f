#!/usr/bin/env bash
# Claimgraph's lists at two sizes on PostgreSQL: does a read cost the same at a million claims as at 100k? For each
# size, a database of its own that the service's PostgreSQL build migrates, bench/gen_dataset.py's dataset scaled
# (10k articles make 100k claims, 100k articles a million), then bench/scale/drive.py times every list order in both
# paging directions at the first page and 2,000 rows in, and the search and autocomplete fields, with one client
# (every scenario 5 times first to warm the JIT, then 100 requests each after 5 of warm-up). Both sizes' services run at
# once and the client alternates between them within each scenario (A B, B A, ...), so a drift of the machine's
# speed weighs on both. Prints p50/p99 per size and the ratio of the p50s, and writes them with the machine into
# docs/performance.md ("Lists at 100k and 1M claims").
#
#   bench/scale/run.sh                      full run (the million-claim load takes about 10 minutes on 2 cores)
#   KEEP_DB=1 REBUILD=0 bench/scale/run.sh  reuse the loaded databases and the build of an earlier run (Flyway
#                                           applies any newer migration at the service's start)
#   SIZES="1000 10000" ...                  other sizes, in articles (10 claims each)
#   DOCS=0 ...                              results to target/bench-scale/results.md only
#
# Needs: a JDK 17+ (JAVA, default java), python3, psql and a PostgreSQL 15 server (PGHOST, PGPORT, PGUSER; a
# superuser) that may create the databases claimgraph_scale_<size>.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=bench/lib/pg.sh
. bench/lib/pg.sh

OUT="$(pwd)/target/bench-scale"
SIZES=${SIZES:-10000 100000}
PORT=${PORT:-18095}
JAVA=${JAVA:-java}
# the reader Deployment's memory settings, as the service runs in production
JAVA_OPTS_APPEND=${JAVA_OPTS_APPEND:-$(manifest_java_opts)}
mkdir -p "$OUT"
SERVICE_PIDS=()
stop() {
  for pid in "${SERVICE_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  SERVICE_PIDS=()
}
trap stop EXIT

# start_service SIZE PORT: the service on the database of SIZE articles, answering on PORT
start_service() {
  # shellcheck disable=SC2086
  (cd "$OUT/app" && exec env MALLOC_ARENA_MAX=2 QUARKUS_HTTP_PORT="$2" \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/claimgraph_scale_$1" QUARKUS_DATASOURCE_USERNAME="$PGUSER" \
    QUARKUS_DATASOURCE_PASSWORD="${PGPASSWORD:-}" CLAIMGRAPH_INGEST_ENABLED=false CLAIMGRAPH_AUTH_ENABLED=false \
    CLAIMGRAPH_CURSOR_SECRET=bench-scale-cursor-key QUARKUS_SMALLRYE_GRAPHQL_UI_ENABLED=false \
    "$JAVA" $JAVA_OPTS_APPEND -jar quarkus-run.jar) >"$OUT/service-$1.log" 2>&1 &
  SERVICE_PIDS+=($!)
  wait_for "http://127.0.0.1:$2/graphql" '{"query":"{ articles(first: 1) { edges { cursor } } }"}' "$!" "$OUT/service-$1.log"
}

build_pg_app
for size in $SIZES; do
  DB=claimgraph_scale_$size
  if [ "${KEEP_DB:-0}" != 1 ] || [ -z "$(psql_db postgres -c "select 1 from pg_database where datname = '$DB'")" ]; then
    fresh_db "$DB" "start_service $size $PORT" stop
    log "loading $size articles"
    python3 bench/gen_dataset.py "$OUT/dataset-$size.sql" --articles "$size" >"$OUT/dataset-$size.txt"
    psql_db "$DB" -f "$OUT/dataset-$size.sql" >/dev/null
    rm -f "$OUT/dataset-$size.sql"
  fi
done

# every size's service at once, on ports from PORT up, so that the client alternates between them (drive.py)
urls=()
port=$PORT
for size in $SIZES; do
  start_service "$size" "$port"
  psql_db "claimgraph_scale_$size" -c "vacuum analyze"
  urls+=("http://127.0.0.1:$port/graphql")
  port=$((port + 1))
done
log "driving the services on $SIZES articles, alternating"
python3 bench/scale/drive.py "${urls[@]}" >"$OUT/runs.json"
stop
python3 - "$OUT" $SIZES <<'PY'
import json, sys
out, sizes = sys.argv[1], sys.argv[2:]
for size, run in zip(sizes, json.load(open(f"{out}/runs.json"))):
    json.dump(run, open(f"{out}/{size}.json", "w"))
PY

python3 - "$OUT" $SIZES >"$OUT/table.md" <<'PY'
import json, sys
out, sizes = sys.argv[1], sys.argv[2:]
runs = [json.load(open(f"{out}/{size}.json")) for size in sizes]
# "10000 articles, 100000 claims, ... -> file": the claims are what the sizes are named by
counts = [open(f"{out}/dataset-{size}.txt").read().split(", ")[1] for size in sizes]
print("| scenario | " + " | ".join(f"p50 / p99 ms, {c}" for c in counts) + f" | p50 ratio | errors |")
print("|---|" + "---|" * len(sizes) + "---|---|")
worst = 0
for scenario in runs[0]:
    cells = [f"{r[scenario]['p50']} / {r[scenario]['p99']}" if scenario in r else "–" for r in runs]
    ratio = runs[-1][scenario]["p50"] / runs[0][scenario]["p50"] if all(scenario in r for r in runs) else float("nan")
    worst = max(worst, ratio)
    errors = sum(r.get(scenario, {}).get("errors", 0) for r in runs)
    print(f"| {scenario} | " + " | ".join(cells) + f" | {ratio:.2f} | {errors} |")
print(f"\nLargest p50 ratio: **{worst:.2f}** (largest size against smallest).")
PY
{
  machine_lines
  echo "- database: PostgreSQL $(psql_db postgres -c 'show server_version' | cut -d' ' -f1) on the same machine"
  echo "- service: PostgreSQL build, $("$JAVA" -version 2>&1 | head -1), $JAVA_OPTS_APPEND (the reader Deployment's), ingest off"
  echo "- client: bench/scale/drive.py, one connection per size, every scenario ${WARMUP:-5} times untimed, then ${WARMUP:-5} warm-up and ${REQUESTS:-100} timed requests each, sent to the sizes in ${TURNS:-10} alternating turns, deep pages ${DEPTH:-2000} rows in"
  echo
  cat "$OUT/table.md"
} >"$OUT/results.md"
publish_results bench/scale "Lists at 100k and 1M claims (bench/scale)"
