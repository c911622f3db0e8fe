#!/usr/bin/env bash
# Monitoring in CI: lint and unit-test the Prometheus rules, validate the
# Alertmanager and Grafana files, then run the built API and a separate worker
# process (sharing a throwaway PostgreSQL database and a Redis key prefix made
# for this run, as in production) and a real Prometheus server on loopback
# with a config generated from monitoring/prometheus.yml, and check through
# Prometheus' HTTP API that both targets are up, the alert rules load, every
# seed metric has samples, the worker exports its own metrics and a job it
# ran, and every dashboard query is valid PromQL. Cleans up (processes,
# database, Redis keys) on exit; fails on any error.
#
# PostgreSQL and Redis: CI_POSTGRES_URL (a server URL whose user may CREATE
# DATABASE, default postgres://postgres@127.0.0.1:5432) and CI_REDIS_URL
# (default TEST_REDIS_URL, else redis://127.0.0.1:6379).
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
log() { printf '\n--- monitoring: %s (at %d s)\n' "$*" "$(($(date +%s) - started))"; }
fail() { printf 'monitoring: FAIL: %s\n' "$*" >&2; exit 1; }

# The seed's metric names (monitoring/metrics.js), plus the one its alerts use.
SEED_METRICS=(http_request_duration_seconds http_requests_total ai_generation_duration_seconds ai_generation_total
  active_users_total database_connections_active redis_connections_active components_generated_per_minute)
# The rest of what the dashboard reads: samples from the first scrape…
EXTRA_METRICS=(queue_depth cache_hit_ratio cache_lookups_total app_backend_info)
# …and series that appear with their first render or job (declared, so Prometheus knows their metadata).
DECLARED_METRICS=(render_jobs_total render_duration_seconds queue_job_duration_seconds generation_cache_lookups_total ai_tokens_total)
# The worker's own /metrics (apps/worker): Node process metrics and its view of the backends.
WORKER_METRICS=(process_cpu_user_seconds_total process_resident_memory_bytes nodejs_eventloop_lag_seconds
  queue_depth database_connections_active redis_connections_active app_backend_info)
API_JOB=anclora-render
WORKER_JOB=anclora-render-worker

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
# Rebuild when a bundle is missing or older than any server source.
bundles=(apps/api/dist/server.js apps/worker/dist/main.js)
stale=''
for bundle in "${bundles[@]}"; do
  if [[ ! -f $bundle ]] || [[ -n "$(find apps/api/src apps/worker/src packages/*/src -name '*.ts' -newer "$bundle" -print -quit)" ]]; then stale=$bundle; fi
done
if [[ -n $stale ]]; then
  node scripts/build-servers.mjs
else
  echo "${bundles[*]} are up to date"
fi

# Four distinct ports below the kernel's ephemeral range, where no outgoing connection can take them
# between this choice and the server's listen (scripts/lib/free-port.ts).
read -r app_port preview_port worker_port prom_port < <(npx tsx scripts/free-ports.ts 4)
[ -n "${prom_port:-}" ] || fail "could not pick free ports"
tmp=$(mktemp -d)
pids=()
pg_server=${CI_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432}
pg_server=${pg_server%/}
redis_url=${CI_REDIS_URL:-${TEST_REDIS_URL:-redis://127.0.0.1:6379}}
# Unique per run, so concurrent runs (and leftovers of a killed one) never meet.
run_id="ci_monitoring_$(date +%s)_$$"
database=''
cleanup() {
  local code=$?
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if (( code != 0 )); then
    echo "--- app log";        tail -n 40 "$tmp/app.log" 2>/dev/null || true
    echo "--- worker log";     tail -n 40 "$tmp/worker.log" 2>/dev/null || true
    echo "--- prometheus log"; tail -n 40 "$tmp/prometheus.log" 2>/dev/null || true
  fi
  # After the processes: a database with open connections cannot be dropped
  # (FORCE ends any a killed process left behind).
  if [[ -n $database ]]; then
    psql -q -X -v ON_ERROR_STOP=1 "$pg_server/postgres" -c "DROP DATABASE IF EXISTS \"$database\" WITH (FORCE)" >/dev/null \
      || echo "monitoring: could not drop database $database" >&2
  fi
  redis-cli -u "$redis_url" --scan --pattern "$run_id:*" 2>/dev/null | xargs -r -n 500 redis-cli -u "$redis_url" del >/dev/null 2>&1 \
    || echo "monitoring: could not delete the Redis keys $run_id:*" >&2
  rm -rf "$tmp"
  exit "$code"
}
trap cleanup EXIT INT TERM

log "database and redis"
command -v psql >/dev/null && command -v redis-cli >/dev/null || fail "psql and redis-cli are needed (Debian: postgresql-client redis-tools)"
psql -q -X -v ON_ERROR_STOP=1 "$pg_server/postgres" -c "CREATE DATABASE \"$run_id\"" >/dev/null || fail "could not create a database on $pg_server"
database=$run_id
[[ "$(redis-cli -u "$redis_url" ping)" == PONG ]] || fail "Redis does not answer on $redis_url"
echo "database $database on $pg_server; Redis $redis_url, key prefix $run_id"
# What the API and the worker share, as in production: one database and one queue prefix.
# Whatever else the caller exported that would change the setup is left out.
unset_env=(-u METRICS_TOKEN -u RUN_WORKER_IN_PROCESS -u DATABASE_REPLICA_URL -u S3_BUCKET -u S3_ENDPOINT)
shared_env=(DATABASE_URL="$pg_server/$database" REDIS_URL="$redis_url" QUEUE_PREFIX="$run_id"
  NODE_ENV=development HOST=127.0.0.1 DATA_DIR="$tmp/data" LOG_LEVEL=warn AI_PROVIDER=offline
  # The machine's Redis outlives runs: the anonymous trial (3 a month per IP) and the credential limit
  # (10 per 15 min per IP) are counted there, outside the run's prefix. Ceilings no rerun reaches.
  ANONYMOUS_TRIAL_GENERATIONS=1000000000 LOGIN_RATE_LIMIT_MAX=1000000)

log "app"
# Only the API migrates (as the Deployment's migration Job would); the worker starts once it is up.
env "${unset_env[@]}" "${shared_env[@]}" PORT="$app_port" PREVIEW_PORT="$preview_port" MIGRATE_ON_START=true \
  node apps/api/dist/server.js >"$tmp/app.log" 2>&1 &
pids+=($!)
app="http://127.0.0.1:$app_port"
for _ in $(seq 1 150); do curl -fsS "$app/api/health" >/dev/null 2>&1 && break; sleep 0.2; done
curl -fsS "$app/api/health" >/dev/null || fail "the app did not answer on $app"
echo "app on $app"

log "worker"
# Started now so its boot overlaps the traffic below. Its scheduler enqueues
# sessions.cleanup at start and it runs the job itself (the API does not
# consume the maintenance queue when Redis is shared).
env "${unset_env[@]}" "${shared_env[@]}" WORKER_METRICS_PORT="$worker_port" MIGRATE_ON_START=false \
  node apps/worker/dist/main.js >"$tmp/worker.log" 2>&1 &
worker_pid=$!
pids+=("$worker_pid")
worker="http://127.0.0.1:$worker_port"
# Traffic, so every seed metric has samples: a signed-in user (active_users_total),
# a generation (ai_generation_*, components_generated_per_minute), a 404.
curl -fsS -o /dev/null -X POST "$app/api/auth/register" -H 'content-type: application/json' \
  -d "{\"email\":\"ci-monitoring-$$@example.com\",\"password\":\"password-for-ci-monitoring\"}"
curl -fsS -o /dev/null -X POST "$app/api/generations" -H 'content-type: application/json' \
  -d "{\"prompt\":\"tarjeta de precios con 3 planes ($run_id)\",\"target\":\"react-tailwind\"}"
curl -sS -o /dev/null "$app/api/does-not-exist" || true
for _ in $(seq 1 150); do curl -fsS "$worker/metrics" >/dev/null 2>&1 && break; kill -0 "$worker_pid" 2>/dev/null || break; sleep 0.2; done
curl -fsS "$worker/metrics" >/dev/null || fail "the worker's metrics listener did not answer on $worker"
echo "worker metrics on $worker/metrics"

log "prometheus"
# The repository's config with the API and worker targets moved to the
# loopback processes and 1 s intervals; the other jobs stay (their targets do
# not exist here).
mkdir -p "$tmp/prometheus"
cp monitoring/alerts.yml "$tmp/prometheus/alerts.yml"
sed -e "s/'api:3000'/'127.0.0.1:$app_port'/" -e "s/'worker:9464'/'127.0.0.1:$worker_port'/" -e 's/scrape_interval: 15s/scrape_interval: 1s/' \
  -e 's/evaluation_interval: 15s/evaluation_interval: 1s/' monitoring/prometheus.yml >"$tmp/prometheus/prometheus.yml"
grep -q "127.0.0.1:$app_port" "$tmp/prometheus/prometheus.yml" || fail "could not point the generated config at the app"
grep -q "127.0.0.1:$worker_port" "$tmp/prometheus/prometheus.yml" || fail "could not point the generated config at the worker ('worker:9464' in monitoring/prometheus.yml)"
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
# Prints the values of an instant query, comma-separated.
values() { api /api/v1/query 'd.result.map(r=>r.value[1]).join(",")' "query=$1"; }
# Prints yes when an instant query has results and every value is at least 1.
positive() { api /api/v1/query '(d.result.length>0&&d.result.every(r=>Number(r.value[1])>=1))?"yes":"no"' "query=$1"; }
# Prints the names (of $2…) that have no samples in job $1, or "none"; a histogram counts by its _count/_bucket/_sum series.
without_samples() {
  local job=$1 list; shift; list=$(IFS='|'; echo "$*")
  api /api/v1/query "(f=>(m=>m.length?m.join(' '):'none')('$*'.split(' ').filter(n=>!d.result.some(r=>f(r.metric.__name__)===n))))(x=>x.replace(/_(bucket|sum|count)\$/,''))" \
    "query=count by (__name__) ({job=\"$job\",__name__=~\"($list)(_bucket|_sum|_count)?\"})"
}
# Retries until the probe prints what is expected (scrapes and rule evaluations take a second or two).
await() {
  local what=$1 expected=$2 got=''; shift 2
  for _ in $(seq 1 40); do got=$("$@" 2>/dev/null || true); [[ "$got" == "$expected" ]] && { echo "ok: $what"; return 0; }; sleep 0.5; done
  fail "$what: expected '$expected', got '$got'"
}

log "checks through the Prometheus HTTP API"
await "targets $API_JOB and $WORKER_JOB are up" "$API_JOB=up $WORKER_JOB=up" \
  api /api/v1/targets "['$API_JOB','$WORKER_JOB'].map(j=>j+'='+d.activeTargets.filter(t=>t.labels.job===j).map(t=>t.health).join(',')).join(' ')"
rule_count=$(grep -cE '^\s*- alert:' monitoring/alerts.yml)
await "all $rule_count alert rules loaded and evaluated" "$rule_count ok" \
  api /api/v1/rules '(r=>r.length+" "+[...new Set(r.map(x=>x.health))].join(","))(d.groups.flatMap(g=>g.rules))'
# One query per list (each await spawns curl and node: on a busy runner that is what the step's time goes to).
await "API: samples for the seed metrics (${SEED_METRICS[*]}) and ${EXTRA_METRICS[*]}" none \
  without_samples "$API_JOB" "${SEED_METRICS[@]}" "${EXTRA_METRICS[@]}"
await "metadata for ${DECLARED_METRICS[*]}" none \
  api /api/v1/metadata "(m=>m.length?m.join(' '):'none')('${DECLARED_METRICS[*]}'.split(' ').filter(n=>!d[n]))"
await 'active_users_total{plan="free"} is 1 (the user registered above)' 1 \
  api /api/v1/query 'd.result.map(r=>r.value[1]).join(",")' 'query=active_users_total{plan="free"}'
await 'components_generated_per_minute is 1 (the generation above)' 1 \
  api /api/v1/query 'd.result.map(r=>r.value[1]).join(",")' 'query=components_generated_per_minute'
await 'the API runs on the shared PostgreSQL and BullMQ' 1 \
  values "app_backend_info{job=\"$API_JOB\",database=\"postgres\",queue=\"bullmq\",cache=\"redis\"}"
await 'the API holds PostgreSQL connections' yes positive "database_connections_active{job=\"$API_JOB\"}"

# The worker: a separate process with its own listener, on the same backends.
await "worker: samples for ${WORKER_METRICS[*]}" none without_samples "$WORKER_JOB" "${WORKER_METRICS[@]}"
await 'worker: runs on the shared PostgreSQL and BullMQ' 1 \
  values "app_backend_info{job=\"$WORKER_JOB\",database=\"postgres\",queue=\"bullmq\",cache=\"redis\"}"
await 'worker: holds PostgreSQL connections' yes positive "database_connections_active{job=\"$WORKER_JOB\"}"
await 'worker: holds Redis connections' yes positive "redis_connections_active{job=\"$WORKER_JOB\"}"
await 'worker: queue_depth covers the queues it consumes (maintenance, renders)' 'maintenance,renders' \
  api /api/v1/query '[...new Set(d.result.map(r=>r.metric.queue))].filter(q=>q==="maintenance"||q==="renders").sort().join(",")' \
  "query=queue_depth{job=\"$WORKER_JOB\"}"
# Its scheduler enqueued sessions.cleanup at start and the worker ran it: a
# completed attempt timed by the worker, not the API (which does not consume
# the maintenance queue here), and nothing left waiting.
await 'worker: ran the scheduled sessions.cleanup job (maintenance queue)' yes \
  positive "queue_job_duration_seconds_count{job=\"$WORKER_JOB\",queue=\"maintenance\",status=\"completed\"}"
await 'worker: no maintenance job failed' 0 \
  values "sum(queue_job_duration_seconds_count{job=\"$WORKER_JOB\",queue=\"maintenance\",status=\"failed\"}) or vector(0)"
await 'worker: the maintenance queue is drained' 0 \
  values "sum(queue_depth{job=\"$WORKER_JOB\",queue=\"maintenance\"})"
for job in "$API_JOB" "$WORKER_JOB"; do
  await "ServiceDown is not firing for the live $job" none \
    api /api/v1/alerts "d.alerts.filter(a=>a.labels.alertname===\"ServiceDown\"&&a.labels.job===\"$job\").length?\"firing\":\"none\""
done
# Every dashboard query through the query API, in one process.
node -e '
  const [prom, text] = process.argv.slice(1);
  (async () => {
    let rejected = 0;
    for (const expr of text.split("\n").filter(Boolean)) {
      const r = await (await fetch(`${prom}/api/v1/query?query=${encodeURIComponent(expr)}`)).json();
      if (r.status !== "success") { rejected += 1; console.error(`rejected: ${expr}\n  ${r.error}`); }
    }
    process.exit(rejected ? 1 : 0);
  })();
' "$prom" "$dashboard_queries" || fail "dashboard queries rejected by Prometheus (above)"
echo "ok: every dashboard query is valid PromQL ($(wc -l <<<"$dashboard_queries"))"

elapsed=$(( $(date +%s) - started ))
echo "monitoring: all checks passed in ${elapsed} s"
(( elapsed < 120 )) || fail "took ${elapsed} s (budget 120 s)"
