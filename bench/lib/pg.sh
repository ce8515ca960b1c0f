# Shared by the benches that run the service's PostgreSQL build (bench/peer, bench/scale); sourced, not run.
# Expects OUT (the bench's output folder) and JAVA to be set; PGHOST, PGPORT, PGUSER default to the local server.
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}

log() { printf '== %s\n' "$*" >&2; }
psql_db() { psql -d "$1" -v ON_ERROR_STOP=1 -qtA "${@:2}"; }

# wait_for URL BODY PID LOG: until URL answers BODY with data, or the process is gone (its log to stderr)
wait_for() {
  for _ in $(seq 1 1200); do
    if curl -sf -H 'Content-Type: application/json' -d "$2" "$1" 2>/dev/null | grep -q '"data"'; then return 0; fi
    kill -0 "$3" 2>/dev/null || { cat "$4" >&2; return 1; }
    sleep 0.1
  done
  cat "$4" >&2; return 1
}

# build_pg_app: the service's PostgreSQL build in $OUT/app (REBUILD=0 keeps an earlier one)
build_pg_app() {
  if [ ! -f "$OUT/app/quarkus-run.jar" ] || [ "${REBUILD:-1}" = 1 ]; then
    log "building the service for PostgreSQL"
    ./mvnw -B -q -ntp package -Ppostgresql -DskipTests
    rm -rf "$OUT/app" && cp -a target/quarkus-app "$OUT/app"
  fi
}

# fresh_db DB START STOP: an empty database DB that the service (START, then STOP: commands with their arguments)
# migrates with Flyway
fresh_db() {
  log "fresh database $1"
  psql_db postgres -c "drop database if exists $1 with (force)"
  psql_db postgres -c "create database $1"
  log "the service migrates it"
  # shellcheck disable=SC2086 # a command and its words
  $2
  # shellcheck disable=SC2086
  $3
}

# machine_lines: the date, commit and machine lines every bench's results begin with
machine_lines() {
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo "- machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
}

# publish_results NAME HEADING: prints $OUT/results.md and, unless DOCS=0, puts it into docs/performance.md
publish_results() {
  cat "$OUT/results.md"
  if [ "${DOCS:-1}" = 1 ]; then python3 bench/lib/put_results.py "$1" "$2" "$OUT/results.md" docs/performance.md; fi
}

# manifest_java_opts: the reader Deployment's memory settings (deploy/kubernetes/deployment.yaml's JAVA_OPTS_APPEND)
manifest_java_opts() {
  awk '/name: JAVA_OPTS_APPEND/ {getline; sub(/^ *value: "/, ""); sub(/"$/, ""); print; exit}' deploy/kubernetes/deployment.yaml
}

# image_jvm: JAVA (the JDK 25 the image runs, when it is here), IMAGE_JAVA_OPTS (the image's own options,
# src/main/docker/Dockerfile.jvm) and JAVA_OPTS_APPEND (the reader Deployment's memory settings unless set)
image_jvm() {
  local jdk25=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
  if [ -z "${JAVA:-}" ]; then if [ -x "$jdk25" ]; then JAVA=$jdk25; else JAVA=java; fi; fi
  IMAGE_JAVA_OPTS="-XX:+UseSerialGC -Djava.util.logging.manager=org.jboss.logmanager.LogManager"
  JAVA_OPTS_APPEND=${JAVA_OPTS_APPEND:-$(manifest_java_opts)}
}

# peer_tools DIR: bench/peer's pinned npm packages in DIR, and a throwaway key pair in $OUT for access control as
# in production (tokens verified with a key of the operator's)
peer_tools() {
  if [ ! -d "$1/node_modules" ]; then
    log "installing the pinned npm packages"
    (cd "$1" && npm ci --no-audit --no-fund)
  fi
  if [ ! -f "$OUT/jwt-public.pem" ]; then
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$OUT/jwt-private.pem" 2>/dev/null
    openssl pkey -in "$OUT/jwt-private.pem" -pubout -out "$OUT/jwt-public.pem"
  fi
}
