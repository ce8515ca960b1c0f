#!/usr/bin/env bash
# Builds the Claimgraph JVM container image without any container registry and smoke-tests it.
#
#   deploy/container/build-and-smoke.sh
#
# 1. builds the application in the aot-jar layout (./mvnw -B package -DskipTests -Dquarkus.package.jar.type=aot-jar,
#    the embedded H2 build);
# 2. makes the base image claimgraph-base:local with debootstrap: Debian (the suite, mirror and keyring of this
#    machine's own apt sources) with curl, and a Java 25 runtime made with jlink from the machine's JDK 25
#    (JAVA25_HOME, or the first JDK 25 under /usr/lib/jvm); the root file system is cached as a tar under
#    $CLAIMGRAPH_BASE_CACHE (default /var/tmp/claimgraph-base) so that reruns, and other checkouts, skip this step;
# 3. builds claimgraph:<version>-local from deploy/container/Dockerfile.local (same layout, JVM options and user as
#    src/main/docker/Dockerfile.jvm), whose build runs the AOT training run and puts the cache in the image;
# 4. runs it on a free port of 127.0.0.1 with its data on a fresh podman volume, access control on (a key pair made
#    for the run, the public key mounted read-only), a cursor key made for the run (prod mode refuses the built-in
#    one), the ingest writer's JVM options and memory limit from deploy/kubernetes/ingest-deployment.yaml, and
#    -XX:AOTMode=on (the JVM refuses to start unless it can use the image's AOT cache); checks that /q/health/ready
#    is UP and says whether the models are loaded, a GraphQL query answers without a token, ingestArticle is
#    refused without one (UNAUTHENTICATED) and answers CREATED with an editor token from scripts/mint-token.sh, the
#    database file is written to the volume, and the process does not run as root;
# 5. removes the container and the volume, prints PASS/FAIL lines and exits non-zero if any check failed.
#
# Needs: podman (with runc), debootstrap, curl, jq, openssl; root, or a podman set up for your user.
# Environment: SKIP_APP_BUILD=1 reuses target/quarkus-app (it must be the aot-jar build); REBUILD_BASE=1 makes the
# base image again; DEBIAN_MIRROR and DEBIAN_SUITE override what the apt sources say; JAVA25_HOME; READY_TIMEOUT
# seconds (default 180).
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT=$(pwd)
START=$(date +%s)

# The Debian mirror, suite and keyring this machine's apt uses (deb822 .sources files, or sources.list lines): the
# first source of the main archive (not the security one) with the component main.
apt_source() {
  python3 - <<'PY'
import glob, re
found = []
for path in sorted(glob.glob("/etc/apt/sources.list.d/*.sources")):
    for stanza in re.split(r"\n\s*\n", open(path).read()):
        fields = {}
        for line in stanza.splitlines():
            m = re.match(r"^([A-Za-z-]+):\s*(.*)$", line)
            if m:
                fields[m.group(1).lower()] = m.group(2).strip()
        if fields.get("types", "").split()[:1] == ["deb"] or "deb" in fields.get("types", "").split():
            if fields.get("enabled", "yes") != "no" and "main" in fields.get("components", "").split():
                for uri in fields.get("uris", "").split():
                    found.append((uri, fields.get("suites", "").split()[0], fields.get("signed-by", "")))
for path in ["/etc/apt/sources.list"] + sorted(glob.glob("/etc/apt/sources.list.d/*.list")):
    try:
        lines = open(path).read().splitlines()
    except OSError:
        continue
    for line in lines:
        m = re.match(r"^deb\s+(?:\[([^\]]*)\]\s+)?(\S+)\s+(\S+)\s+(.*)$", line.strip())
        if m and "main" in m.group(4).split():
            key = re.search(r"signed-by=(\S+)", m.group(1) or "")
            found.append((m.group(2), m.group(3), key.group(1) if key else ""))
for uri, suite, key in found:
    if "security" not in uri and "-" not in suite:
        print(uri, suite, key or "-")
        break
PY
}
read -r APT_MIRROR APT_SUITE APT_KEYRING <<<"$(apt_source || true)"
DEBIAN_MIRROR=${DEBIAN_MIRROR:-$APT_MIRROR}
DEBIAN_SUITE=${DEBIAN_SUITE:-$APT_SUITE}
BASE_IMAGE=claimgraph-base:local
BASE_PACKAGES=ca-certificates,curl
# the Java runtime of the image: jlink from this machine's JDK 25
if [ -z "${JAVA25_HOME:-}" ]; then
  for jdk in /usr/lib/jvm/*; do
    if [ -x "$jdk/bin/jlink" ] && grep -q '^JAVA_VERSION="25' "$jdk/release" 2>/dev/null; then JAVA25_HOME=$jdk; break; fi
  done
fi
JAVA_MODULES=java.se,jdk.unsupported,jdk.management,jdk.management.agent,jdk.crypto.ec,jdk.crypto.cryptoki,jdk.naming.dns,jdk.jfr,jdk.jcmd,jdk.attach,jdk.zipfs,jdk.localedata,jdk.charsets,jdk.net,jdk.security.auth,jdk.security.jgss,jdk.httpserver
BASE_CACHE=${CLAIMGRAPH_BASE_CACHE:-/var/tmp/claimgraph-base}
READY_TIMEOUT=${READY_TIMEOUT:-180}
VERSION=$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
APP_IMAGE=claimgraph:${VERSION}-local
NAME=claimgraph-smoke-$$
VOLUME=claimgraph-smoke-data-$$
# the flags this machine's podman needs (no user namespaces for crun, low default ulimits, no CNI bridge)
RUN_FLAGS=(--runtime runc --ulimit nofile=4096:4096 --ulimit nproc=4096:4096 --network host)

FAILED=0
LOGS=$ROOT/target/smoke        # logs of the builds; ./mvnw package does not remove it
mkdir -p "$LOGS"
log() { printf '%s [%4ss] %s\n' "$(date -u +%H:%M:%S)" "$(( $(date +%s) - START ))" "$*"; }
pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; FAILED=1; }
die() { fail "$*"; finish; }
finish() {
  log "done in $(( $(date +%s) - START ))s"
  if [ "$FAILED" -eq 0 ]; then echo "RESULT: PASS"; exit 0; else echo "RESULT: FAIL"; exit 1; fi
}
KEYS=$(mktemp -d)
ISSUER=https://claimgraph.smoke
cleanup() {
  podman rm -f -t 5 "$NAME" >/dev/null 2>&1 || true
  podman volume rm -f "$VOLUME" >/dev/null 2>&1 || true
  rm -rf "$KEYS"
}
trap cleanup EXIT

for tool in podman debootstrap curl jq openssl python3; do
  command -v "$tool" >/dev/null || die "$tool is not installed (apt-get install podman runc debootstrap curl jq)"
done
[ -n "$DEBIAN_MIRROR" ] && [ -n "$DEBIAN_SUITE" ] || die "no Debian source with the component main in /etc/apt (set DEBIAN_MIRROR and DEBIAN_SUITE)"
[ -n "${JAVA25_HOME:-}" ] && [ -x "$JAVA25_HOME/bin/jlink" ] || die "no JDK 25 with jlink found (set JAVA25_HOME)"
JDK_VERSION=$("$JAVA25_HOME/bin/java" -version 2>&1); JDK_VERSION=${JDK_VERSION%%$'\n'*}

# --- 1. application -------------------------------------------------------------------------------------------
if [ "${SKIP_APP_BUILD:-0}" = 1 ] && [ -f target/quarkus-app/quarkus-run.jar ]; then
  log "reusing target/quarkus-app (SKIP_APP_BUILD=1)"
else
  log "building the application: ./mvnw -B package -DskipTests -Dquarkus.package.jar.type=aot-jar"
  if ! ./mvnw -B package -DskipTests -Dquarkus.package.jar.type=aot-jar > "$LOGS/app-build.log" 2>&1; then
    tail -40 "$LOGS/app-build.log"
    die "application build (./mvnw -B package -DskipTests -Dquarkus.package.jar.type=aot-jar; log in $LOGS/app-build.log)"
  fi
fi
[ -f target/quarkus-app/quarkus-run.jar ] || die "target/quarkus-app/quarkus-run.jar missing"
pass "application built (target/quarkus-app, version $VERSION)"

# --- 2. base image --------------------------------------------------------------------------------------------
# The cache key changes with the package list, so a new list makes a new root file system.
KEY=$(printf '%s %s %s %s %s %s' "$DEBIAN_SUITE" "$BASE_PACKAGES" "$DEBIAN_MIRROR" "$JAVA25_HOME" "$JDK_VERSION" "$JAVA_MODULES" \
  | sha256sum | cut -c1-12)
BASE_TAR=$BASE_CACHE/$DEBIAN_SUITE-jre25-$KEY.tar
if [ "${REBUILD_BASE:-0}" = 1 ]; then
  rm -f "$BASE_TAR"; podman rmi -f "$BASE_IMAGE" >/dev/null 2>&1 || true
fi
if podman image exists "$BASE_IMAGE" && [ "$(podman image inspect -f '{{index .Labels "claimgraph.base-key"}}' "$BASE_IMAGE" 2>/dev/null)" = "$KEY" ]; then
  log "reusing base image $BASE_IMAGE (key $KEY)"
else
  if [ ! -f "$BASE_TAR" ]; then
    log "making the base root file system with debootstrap ($DEBIAN_SUITE from $DEBIAN_MIRROR, $BASE_PACKAGES)"
    mkdir -p "$BASE_CACHE"
    ROOTFS=$(mktemp -d "$BASE_CACHE/rootfs.XXXXXX")
    chmod 0755 "$ROOTFS"   # mktemp makes it 0700, and it becomes the image's /: the app user must enter it
    KEYRING=()
    if [ "$APT_KEYRING" != - ] && [ -f "$APT_KEYRING" ]; then KEYRING=(--keyring "$APT_KEYRING"); fi
    if ! debootstrap --variant=minbase "${KEYRING[@]}" --include="$BASE_PACKAGES" "$DEBIAN_SUITE" "$ROOTFS" "$DEBIAN_MIRROR" \
        > "$BASE_CACHE/debootstrap.log" 2>&1; then
      tail -20 "$BASE_CACHE/debootstrap.log"; rm -rf "$ROOTFS"
      die "debootstrap (see $BASE_CACHE/debootstrap.log)"
    fi
    log "adding a Java runtime made with jlink from $JAVA25_HOME ($JDK_VERSION)"
    if ! "$JAVA25_HOME/bin/jlink" --add-modules "$JAVA_MODULES" --strip-debug --no-header-files --no-man-pages \
        --generate-cds-archive --output "$ROOTFS/opt/java" > "$BASE_CACHE/jlink.log" 2>&1; then
      tail -20 "$BASE_CACHE/jlink.log"; rm -rf "$ROOTFS"
      die "jlink (see $BASE_CACHE/jlink.log)"
    fi
    # smaller image: no package caches, lists or docs
    rm -rf "$ROOTFS"/var/cache/apt/archives/*.deb "$ROOTFS"/var/lib/apt/lists/* "$ROOTFS"/usr/share/doc/* \
           "$ROOTFS"/usr/share/man/* "$ROOTFS"/var/log/*.log
    tar -C "$ROOTFS" --numeric-owner -cf "$BASE_TAR.part" . && mv "$BASE_TAR.part" "$BASE_TAR"
    rm -rf "$ROOTFS"
  else
    log "importing cached base root file system $BASE_TAR"
  fi
  podman import \
    --change 'ENV PATH=/opt/java/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'ENV JAVA_HOME=/opt/java' \
    --change "LABEL claimgraph.base-key=$KEY" \
    --change 'CMD ["/bin/bash"]' \
    "$BASE_TAR" "$BASE_IMAGE" > "$LOGS/base-import.log" 2>&1 || die "podman import of $BASE_TAR"
fi
# all of the output first, then its first line: `| head -1` closed the pipe on the lines that followed, and with
# pipefail the broken pipe failed the check on some runs
JAVA_IN_BASE=$(podman run --rm "${RUN_FLAGS[@]}" "$BASE_IMAGE" java -version 2>&1) \
  || die "java does not run in $BASE_IMAGE"
JAVA_IN_BASE=${JAVA_IN_BASE%%$'\n'*}
pass "base image $BASE_IMAGE ($JAVA_IN_BASE)"

# --- 3. application image -------------------------------------------------------------------------------------
log "building $APP_IMAGE from deploy/container/Dockerfile.local"
if podman build --runtime runc --network host --ulimit nofile=4096:4096 --ulimit nproc=4096:4096 \
    --build-arg BASE_IMAGE="$BASE_IMAGE" -f deploy/container/Dockerfile.local -t "$APP_IMAGE" . \
    > "$LOGS/image-build.log" 2>&1; then
  pass "image $APP_IMAGE built ($(podman image inspect -f '{{.Size}}' "$APP_IMAGE" | awk '{printf "%.0f MB", $1/1e6}'))"
else
  tail -30 "$LOGS/image-build.log"
  die "podman build of $APP_IMAGE"
fi

# --- 4. run ---------------------------------------------------------------------------------------------------
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
BASE_URL=http://127.0.0.1:$PORT
podman volume create "$VOLUME" >/dev/null
scripts/mint-token.sh --new-keys "$KEYS" 2>/dev/null
chmod 644 "$KEYS/publicKey.pem"
TOKEN=$(scripts/mint-token.sh --key "$KEYS/privateKey.pem" --groups editor --issuer "$ISSUER" --minutes 30)
if podman run --rm "${RUN_FLAGS[@]}" --entrypoint /bin/sh "$APP_IMAGE" -c 'test -s /deployments/app.aot'; then
  pass "the image carries its AOT cache ($(grep -o 'AOT cache written: .*' "$LOGS/image-build.log" | head -1))"
else
  fail "no AOT cache in the image (training run: see $LOGS/image-build.log)"
fi
# the ingest writer's settings from its manifest, and a JVM that refuses to start without the image's AOT cache
WRITER_MANIFEST=deploy/kubernetes/ingest-deployment.yaml
WRITER_OPTS=$(sed -n '/name: JAVA_OPTS_APPEND/{n;s/.*value: "\(.*\)"/\1/p}' "$WRITER_MANIFEST")
WRITER_LIMIT=$(sed -n 's/^ *memory: \([0-9]*\)Mi$/\1/p' "$WRITER_MANIFEST" | tail -1)
[ -n "$WRITER_OPTS" ] && [ -n "$WRITER_LIMIT" ] || die "no JAVA_OPTS_APPEND or memory limit in $WRITER_MANIFEST"
log "starting $NAME on $BASE_URL (data on volume $VOLUME, access control on, $WRITER_OPTS -XX:AOTMode=on, memory ${WRITER_LIMIT}m)"
podman run -d --name "$NAME" "${RUN_FLAGS[@]}" --memory "${WRITER_LIMIT}m" \
  -e JAVA_OPTS_APPEND="$WRITER_OPTS -XX:AOTMode=on" \
  -e QUARKUS_HTTP_HOST=127.0.0.1 -e QUARKUS_HTTP_PORT="$PORT" \
  -e MP_JWT_VERIFY_PUBLICKEY_LOCATION=/deployments/auth/publicKey.pem -e MP_JWT_VERIFY_ISSUER="$ISSUER" \
  -e CLAIMGRAPH_CURSOR_SECRET="$(openssl rand -base64 32)" \
  -v "$KEYS/publicKey.pem":/deployments/auth/publicKey.pem:ro \
  -v "$VOLUME":/deployments/data \
  "$APP_IMAGE" >/dev/null || die "podman run $APP_IMAGE"

READY_BODY=""
for _ in $(seq 1 "$READY_TIMEOUT"); do
  if [ "$(podman inspect -f '{{.State.Running}}' "$NAME" 2>/dev/null)" != true ]; then
    podman logs --tail 40 "$NAME" 2>&1 || true
    die "container stopped before it was ready"
  fi
  if READY_BODY=$(curl -fsS --max-time 2 "$BASE_URL/q/health/ready" 2>/dev/null); then break; fi
  READY_BODY=""
  sleep 1
done
log "started in $(podman logs "$NAME" 2>&1 | sed -n 's/.*started in \([0-9.]*s\).*/\1/p' | head -1)"

# --- 5. checks ------------------------------------------------------------------------------------------------
if [ "$(jq -r .status <<<"${READY_BODY:-null}")" = UP ]; then
  pass "/q/health/ready is UP ($(jq -c '[.checks[] | "\(.name)=\(.status)"]' <<<"$READY_BODY"))"
  MODELS=$(jq -c '.checks[] | select(.name == "Extraction models") | .data' <<<"$READY_BODY")
  if [ "$(jq -r .ingest <<<"${MODELS:-null}")" = enabled ] && [ "$(jq -r .load <<<"${MODELS:-null}")" = after-start ]; then
    pass "readiness says how the models load: $MODELS"
  else
    fail "readiness does not say how the models load: ${MODELS:-no Extraction models check}"
  fi
else
  fail "/q/health/ready not UP within ${READY_TIMEOUT}s: ${READY_BODY:-no answer}"
  podman logs --tail 40 "$NAME" 2>&1 || true
fi

# the endpoints of the Kubernetes probes (deploy/kubernetes/deployment.yaml)
for endpoint in live started; do
  BODY=$(curl -sS --max-time 5 "$BASE_URL/q/health/$endpoint" || true)
  if [ "$(jq -r .status <<<"${BODY:-null}" 2>/dev/null)" = UP ]; then
    pass "/q/health/$endpoint is UP"
  else
    fail "/q/health/$endpoint: ${BODY:-no answer}"
  fi
done

graphql() {  # $1: query text, $2: bearer token (optional); prints the JSON answer
  local auth=()
  if [ -n "${2:-}" ]; then auth=(-H "Authorization: Bearer $2"); fi
  curl -sS --max-time 30 -H 'Content-Type: application/json' "${auth[@]}" \
    --data "$(jq -n --arg q "$1" '{query: $q}')" "$BASE_URL/graphql"
}

ANSWER=$(graphql '{ articles(first:1){ totalCount } }' || true)
BEFORE=$(jq -r '.data.articles.totalCount // empty' <<<"${ANSWER:-null}" 2>/dev/null || true)
if [[ "$BEFORE" =~ ^[0-9]+$ ]] && [ "$(jq '.errors // [] | length' <<<"$ANSWER")" = 0 ]; then
  pass "query { articles(first:1){ totalCount } } answered totalCount=$BEFORE"
else
  fail "query articles: ${ANSWER:-no answer}"
fi

STAMP=$(date +%s)-$$
MUTATION='mutation { ingestArticle(input: {
  url: "https://smoke.claimgraph.test/'"$STAMP"'"
  headline: "Harbour reopens after repairs"
  body: "The harbour reopened on Monday, the port authority said.\n\nShips had queued for days, according to officials. Smoke run '"$STAMP"'."
  publisher: "Smoke Test News"
  publishedAt: "2025-02-10T08:00:00Z"
}) { outcome article { id } } }'
ANSWER=$(graphql "$MUTATION" || true)
if [ "$(jq -r '.errors[0].extensions.code // empty' <<<"${ANSWER:-null}" 2>/dev/null)" = UNAUTHENTICATED ]; then
  pass "mutation without a token refused with UNAUTHENTICATED"
else
  fail "mutation without a token: ${ANSWER:-no answer}"
fi
ANSWER=$(graphql "$MUTATION" "$TOKEN" || true)
OUTCOME=$(jq -r '.data.ingestArticle.outcome // empty' <<<"${ANSWER:-null}" 2>/dev/null || true)
if [ "$OUTCOME" = CREATED ]; then
  pass "mutation ingestArticle with an editor token answered CREATED (article id $(jq -r .data.ingestArticle.article.id <<<"$ANSWER"))"
else
  fail "mutation ingestArticle: ${ANSWER:-no answer}"
fi

ANSWER=$(graphql '{ articles(first:1){ totalCount } }' || true)
AFTER=$(jq -r '.data.articles.totalCount // empty' <<<"${ANSWER:-null}" 2>/dev/null || true)
if [[ "$BEFORE" =~ ^[0-9]+$ ]] && [ "$AFTER" = "$((BEFORE + 1))" ]; then
  pass "totalCount went from $BEFORE to $AFTER"
else
  fail "totalCount after ingest: ${ANSWER:-no answer}"
fi

if podman exec "$NAME" test -s /deployments/data/claimgraph.mv.db; then
  pass "H2 database written to the volume (/deployments/data/claimgraph.mv.db)"
else
  fail "no /deployments/data/claimgraph.mv.db in the container"
fi

UID_IN=$(podman exec "$NAME" id -u 2>/dev/null || true)
PROC_UID=$(podman exec "$NAME" sh -c 'awk "/^Uid:/{print \$2}" /proc/1/status' 2>/dev/null || true)
if [[ "$UID_IN" =~ ^[0-9]+$ ]] && [ "$UID_IN" != 0 ] && [[ "$PROC_UID" =~ ^[0-9]+$ ]] && [ "$PROC_UID" != 0 ]; then
  pass "runs as non-root (podman exec id -u = $UID_IN; java process uid = $PROC_UID)"
else
  fail "runs as root or unknown (id -u = '${UID_IN}', process uid = '${PROC_UID}')"
fi

cleanup
podman container exists "$NAME" && fail "container $NAME still exists" || pass "container $NAME removed"
finish
