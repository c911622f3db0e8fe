#!/usr/bin/env bash
# Monitoring in CI: lint and unit-test the Prometheus rules, validate the
# Alertmanager and Grafana files, then run the built API (embedded defaults)
# and a real Prometheus server on loopback with a config generated from
# monitoring/prometheus.yml, and check through Prometheus' HTTP API that the
# target is up, the alert rules load, every seed metric has samples and every
# dashboard query is valid PromQL. Cleans up on exit; fails on any error.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
log() { printf '\n--- monitoring: %s\n' "$*"; }
fail() { printf 'monitoring: FAIL: %s\n' "$*" >&2; exit 1; }

# The seed's metric names (monitoring/metrics.js), plus the one its alerts use.
SEED_METRICS=(http_request_duration_seconds http_requests_total ai_generation_duration_seconds ai_generation_total
  active_users_total database_connections_active redis_connections_active components_generated_per_minute)
# The rest of what the dashboard reads: samples from the first scrape…
EXTRA_METRICS=(queue_depth cache_hit_ratio cache_lookups_total app_backend_info)
# …and series that appear with their first render or job (declared, so Prometheus knows their metadata).
DECLARED_METRICS=(render_jobs_total render_duration_seconds queue_job_duration_seconds generation_cache_lookups_total ai_tokens_total)

log "tools"
if ! command -v prometheus >/dev/null || ! command -v promtool >/dev/null || ! command -v amtool >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus prometheus-alertmanager >/dev/null
fi
prometheus --version 2>&1 | head -n 1
amtool --version 2>&1 | head -n 1

log "static checks"
promtool check config monitoring/prometheus.yml
promtool check rules monitoring/alerts.yml
promtool test rules monitoring/alerts.test.yml
amtool check-config monitoring/alertmanager.yml
for severity in critical warning info; do
  printf 'alertmanager route for severity=%s: ' "$severity"
  amtool config routes test --config.file=monitoring/alertmanager.yml "severity=$severity" 2>/dev/null
done
[[ "$(amtool config routes test --config.file=monitoring/alertmanager.yml severity=critical 2>/dev/null)" == critical-alerts ]] || fail "critical alerts are not routed to critical-alerts"
[[ "$(amtool config routes test --config.file=monitoring/alertmanager.yml severity=warning 2>/dev/null)" == warning-alerts ]] || fail "warnings are not routed to warning-alerts"
dashboard=monitoring/grafana/provisioning/dashboards/anclora-render.json
# Every dashboard query, one per line ($__rate_interval as Grafana would resolve it for a 1 s scrape).
dashboard_queries=$(node -e '
  const d = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  if (!d.uid || !Array.isArray(d.panels)) throw new Error("not a dashboard");
  for (const p of d.panels) for (const t of p.targets ?? []) console.log(t.expr.replaceAll("$__rate_interval", "1m"));
' "$dashboard")
echo "grafana dashboard: $(wc -l <<<"$dashboard_queries") queries"

log "build"
# Rebuild when the bundle is missing or older than any server source.
if [[ ! -f apps/api/dist/server.js ]] || [[ -n "$(find apps/api/src apps/worker/src packages/*/src -name '*.ts' -newer apps/api/dist/server.js -print -quit)" ]]; then
  node scripts/build-servers.mjs
else
  echo "apps/api/dist/server.js is up to date"
fi

free_port() { node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
tmp=$(mktemp -d)
pids=()
cleanup() {
  local code=$?
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if (( code != 0 )); then
    echo "--- app log";        tail -n 40 "$tmp/app.log" 2>/dev/null || true
    echo "--- prometheus log"; tail -n 40 "$tmp/prometheus.log" 2>/dev/null || true
  fi
  rm -rf "$tmp"
  exit "$code"
}
trap cleanup EXIT INT TERM

log "app"
app_port=$(free_port)
preview_port=$(free_port)
# Embedded defaults: no DATABASE_URL/REDIS_URL, whatever the caller exported.
env -u DATABASE_URL -u REDIS_URL -u METRICS_TOKEN NODE_ENV=development HOST=127.0.0.1 PORT="$app_port" \
  PREVIEW_PORT="$preview_port" DATA_DIR="$tmp/data" LOG_LEVEL=warn AI_PROVIDER=offline \
  node apps/api/dist/server.js >"$tmp/app.log" 2>&1 &
pids+=($!)
app="http://127.0.0.1:$app_port"
for _ in $(seq 1 150); do curl -fsS "$app/api/health" >/dev/null 2>&1 && break; sleep 0.2; done
curl -fsS "$app/api/health" >/dev/null || fail "the app did not answer on $app"
echo "app on $app"
# Traffic, so every seed metric has samples: a signed-in user (active_users_total),
# a generation (ai_generation_*, components_generated_per_minute), a 404.
curl -fsS -o /dev/null -X POST "$app/api/auth/register" -H 'content-type: application/json' \
  -d "{\"email\":\"ci-monitoring-$$@example.com\",\"password\":\"password-for-ci-monitoring\"}"
curl -fsS -o /dev/null -X POST "$app/api/generations" -H 'content-type: application/json' \
  -d '{"prompt":"tarjeta de precios con 3 planes","target":"react-tailwind"}'
curl -sS -o /dev/null "$app/api/does-not-exist" || true

log "prometheus"
prom_port=$(free_port)
# The repository's config with the API target moved to the loopback app and
# 1 s intervals; the other jobs stay (their targets do not exist here).
mkdir -p "$tmp/prometheus"
cp monitoring/alerts.yml "$tmp/prometheus/alerts.yml"
sed -e "s/'api:3000'/'127.0.0.1:$app_port'/" -e 's/scrape_interval: 15s/scrape_interval: 1s/' \
  -e 's/evaluation_interval: 15s/evaluation_interval: 1s/' monitoring/prometheus.yml >"$tmp/prometheus/prometheus.yml"
grep -q "127.0.0.1:$app_port" "$tmp/prometheus/prometheus.yml" || fail "could not point the generated config at the app"
grep -q 'scrape_interval: 1s' "$tmp/prometheus/prometheus.yml" || fail "could not set the scrape interval"
promtool check config "$tmp/prometheus/prometheus.yml" >/dev/null
prometheus --config.file="$tmp/prometheus/prometheus.yml" --storage.tsdb.path="$tmp/prometheus/data" \
  --web.listen-address="127.0.0.1:$prom_port" --log.level=warn >"$tmp/prometheus.log" 2>&1 &
pids+=($!)
prom="http://127.0.0.1:$prom_port"
for _ in $(seq 1 100); do curl -fsS "$prom/-/ready" >/dev/null 2>&1 && break; sleep 0.2; done
curl -fsS "$prom/-/ready" >/dev/null || fail "Prometheus did not become ready"
echo "prometheus on $prom"

# GET a Prometheus API path and print what a JS expression makes of its JSON `data` (`d`).
api() {
  curl -fsS -G "$prom$1" ${3:+--data-urlencode "$3"} |
    node -e 'let s="";process.stdin.on("data",c=>s+=c).on("end",()=>{const r=JSON.parse(s);if(r.status!=="success")throw new Error(s);const d=r.data;console.log(eval(process.argv[1]))})' "$2"
}
# Retries until the probe prints what is expected (scrapes and rule evaluations take a second or two).
await() {
  local what=$1 expected=$2 got=''; shift 2
  for _ in $(seq 1 40); do got=$("$@" 2>/dev/null || true); [[ "$got" == "$expected" ]] && { echo "ok: $what"; return 0; }; sleep 0.5; done
  fail "$what: expected '$expected', got '$got'"
}

log "checks through the Prometheus HTTP API"
await "target anclora-render is up" up \
  api /api/v1/targets 'd.activeTargets.filter(t=>t.labels.job==="anclora-render").map(t=>t.health).join(",")'
await "all 12 alert rules loaded and evaluated" "12 ok" \
  api /api/v1/rules '(r=>r.length+" "+[...new Set(r.map(x=>x.health))].join(","))(d.groups.flatMap(g=>g.rules))'
for name in "${SEED_METRICS[@]}" "${EXTRA_METRICS[@]}"; do
  await "$name has samples" yes \
    api /api/v1/query '(d.result.length>0&&Number(d.result[0].value[1])>0)?"yes":"no"' "query=count({__name__=~\"${name}(_bucket|_sum|_count)?\",job=\"anclora-render\"})"
done
for name in "${DECLARED_METRICS[@]}"; do
  await "$name is exported (metadata)" yes \
    api /api/v1/targets/metadata 'd.length>0?"yes":"no"' "metric=$name"
done
await 'active_users_total{plan="free"} is 1 (the user registered above)' 1 \
  api /api/v1/query 'd.result.map(r=>r.value[1]).join(",")' 'query=active_users_total{plan="free"}'
await 'components_generated_per_minute is 1 (the generation above)' 1 \
  api /api/v1/query 'd.result.map(r=>r.value[1]).join(",")' 'query=components_generated_per_minute'
await 'database_connections_active is 1 (PGlite)' 1 \
  api /api/v1/query 'd.result.map(r=>r.value[1]).join(",")' 'query=database_connections_active'
await 'ServiceDown is not firing for the live API' none \
  api /api/v1/alerts 'd.alerts.filter(a=>a.labels.alertname==="ServiceDown"&&a.labels.job==="anclora-render").length?"firing":"none"'
while IFS= read -r expr; do
  api /api/v1/query 'd.resultType' "query=$expr" >/dev/null || fail "dashboard query rejected by Prometheus: $expr"
done <<<"$dashboard_queries"
echo "ok: every dashboard query is valid PromQL"

elapsed=$(( $(date +%s) - started ))
echo "monitoring: all checks passed in ${elapsed} s"
(( elapsed < 120 )) || fail "took ${elapsed} s (budget 120 s)"
