# Start-up and memory phases of bench/run.sh (sourced by it; uses its OUT, PORT, URL, JAVA25, APP_PID, stop_app, log,
# the scenarios NAMES/BODIES/MAXIDS and the dataset in $OUT/data).
#
# Start-up: the service against the framework's floor (bench/startup-floor: a minimal Quarkus app with the same core
# extensions and one entity), both built by this script, started alternately, each timed from the launch of its JVM to
# its first database-backed GraphQL answer on an existing H2 file: on plain JDK 17 (the default fast-jar, no class data
# archive) and on JDK 25 with an AOT cache for each (aot-jar packaging, a training run of each). The read replica
# (ingest off) is started the same way. STARTUP_ROUNDS rounds (5).
#
# Memory: the read replica and the ingest writer with the JVM options and the memory limit of their Kubernetes
# manifests (deploy/kubernetes), the AOT cache and MALLOC_ARENA_MAX of the image: RSS after 1,000 mixed reads and
# after 2,000 ingested articles, and the peak RSS (VmHWM) under full load (wrk on every read scenario; two ingest
# clients), each against the pod's limit.

JAVA17=${JAVA17:-/usr/lib/jvm/java-17-openjdk-amd64/bin/java}
APPS=$OUT/apps
FLOOR_URL="http://127.0.0.1:$PORT/graphql"
FLOOR_QUERY='{"query":"{ items(first: 1) { id name } }"}'
SERVICE_QUERY='{"query":"{ articles(first: 1) { edges { cursor } } }"}'
# the same JVM options for every timed start, the floor's and the service's
STARTUP_JAVA_OPTS=${STARTUP_JAVA_OPTS:--Xmx256m -XX:+UseSerialGC}
# as the image sets it (src/main/docker/Dockerfile.jvm): fewer malloc arenas, less native memory held by idle ones
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}

# manifest_value FILE KEY: the JAVA_OPTS_APPEND value or the memory limit of a Deployment manifest
manifest_value() {
  python3 - "$1" "$2" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
if sys.argv[2] == "opts":
    m = re.search(r'- name: JAVA_OPTS_APPEND\s*\n\s*value: "([^"]*)"', text)
else:  # the memory limit, in MiB
    m = re.search(r'limits:\s*\n(?:\s+cpu:.*\n)?\s+memory:\s*"?(\d+)Mi', text)
print(m.group(1))
PY
}
READER_OPTS=$(manifest_value deploy/kubernetes/deployment.yaml opts)
READER_LIMIT_MB=$(manifest_value deploy/kubernetes/deployment.yaml limit)
WRITER_OPTS=$(manifest_value deploy/kubernetes/ingest-deployment.yaml opts)
WRITER_LIMIT_MB=$(manifest_value deploy/kubernetes/ingest-deployment.yaml limit)

# build_startup_apps: both apps twice: the default fast-jar (JDK 17 runs) and the aot-jar layout (JDK 25 with a cache),
# into $APPS; target/quarkus-app stays the default build the other phases run
build_startup_apps() {
  log "building the service (aot-jar) and the floor (fast-jar and aot-jar)"
  rm -rf "$APPS" && mkdir -p "$APPS"
  cp -a target/quarkus-app "$APPS/service-jar"
  ./mvnw -B -q package -DskipTests -Dquarkus.package.jar.type=aot-jar -Dquarkus.package.output-directory=quarkus-app-aot
  mv target/quarkus-app-aot "$APPS/service-aot"
  ./mvnw -B -q -f bench/startup-floor/pom.xml package -DskipTests
  cp -a bench/startup-floor/target/quarkus-app "$APPS/floor-jar"
  ./mvnw -B -q -f bench/startup-floor/pom.xml package -DskipTests -Dquarkus.package.jar.type=aot-jar \
    -Dquarkus.package.output-directory=quarkus-app-aot
  mv bench/startup-floor/target/quarkus-app-aot "$APPS/floor-aot"
}

# launch DIR JAVA OPTS ENV...: starts quarkus-run.jar of DIR in DIR, sets APP_PID
launch() {
  local dir=$1 java=$2 opts=$3; shift 3
  # shellcheck disable=SC2086
  (cd "$dir" && exec env QUARKUS_HTTP_PORT="$PORT" "$@" "$java" $opts -jar quarkus-run.jar) >"$OUT/app.log" 2>&1 &
  APP_PID=$!
}

# timed_start KIND DIR JAVA OPTS ENV...: KIND floor or service; sets START_MS to the milliseconds from launch to the
# first answer that carries database rows
START_MS=""
timed_start() {
  local kind=$1 dir=$2 java=$3 opts=$4 started now query expect; shift 4
  if [ "$kind" = floor ]; then query=$FLOOR_QUERY; expect='"name"'; set -- FLOOR_DATA_DIR="$OUT/floor-data" "$@"
  else query=$SERVICE_QUERY; expect='"cursor"'; set -- CLAIMGRAPH_DATA_DIR="$OUT/data" CLAIMGRAPH_AUTH_ENABLED=false "$@"; fi
  started=$(date +%s%N)
  launch "$dir" "$java" "$opts" "$@"
  for _ in $(seq 1 6000); do
    if curl -sf -H 'Content-Type: application/json' -d "$query" "$FLOOR_URL" 2>/dev/null | grep -q "$expect"; then
      now=$(date +%s%N); START_MS=$(( (now - started) / 1000000 )); return 0
    fi
    kill -0 "$APP_PID" 2>/dev/null || { cat "$OUT/app.log" >&2; return 1; }
    sleep 0.01
  done
  return 1
}

# train KIND DIR CACHE ENV...: a training run that writes the AOT cache CACHE (in DIR) as the JVM exits; the service
# answers each read scenario 20 times (and, unless ingest is off, ingests 20 articles), the floor its query 50 times
train() {
  local kind=$1 dir=$2 cache=$3 i n; shift 3
  rm -f "$dir/$cache"
  rm -rf "$OUT/data.train" "$OUT/floor-data.train"
  cp -a "$OUT/data" "$OUT/data.train"; cp -a "$OUT/floor-data" "$OUT/floor-data.train"
  if [ "$kind" = floor ]; then
    launch "$dir" "$JAVA25" "$STARTUP_JAVA_OPTS -XX:AOTCacheOutput=$cache" FLOOR_DATA_DIR="$OUT/floor-data.train" "$@"
    wait_answer "$FLOOR_QUERY" '"name"'
    for n in $(seq 1 50); do curl -sf -H 'Content-Type: application/json' -d "$FLOOR_QUERY" "$FLOOR_URL" >/dev/null; done
  else
    launch "$dir" "$JAVA25" "$STARTUP_JAVA_OPTS -XX:AOTCacheOutput=$cache" CLAIMGRAPH_DATA_DIR="$OUT/data.train" \
      CLAIMGRAPH_AUTH_ENABLED=false "$@"
    wait_answer "$SERVICE_QUERY" '"cursor"'
    for i in "${!BODIES[@]}"; do
      for n in $(seq 1 20); do gql "${BODIES[$i]//%ID%/$n}" >/dev/null || true; done
    done
    case " $* " in
      *" CLAIMGRAPH_INGEST_ENABLED=false "*) ;;
      *) python3 bench/ingest_bench.py "$URL" src/test/resources/articles/seed-kursk.txt --articles 20 --warmup 20 >/dev/null ;;
    esac
  fi
  stop_app   # the cache is written as the JVM exits
  rm -rf "$OUT/data.train" "$OUT/floor-data.train"
  [ -s "$dir/$cache" ] || { log "no AOT cache written to $dir/$cache"; tail -20 "$OUT/app.log" >&2; return 1; }
}

wait_answer() {
  for _ in $(seq 1 6000); do
    if curl -sf -H 'Content-Type: application/json' -d "$1" "$FLOOR_URL" 2>/dev/null | grep -q "$2"; then return 0; fi
    kill -0 "$APP_PID" 2>/dev/null || { cat "$OUT/app.log" >&2; return 1; }
    sleep 0.05
  done
  return 1
}

median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }

startup_phase() {
  if [ "${REBUILD:-1}" = 1 ] || [ ! -f "$APPS/floor-aot/quarkus-run.jar" ]; then build_startup_apps; fi
  log "the floor's H2 file (a first start creates it, untimed)"
  rm -rf "$OUT/floor-data"
  timed_start floor "$APPS/floor-jar" "$JAVA17" "$STARTUP_JAVA_OPTS"; stop_app
  if [ "${REBUILD:-1}" = 1 ] || [ ! -s "$APPS/service-aot/reader.aot" ]; then
    log "training runs for the AOT caches (the floor, the service, the read replica)"
    train floor "$APPS/floor-aot" app.aot
    train service "$APPS/service-aot" app.aot
    train service "$APPS/service-aot" reader.aot CLAIMGRAPH_INGEST_ENABLED=false
  fi
  local rounds=${STARTUP_ROUNDS:-5} r
  FLOOR17=(); SERVICE17=(); READER17=(); FLOOR25=(); SERVICE25=(); READER25=()
  for r in $(seq 1 "$rounds"); do
    log "start-up round $r of $rounds"
    timed_start floor "$APPS/floor-jar" "$JAVA17" "$STARTUP_JAVA_OPTS"; FLOOR17+=("$START_MS"); stop_app
    timed_start service "$APPS/service-jar" "$JAVA17" "$STARTUP_JAVA_OPTS"; SERVICE17+=("$START_MS"); stop_app
    timed_start floor "$APPS/floor-aot" "$JAVA25" "$STARTUP_JAVA_OPTS -XX:AOTCache=app.aot"; FLOOR25+=("$START_MS"); stop_app
    timed_start service "$APPS/service-aot" "$JAVA25" "$STARTUP_JAVA_OPTS -XX:AOTCache=app.aot"; SERVICE25+=("$START_MS"); stop_app
    timed_start service "$APPS/service-aot" "$JAVA25" "$STARTUP_JAVA_OPTS -XX:AOTCache=reader.aot" CLAIMGRAPH_INGEST_ENABLED=false
    READER25+=("$START_MS"); stop_app
    timed_start service "$APPS/service-jar" "$JAVA17" "$STARTUP_JAVA_OPTS" CLAIMGRAPH_INGEST_ENABLED=false
    READER17+=("$START_MS"); stop_app
  done
  local f17 s17 r17 f25 s25 r25
  f17=$(echo "${FLOOR17[*]}" | median); s17=$(echo "${SERVICE17[*]}" | median); r17=$(echo "${READER17[*]}" | median)
  f25=$(echo "${FLOOR25[*]}" | median); s25=$(echo "${SERVICE25[*]}" | median); r25=$(echo "${READER25[*]}" | median)
  STARTUP_ROWS=$(cat <<EOF
| start to first answer, JVM options | $STARTUP_JAVA_OPTS |
| floor, JDK 17 (ms; median) | ${FLOOR17[*]}; **$f17** |
| service, JDK 17 (ms; median, × floor) | ${SERVICE17[*]}; **$s17**, $(awk -v a="$s17" -v b="$f17" 'BEGIN {printf "%.2f", a / b}')× |
| read replica, JDK 17 (ms; median, × floor) | ${READER17[*]}; **$r17**, $(awk -v a="$r17" -v b="$f17" 'BEGIN {printf "%.2f", a / b}')× |
| floor, JDK 25 + AOT cache (ms; median) | ${FLOOR25[*]}; **$f25** |
| service, JDK 25 + AOT cache (ms; median, × floor) | ${SERVICE25[*]}; **$s25**, $(awk -v a="$s25" -v b="$f25" 'BEGIN {printf "%.2f", a / b}')× |
| read replica, JDK 25 + its AOT cache (ms; median, × floor) | ${READER25[*]}; **$r25**, $(awk -v a="$r25" -v b="$f25" 'BEGIN {printf "%.2f", a / b}')× |
| AOT cache sizes (floor, service, read replica) | $(du -m "$APPS/floor-aot/app.aot" "$APPS/service-aot/app.aot" "$APPS/service-aot/reader.aot" | awk '{printf "%s MB ", $1}') |
EOF
)
}

rss_mb() { awk -v k="$2" '$1 == k":" {printf "%d", $2 / 1024}' "/proc/$1/status"; }

memory_phase() {
  [ -s "$APPS/service-aot/reader.aot" ] || { log "memory phase needs the start-up phase's build and caches"; return 1; }
  log "read replica with its manifest's settings: 1,000 mixed reads, then full load"
  launch "$APPS/service-aot" "$JAVA25" "$READER_OPTS -XX:AOTCache=reader.aot" CLAIMGRAPH_DATA_DIR="$OUT/data" \
    CLAIMGRAPH_AUTH_ENABLED=false CLAIMGRAPH_INGEST_ENABLED=false
  wait_answer "$SERVICE_QUERY" '"cursor"'
  local idle; idle=$(rss_mb "$APP_PID" VmRSS)
  local bodies_file="$OUT/bodies.json"
  for i in "${!BODIES[@]}"; do printf '%s\t%s\n' "${MAXIDS[$i]}" "${BODIES[$i]}"; done >"$bodies_file"
  python3 - "$URL" "$bodies_file" <<'PY'
import random, sys, urllib.request
url, path = sys.argv[1], sys.argv[2]
scenarios = [line.rstrip("\n").split("\t", 1) for line in open(path)]
random.seed(7)
for n in range(1000):  # every read scenario in turn, random ids where it takes one
    max_id, body = scenarios[n % len(scenarios)]
    body = body.replace("%ID%", str(random.randint(1, int(max_id))) if int(max_id) > 0 else "7")
    urllib.request.urlopen(urllib.request.Request(url, body.encode(), {"Content-Type": "application/json"})).read()
PY
  local reads; reads=$(rss_mb "$APP_PID" VmRSS)
  for i in "${!BODIES[@]}"; do
    BENCH_BODY=${BODIES[$i]} BENCH_MAX_ID=${MAXIDS[$i]} wrk -t2 -c"${CONNECTIONS:-16}" -d"${MEMORY_DURATION:-10}s" -s bench/graphql.lua "http://127.0.0.1:$PORT" >/dev/null
  done
  local reader_after reader_peak; reader_after=$(rss_mb "$APP_PID" VmRSS); reader_peak=$(rss_mb "$APP_PID" VmHWM)
  stop_app

  log "ingest writer with its manifest's settings: 2,000 articles, then two clients at full load"
  rm -rf "$OUT/writer-data"
  launch "$APPS/service-aot" "$JAVA25" "$WRITER_OPTS -XX:AOTCache=app.aot" CLAIMGRAPH_DATA_DIR="$OUT/writer-data" \
    CLAIMGRAPH_AUTH_ENABLED=false
  wait_answer '{"query":"{ articles(first: 1) { totalCount } }"}' '"totalCount"'
  local widle; widle=$(rss_mb "$APP_PID" VmRSS)
  python3 bench/ingest_bench.py "$URL" src/test/resources/articles/seed-kursk.txt --warmup 0 --rounds 1 --articles 2000 >/dev/null
  local w2000; w2000=$(rss_mb "$APP_PID" VmRSS)
  WRITER_LOAD=$(python3 bench/ingest_bench.py "$URL" src/test/resources/articles/seed-kursk.txt --warmup 0 --rounds 1 \
    --articles "${MEMORY_INGEST_ARTICLES:-4000}" --clients 2 | awk '$1 == "ingest_articles_per_second" {print $2}')
  local writer_after writer_peak; writer_after=$(rss_mb "$APP_PID" VmRSS); writer_peak=$(rss_mb "$APP_PID" VmHWM)
  stop_app
  pct() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.0f%%", 100 * a / (b * 1.048576)}'; }
  MEMORY_ROWS=$(cat <<EOF
| read replica: JVM options (deploy/kubernetes/deployment.yaml), pod limit | $READER_OPTS -XX:AOTCache=reader.aot; ${READER_LIMIT_MB} MiB |
| read replica: RSS started, after 1,000 mixed reads | $idle MB, **$reads MB** |
| read replica: RSS after full load (wrk, every read scenario, ${MEMORY_DURATION:-10} s each), peak | $reader_after MB, **$reader_peak MB** ($(pct "$reader_peak" "$READER_LIMIT_MB") of the limit) |
| ingest writer: JVM options (deploy/kubernetes/ingest-deployment.yaml), pod limit | $WRITER_OPTS -XX:AOTCache=app.aot; ${WRITER_LIMIT_MB} MiB |
| ingest writer: RSS started, after 2,000 articles | $widle MB, **$w2000 MB** |
| ingest writer: RSS after full load (2 clients, ${MEMORY_INGEST_ARTICLES:-4000} articles, $WRITER_LOAD articles/s), peak | $writer_after MB, **$writer_peak MB** ($(pct "$writer_peak" "$WRITER_LIMIT_MB") of the limit) |
| MALLOC_ARENA_MAX | $MALLOC_ARENA_MAX |
EOF
)
}

# Start-up profile (PHASES=profile, after the start-up phase has built the apps and caches): for each app and JVM, at
# its first answer, the JVM's own counters: CPU time of the process, classes loaded, time in class loading, JIT
# compile time; then one start of the service on JDK 17 under JFR, its samples until the first answer grouped by the
# part of the application or framework that was running (the outermost recognisable frame of each stack).
counters_at_answer() {  # KIND DIR JAVA OPTS ENV...
  local kind=$1 dir=$2 java=$3 opts=$4 jcmd; shift 4
  jcmd="$(dirname "$(readlink -f "$java")")/jcmd"
  timed_start "$kind" "$dir" "$java" "$opts" "$@"
  local cpu_ms counters
  cpu_ms=$(awk '{printf "%d", ($14 + $15) * 1000 / '"$(getconf CLK_TCK)"'}' "/proc/$APP_PID/stat")
  counters=$("$jcmd" "$APP_PID" PerfCounter.print 2>/dev/null)
  stop_app
  awk -v wall="$START_MS" -v cpu="$cpu_ms" '
    $1 ~ /^java.cls.loadedClasses=/ {split($1, a, "="); loaded = a[2]}
    $1 ~ /^java.cls.sharedLoadedClasses=/ {split($1, a, "="); shared = a[2]}
    $1 ~ /^sun.cls.time=/ {split($1, a, "="); clt = a[2]}
    $1 ~ /^sun.os.hrt.frequency=/ {split($1, a, "="); hz = a[2]}
    $1 ~ /^java.ci.totalTime=/ {split($1, a, "="); jit = a[2]}
    END {printf "%d ms | %d ms | %d (%d from the cache) | %d ms | %d ms", wall, cpu, loaded + shared, shared, clt * 1000 / hz, jit * 1000 / hz}' <<<"$counters"
}

jfr_profile() {  # the service on JDK 17, fast-jar, until its first answer
  local rec="$OUT/startup.jfr"
  rm -f "$rec"
  timed_start service "$APPS/service-jar" "$JAVA17" "$STARTUP_JAVA_OPTS -XX:StartFlightRecording=filename=$rec,settings=profile" "$@"
  local jcmd; jcmd="$(dirname "$(readlink -f "$JAVA17")")/jcmd"
  "$jcmd" "$APP_PID" JFR.dump filename="$rec" >/dev/null 2>&1
  stop_app
  "$(dirname "$(readlink -f "$JAVA25")")/jfr" print --json --events jdk.ExecutionSample "$rec" > "$OUT/startup-samples.json"
  python3 - "$OUT/startup-samples.json" <<'PY'
import collections, json, sys
events = json.load(open(sys.argv[1]))["recording"]["events"]
rules = [  # outermost match wins: who asked for the work, not the library that did it
    ("io.claimgraph.ingest", "extraction models (warm-up)"), ("io.claimgraph", "Claimgraph's own code"),
    ("io.quarkus.flyway", "Flyway (migrate and validate)"), ("org.flywaydb", "Flyway (migrate and validate)"),
    ("io.quarkus.hibernate", "Hibernate ORM (boot, schema validation)"), ("org.hibernate", "Hibernate ORM (boot, schema validation)"),
    ("io.quarkus.smallrye.graphql", "SmallRye GraphQL (schema, first request)"), ("io.smallrye.graphql", "SmallRye GraphQL (schema, first request)"),
    ("graphql.", "SmallRye GraphQL (schema, first request)"),
    ("io.quarkus.micrometer", "Micrometer (metrics)"), ("io.micrometer", "Micrometer (metrics)"),
    ("io.quarkus.opentelemetry", "OpenTelemetry"), ("io.opentelemetry", "OpenTelemetry"),
    ("io.quarkus.smallrye.jwt", "SmallRye JWT"), ("io.smallrye.jwt", "SmallRye JWT"),
    ("io.quarkus.smallrye.health", "SmallRye Health"), ("io.smallrye.health", "SmallRye Health"),
    ("io.quarkus.agroal", "datasource pool (Agroal, H2 open)"), ("io.agroal", "datasource pool (Agroal, H2 open)"), ("org.h2", "datasource pool (Agroal, H2 open)"),
    ("io.quarkus.vertx", "HTTP server (Vert.x, Netty)"), ("io.vertx", "HTTP server (Vert.x, Netty)"), ("io.netty", "HTTP server (Vert.x, Netty)"),
    ("io.quarkus.narayana", "transactions (Narayana)"), ("com.arjuna", "transactions (Narayana)"),
    ("io.quarkus.hibernate.validator", "Hibernate Validator"), ("org.hibernate.validator", "Hibernate Validator"),
    ("io.smallrye.config", "configuration (SmallRye Config)"), ("io.quarkus.runtime.configuration", "configuration (SmallRye Config)"),
    ("io.quarkus.arc", "CDI container (ArC)"), ("io.quarkus.bootstrap", "Quarkus bootstrap (class loader)"),
]
counts = collections.Counter()
for e in events:
    frames = e["values"]["stackTrace"]["frames"]
    label = "JVM and JDK (class loading, linking, interpreter)"
    for f in reversed(frames):
        name = f["method"]["type"]["name"].replace("/", ".")
        hit = next((l for p, l in rules if name.startswith(p)), None)
        if hit:
            label = hit
            break
    counts[label] += 1
total = sum(counts.values())
for label, n in counts.most_common():
    print(f"| {label} | {n} | {100 * n / total:.0f}% |")
print(f"| all samples (JFR, 10 to 20 ms apart per running thread) | {total} | 100% |")
PY
}

profile_phase() {
  [ -s "$APPS/service-aot/reader.aot" ] || { log "the profile needs the start-up phase's build and caches"; return 1; }
  log "start-up profile: the JVM's counters at the first answer"
  PROFILE_ROWS="| app, JVM | to first answer | process CPU | classes loaded | class loading | JIT compiling |
|---|---|---|---|---|---|
| floor, JDK 17 | $(counters_at_answer floor "$APPS/floor-jar" "$JAVA17" "$STARTUP_JAVA_OPTS") |
| service, JDK 17 | $(counters_at_answer service "$APPS/service-jar" "$JAVA17" "$STARTUP_JAVA_OPTS") |
| read replica, JDK 17 | $(counters_at_answer service "$APPS/service-jar" "$JAVA17" "$STARTUP_JAVA_OPTS" CLAIMGRAPH_INGEST_ENABLED=false) |
| floor, JDK 25 + AOT cache | $(counters_at_answer floor "$APPS/floor-aot" "$JAVA25" "$STARTUP_JAVA_OPTS -XX:AOTCache=app.aot") |
| service, JDK 25 + AOT cache | $(counters_at_answer service "$APPS/service-aot" "$JAVA25" "$STARTUP_JAVA_OPTS -XX:AOTCache=app.aot") |
| read replica, JDK 25 + AOT cache | $(counters_at_answer service "$APPS/service-aot" "$JAVA25" "$STARTUP_JAVA_OPTS -XX:AOTCache=reader.aot" CLAIMGRAPH_INGEST_ENABLED=false) |

| what ran until the first answer (the service, JDK 17, one start under JFR) | samples | share |
|---|---|---|
$(jfr_profile)"
}
