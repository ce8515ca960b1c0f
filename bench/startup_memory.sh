# Start-up and memory phases of bench/run.sh (sourced by it; uses its OUT, PORT, URL, JAVA25, APP_PID, stop_app, log,
# the scenarios NAMES/BODIES/MAXIDS, the dataset in $OUT/data, and the cursor key it exports, CLAIMGRAPH_CURSOR_SECRET,
# without which the service refuses to start in prod mode).
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
# clients), each against the pod's limit; the resident part of the mapped AOT cache; and, as the reference of what the
# framework alone needs, the floor with the read replica's settings after 1,000 queries.

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
# the resident MB of the process's mapping of its AOT cache (a file named *.aot)
aot_rss_mb() { awk '/\.aot$/ {a = 1; next} /^[0-9a-f]+-[0-9a-f]+ / {a = 0} a && /^Rss:/ {s += $2} END {printf "%d", s / 1024}' "/proc/$1/smaps"; }

# MEMORY_NMT=1: the JVM's native memory tracking on (it adds about 2 MB of its own), its summary after the work and
# after full load written to $OUT/nmt-reader-*.txt and $OUT/nmt-writer-*.txt: heap, class metadata (the "Shared class
# space" is the AOT cache), code cache, compiler arenas, threads, GC and the rest, each as committed
NMT_OPTS=""
nmt_summary() {  # FILE: the summary of the running app, when MEMORY_NMT=1
  [ -n "$NMT_OPTS" ] || return 0
  "$(dirname "$(readlink -f "$JAVA25")")/jcmd" "$APP_PID" VM.native_memory summary >"$1" 2>&1 || true
}

memory_phase() {
  [ -s "$APPS/service-aot/reader.aot" ] || { log "memory phase needs the start-up phase's build and caches"; return 1; }
  if [ "${MEMORY_NMT:-0}" = 1 ]; then NMT_OPTS="-XX:NativeMemoryTracking=summary"; fi
  log "read replica with its manifest's settings: 1,000 mixed reads, then full load"
  launch "$APPS/service-aot" "$JAVA25" "$READER_OPTS -XX:AOTCache=reader.aot $NMT_OPTS" CLAIMGRAPH_DATA_DIR="$OUT/data" \
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
  local reads reader_aot; reads=$(rss_mb "$APP_PID" VmRSS); reader_aot=$(aot_rss_mb "$APP_PID")
  nmt_summary "$OUT/nmt-reader-after-1000-reads.txt"
  for i in "${!BODIES[@]}"; do
    BENCH_BODY=${BODIES[$i]} BENCH_MAX_ID=${MAXIDS[$i]} wrk -t2 -c"${CONNECTIONS:-16}" -d"${MEMORY_DURATION:-10}s" -s bench/graphql.lua "http://127.0.0.1:$PORT" >/dev/null
  done
  local reader_after reader_peak; reader_after=$(rss_mb "$APP_PID" VmRSS); reader_peak=$(rss_mb "$APP_PID" VmHWM)
  nmt_summary "$OUT/nmt-reader-after-full-load.txt"
  stop_app

  log "ingest writer with its manifest's settings: 2,000 articles, then two clients at full load"
  rm -rf "$OUT/writer-data"
  launch "$APPS/service-aot" "$JAVA25" "$WRITER_OPTS -XX:AOTCache=app.aot $NMT_OPTS" CLAIMGRAPH_DATA_DIR="$OUT/writer-data" \
    CLAIMGRAPH_AUTH_ENABLED=false
  wait_answer '{"query":"{ articles(first: 1) { totalCount } }"}' '"totalCount"'
  local widle; widle=$(rss_mb "$APP_PID" VmRSS)
  python3 bench/ingest_bench.py "$URL" src/test/resources/articles/seed-kursk.txt --warmup 0 --rounds 1 --articles 2000 >/dev/null
  local w2000 writer_aot; w2000=$(rss_mb "$APP_PID" VmRSS); writer_aot=$(aot_rss_mb "$APP_PID")
  nmt_summary "$OUT/nmt-writer-after-2000-articles.txt"
  WRITER_LOAD=$(python3 bench/ingest_bench.py "$URL" src/test/resources/articles/seed-kursk.txt --warmup 0 --rounds 1 \
    --articles "${MEMORY_INGEST_ARTICLES:-4000}" --clients 2 | awk '$1 == "ingest_articles_per_second" {print $2}')
  local writer_after writer_peak; writer_after=$(rss_mb "$APP_PID" VmRSS); writer_peak=$(rss_mb "$APP_PID" VmHWM)
  nmt_summary "$OUT/nmt-writer-after-full-load.txt"
  stop_app
  log "the floor with the read replica's settings and its own AOT cache: 1,000 queries"
  launch "$APPS/floor-aot" "$JAVA25" "$READER_OPTS -XX:AOTCache=app.aot" FLOOR_DATA_DIR="$OUT/floor-data"
  wait_answer "$FLOOR_QUERY" '"name"'
  local floor_idle floor_reads floor_aot; floor_idle=$(rss_mb "$APP_PID" VmRSS)
  for _ in $(seq 1 1000); do curl -sf -H 'Content-Type: application/json' -d "$FLOOR_QUERY" "$FLOOR_URL" >/dev/null; done
  floor_reads=$(rss_mb "$APP_PID" VmRSS); floor_aot=$(aot_rss_mb "$APP_PID")
  stop_app
  pct() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.0f%%", 100 * a / (b * 1.048576)}'; }
  MEMORY_ROWS=$(cat <<EOF
| read replica: JVM options (deploy/kubernetes/deployment.yaml), pod limit | $READER_OPTS -XX:AOTCache=reader.aot; ${READER_LIMIT_MB} MiB |
| read replica: RSS started, after 1,000 mixed reads (of which the mapped AOT cache) | $idle MB, **$reads MB** ($reader_aot MB) |
| the floor with the read replica's settings: RSS started, after 1,000 queries (of which its AOT cache) | $floor_idle MB, $floor_reads MB ($floor_aot MB) |
| read replica: RSS after full load (wrk, every read scenario, ${MEMORY_DURATION:-10} s each), peak | $reader_after MB, **$reader_peak MB** ($(pct "$reader_peak" "$READER_LIMIT_MB") of the limit) |
| ingest writer: JVM options (deploy/kubernetes/ingest-deployment.yaml), pod limit | $WRITER_OPTS -XX:AOTCache=app.aot; ${WRITER_LIMIT_MB} MiB |
| ingest writer: RSS started, after 2,000 articles (of which the mapped AOT cache) | $widle MB, **$w2000 MB** ($writer_aot MB) |
| ingest writer: RSS after full load (2 clients, ${MEMORY_INGEST_ARTICLES:-4000} articles, $WRITER_LOAD articles/s), peak | $writer_after MB, **$writer_peak MB** ($(pct "$writer_peak" "$WRITER_LIMIT_MB") of the limit) |
| MALLOC_ARENA_MAX | $MALLOC_ARENA_MAX |
EOF
)
}

# Start-up profile (PHASES=profile, after the start-up phase has built the apps and caches):
# 1. the JVM's own counters at the first answer, for each app and JVM: CPU time of the process, classes loaded, time in
#    class loading, JIT compile time;
# 2. Quarkus's own timing of each start step (-Dquarkus.debug.print-startup-times), grouped by the part of the service
#    or the framework the step starts, for the floor, the floor with the service's extensions and the read replica,
#    PROFILE_ROUNDS (3) rounds alternating, the median of each part (one slow start moves a mean by seconds here);
# 3. what each extension the floor lacks costs alone: the floor built with it (bench/startup-floor, -Pwith-...) against
#    the plain floor, alternating, and two choices of the service measured the same way (its schema validated by
#    Hibernate at start; the service built without OpenTelemetry). All on JDK 17, where class loading weighs most.
PROFILE_EXTENSIONS="micrometer opentelemetry jwt health logging-json"
build_profile_apps() {
  log "building the floor with each of the service's other extensions, and the service without OpenTelemetry"
  local v
  for v in $PROFILE_EXTENSIONS; do
    ./mvnw -B -q -f bench/startup-floor/pom.xml package -DskipTests -Pwith-"$v" -Dquarkus.package.output-directory=quarkus-app-"$v"
    rm -rf "$APPS/floor-with-$v"; mv bench/startup-floor/target/quarkus-app-"$v" "$APPS/floor-with-$v"
  done
  local all=""
  for v in $PROFILE_EXTENSIONS; do all="$all${all:+,}with-$v"; done
  ./mvnw -B -q -f bench/startup-floor/pom.xml package -DskipTests -P"$all" -Dquarkus.package.output-directory=quarkus-app-all
  rm -rf "$APPS/floor-with-all"; mv bench/startup-floor/target/quarkus-app-all "$APPS/floor-with-all"
  ./mvnw -B -q package -DskipTests -Dquarkus.otel.enabled=false -Dquarkus.package.output-directory=quarkus-app-no-otel
  rm -rf "$APPS/service-no-otel"; mv target/quarkus-app-no-otel "$APPS/service-no-otel"
}

counters_at_answer() {  # KIND DIR JAVA OPTS ENV...
  local kind=$1 dir=$2 java=$3 opts=$4 jcmd; shift 4
  jcmd="$(dirname "$(readlink -f "$java")")/jcmd"
  timed_start "$kind" "$dir" "$java" "$opts" "$@"
  local cpu_ms counters
  cpu_ms=$(process_cpu_ms "$APP_PID")
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

process_cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{printf "%d", ($14 + $15) * 1000 / hz}' "/proc/$1/stat"; }

# step_times NAME KIND DIR JAVA OPTS ENV...: one start with Quarkus's step timing; appends "NAME step ms" lines to
# $OUT/steps.txt, with the whole start ("to first answer") and what no step covers (the JVM's start, the first request)
step_times() {
  local name=$1 kind=$2 dir=$3 java=$4 opts=$5; shift 5
  timed_start "$kind" "$dir" "$java" "$opts -Dquarkus.debug.print-startup-times=true" "$@"
  stop_app
  awk -v n="$name" -v wall="$START_MS" '
    / Build step .* completed in: / {ms = $NF; sub(/ms$/, "", ms); for (i = 1; i <= NF; i++) if ($i == "step") step = $(i + 1); print n, step, ms; sum += ms}
    END {print n, "(to-first-answer)", wall; print n, "(outside-steps)", wall - sum}' "$OUT/app.log" >>"$OUT/steps.txt"
}

# the steps grouped by what they start, as a table: one column per app, the median over the rounds (ms)
steps_table() {
  python3 - "$OUT/steps.txt" "$@" <<'PY'
import collections, statistics, sys
path, names = sys.argv[1], sys.argv[2:]
groups = [  # the first prefix that matches a step's class names its part
    ("(to-first-answer)", "**launch to first answer**"),
    ("(outside-steps)", "outside Quarkus's steps: the JVM's start before main, the first request"),
    ("ArcProcessor.notifyBeanContainerListeners", "Hibernate ORM: metadata of the entities (static init)"),
    ("HibernateOrm", "Hibernate ORM: session factory, persisters, queries"),
    ("FlywayProcessor", "Flyway: the pool's first connection (H2 opens its file), migrations checked"),
    ("SmallRyeGraphQL", "SmallRye GraphQL: the schema and the execution service"),
    ("HibernateValidator", "Hibernate Validator: constraints of the GraphQL inputs"),
    ("Micrometer", "Micrometer: registry and binders"), ("VertxBinder", "Micrometer: registry and binders"),
    ("OpenTelemetry", "OpenTelemetry (SDK off)"), ("Otlp", "OpenTelemetry (SDK off)"),
    ("SmallRyeHealth", "SmallRye Health"), ("SmallRyeJwt", "SmallRye JWT, HTTP security"),
    ("HttpSecurity", "SmallRye JWT, HTTP security"), ("Security", "SmallRye JWT, HTTP security"),
    ("LoggingJson", "logging, banner"), ("LoggingResource", "logging, banner"), ("Banner", "logging, banner"),
    ("ArcProcessor", "CDI container (ArC)"), ("Narayana", "transactions (Narayana)"),
    ("VertxHttp", "HTTP server (Vert.x)"), ("Vertx", "HTTP server (Vert.x)"), ("ThreadPool", "HTTP server (Vert.x)"),
    ("", "other steps"),
]
# per app, per start (a start begins at its "to first answer" line, written last), the ms of each part
starts = collections.defaultdict(list)
current = collections.defaultdict(lambda: collections.defaultdict(float))
for line in open(path):
    name, step, ms = line.split()
    if name not in names:
        continue
    current[name][next(l for p, l in groups if step.startswith(p))] += float(ms)
    if step == "(outside-steps)":
        starts[name].append(current.pop(name))
for label in dict.fromkeys(l for _, l in groups):
    if any(label in start for n in names for start in starts[n]):
        cells = " | ".join(str(round(statistics.median(start.get(label, 0) for start in starts[n]))) for n in names)
        print(f"| {label} | {cells} |")
PY
}

# ablation ROUNDS: the floor, the floor with each extension, the read replica and its two variants, alternating, on
# JDK 17; the table gives the median launch to first answer, the median process CPU at that moment, and the median of
# each round's difference to the plain floor (or to the read replica, for its variants)
ablation() {
  local rounds=$1 r v
  rm -f "$OUT/ablation.txt"
  for r in $(seq 1 "$rounds"); do
    log "extension ablation, round $r of $rounds"
    for v in floor $PROFILE_EXTENSIONS all; do
      local dir="$APPS/floor-with-$v"; [ "$v" = floor ] && dir="$APPS/floor-jar"
      timed_start floor "$dir" "$JAVA17" "$STARTUP_JAVA_OPTS" QUARKUS_OTEL_SDK_DISABLED=true
      echo "$r floor-with-$v $START_MS $(process_cpu_ms "$APP_PID")" >>"$OUT/ablation.txt"; stop_app
    done
    timed_start service "$APPS/service-jar" "$JAVA17" "$STARTUP_JAVA_OPTS" CLAIMGRAPH_INGEST_ENABLED=false
    echo "$r reader $START_MS $(process_cpu_ms "$APP_PID")" >>"$OUT/ablation.txt"; stop_app
    timed_start service "$APPS/service-jar" "$JAVA17" "$STARTUP_JAVA_OPTS" CLAIMGRAPH_INGEST_ENABLED=false \
      QUARKUS_HIBERNATE_ORM_SCHEMA_MANAGEMENT_STRATEGY=validate
    echo "$r reader-validating $START_MS $(process_cpu_ms "$APP_PID")" >>"$OUT/ablation.txt"; stop_app
    timed_start service "$APPS/service-no-otel" "$JAVA17" "$STARTUP_JAVA_OPTS" CLAIMGRAPH_INGEST_ENABLED=false
    echo "$r reader-no-otel $START_MS $(process_cpu_ms "$APP_PID")" >>"$OUT/ablation.txt"; stop_app
  done
  python3 - "$OUT/ablation.txt" <<'PY'
import collections, statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
wall, cpu, by_round = collections.defaultdict(list), collections.defaultdict(list), collections.defaultdict(dict)
for r, name, w, c in rows:
    wall[name].append(int(w)); cpu[name].append(int(c)); by_round[r][name] = (int(w), int(c))
labels = {"floor-with-floor": "floor", "floor-with-all": "floor + all five", "reader": "read replica (as built and configured)",
          "reader-validating": "read replica, Hibernate validating the schema at start",
          "reader-no-otel": "read replica built without OpenTelemetry"}
for name in wall:
    base = "reader" if name.startswith("reader-") else "floor-with-floor"
    dw = [rd[name][0] - rd[base][0] for rd in by_round.values() if name in rd and base in rd]
    dc = [rd[name][1] - rd[base][1] for rd in by_round.values() if name in rd and base in rd]
    label = labels.get(name, name.replace("floor-with-", "floor + "))
    diff = "" if name in (base, ) else f"{statistics.median(dw):+.0f} ms, {statistics.median(dc):+.0f} ms CPU"
    print(f"| {label} | {' '.join(map(str, wall[name]))}; **{statistics.median(wall[name]):.0f}** | "
          f"{statistics.median(cpu[name]):.0f} | {diff or '–'} |")
PY
}

profile_phase() {
  [ -s "$APPS/service-aot/reader.aot" ] || { log "the profile needs the start-up phase's build and caches"; return 1; }
  if [ "${REBUILD:-1}" = 1 ] || [ ! -f "$APPS/service-no-otel/quarkus-run.jar" ]; then build_profile_apps; fi
  local rounds=${PROFILE_ROUNDS:-3} r
  log "start-up profile: the JVM's counters at the first answer"
  PROFILE_ROWS="| app, JVM | to first answer | process CPU | classes loaded | class loading | JIT compiling |
|---|---|---|---|---|---|
| floor, JDK 17 | $(counters_at_answer floor "$APPS/floor-jar" "$JAVA17" "$STARTUP_JAVA_OPTS") |
| floor + the service's five other extensions, JDK 17 | $(counters_at_answer floor "$APPS/floor-with-all" "$JAVA17" "$STARTUP_JAVA_OPTS" QUARKUS_OTEL_SDK_DISABLED=true) |
| service, JDK 17 | $(counters_at_answer service "$APPS/service-jar" "$JAVA17" "$STARTUP_JAVA_OPTS") |
| read replica, JDK 17 | $(counters_at_answer service "$APPS/service-jar" "$JAVA17" "$STARTUP_JAVA_OPTS" CLAIMGRAPH_INGEST_ENABLED=false) |
| floor, JDK 25 + AOT cache | $(counters_at_answer floor "$APPS/floor-aot" "$JAVA25" "$STARTUP_JAVA_OPTS -XX:AOTCache=app.aot") |
| service, JDK 25 + AOT cache | $(counters_at_answer service "$APPS/service-aot" "$JAVA25" "$STARTUP_JAVA_OPTS -XX:AOTCache=app.aot") |
| read replica, JDK 25 + AOT cache | $(counters_at_answer service "$APPS/service-aot" "$JAVA25" "$STARTUP_JAVA_OPTS -XX:AOTCache=reader.aot" CLAIMGRAPH_INGEST_ENABLED=false) |"
  rm -f "$OUT/steps.txt"
  for r in $(seq 1 "$rounds"); do
    log "start-up profile: Quarkus's step timings, round $r of $rounds"
    step_times floor17 floor "$APPS/floor-jar" "$JAVA17" "$STARTUP_JAVA_OPTS"
    step_times all17 floor "$APPS/floor-with-all" "$JAVA17" "$STARTUP_JAVA_OPTS" QUARKUS_OTEL_SDK_DISABLED=true
    step_times reader17 service "$APPS/service-jar" "$JAVA17" "$STARTUP_JAVA_OPTS" CLAIMGRAPH_INGEST_ENABLED=false
    step_times floor25 floor "$APPS/floor-aot" "$JAVA25" "$STARTUP_JAVA_OPTS -XX:AOTCache=app.aot"
    step_times reader25 service "$APPS/service-aot" "$JAVA25" "$STARTUP_JAVA_OPTS -XX:AOTCache=reader.aot" CLAIMGRAPH_INGEST_ENABLED=false
  done
  PROFILE_ROWS="$PROFILE_ROWS

| what runs until the first answer (Quarkus's step timings, mean of $rounds starts, ms) | floor, JDK 17 | floor + five extensions, JDK 17 | read replica, JDK 17 | floor, JDK 25 + cache | read replica, JDK 25 + cache |
|---|---|---|---|---|---|
$(steps_table floor17 all17 reader17 floor25 reader25)

| what each extension costs alone, and two choices of the service (JDK 17, $rounds rounds alternating) | launch to first answer, ms; median | process CPU, ms (median) | median difference in a round (to the floor; the variants to the read replica) |
|---|---|---|---|
$(ablation "$rounds")"
}
