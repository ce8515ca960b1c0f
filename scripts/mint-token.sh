#!/usr/bin/env bash
# Mints a signed bearer token (JWT, RS256) for local development and scripted checks, with openssl only.
#
#   scripts/mint-token.sh --new-keys dev-keys          # once: dev-keys/privateKey.pem and dev-keys/publicKey.pem
#   scripts/mint-token.sh [--key dev-keys/privateKey.pem] [--groups editor,reader] [--issuer URL]
#                         [--minutes 60] [--subject NAME]
#
# The service verifies it with the public key (MP_JWT_VERIFY_PUBLICKEY_LOCATION) and, when set, the issuer
# (MP_JWT_VERIFY_ISSUER, default here https://claimgraph.local). Mutations need the group "editor"; queries
# need "reader" only where CLAIMGRAPH_AUTH_QUERIES_REQUIRE_READER=true. Never use development keys in production.
set -euo pipefail

KEY=dev-keys/privateKey.pem
GROUP_LIST=editor
ISSUER=${MP_JWT_VERIFY_ISSUER:-https://claimgraph.local}
MINUTES=60
SUBJECT=${USER:-developer}

while [ $# -gt 0 ]; do
  case "$1" in
    --new-keys)
      dir=${2:?--new-keys needs a folder}
      mkdir -p "$dir"
      openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$dir/privateKey.pem" 2>/dev/null
      openssl rsa -in "$dir/privateKey.pem" -pubout -out "$dir/publicKey.pem" 2>/dev/null
      echo "wrote $dir/privateKey.pem (keep it) and $dir/publicKey.pem (give it to the service)" >&2
      exit 0 ;;
    --key) KEY=$2; shift 2 ;;
    --groups) GROUP_LIST=$2; shift 2 ;;
    --issuer) ISSUER=$2; shift 2 ;;
    --minutes) MINUTES=$2; shift 2 ;;
    --subject) SUBJECT=$2; shift 2 ;;
    *) echo "unknown option $1 (see the comment at the top of $0)" >&2; exit 2 ;;
  esac
done
[ -f "$KEY" ] || { echo "no private key at $KEY: run $0 --new-keys dev-keys first" >&2; exit 1; }

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
groups_json=$(printf '%s' "$GROUP_LIST" | awk -F, '{ for (i = 1; i <= NF; i++) printf "%s\"%s\"", (i > 1 ? "," : ""), $i }')
header='{"alg":"RS256","typ":"JWT"}'
payload=$(printf '{"iss":"%s","sub":"%s","upn":"%s","groups":[%s],"iat":%d,"exp":%d,"jti":"%s-%s"}' \
  "$ISSUER" "$SUBJECT" "$SUBJECT" "$groups_json" "$now" $((now + MINUTES * 60)) "$now" "$$")
signing_input="$(printf '%s' "$header" | b64url).$(printf '%s' "$payload" | b64url)"
signature=$(printf '%s' "$signing_input" | openssl dgst -sha256 -sign "$KEY" -binary | b64url)
printf '%s.%s\n' "$signing_input" "$signature"
