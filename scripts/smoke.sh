#!/usr/bin/env bash
# Starts the app as the README's first command does (npm start, embedded
# defaults, fresh DATA_DIR) and checks health, readiness and the page at /.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${SMOKE_PORT:-3917}"
data_dir="$(mktemp -d)"
log_file="$(mktemp)"
# Own process group, so cleanup can stop npm, sh and node together.
PORT="$port" DATA_DIR="$data_dir" setsid npm start >"$log_file" 2>&1 &
pid=$!
cleanup() { kill -TERM -- "-$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data_dir"; }
trap cleanup EXIT

started=$(date +%s)
until curl -fsS "http://127.0.0.1:$port/api/health" >/dev/null 2>&1; do
  if ! kill -0 "$pid" 2>/dev/null; then cat "$log_file"; echo "smoke: server exited"; exit 1; fi
  if (( $(date +%s) - started > 60 )); then cat "$log_file"; echo "smoke: no answer in 60 s"; exit 1; fi
  sleep 0.2
done
echo "smoke: /api/health answered $(( $(date +%s) - started )) s after npm start (build included)"
curl -fsS "http://127.0.0.1:$port/api/health"; echo
curl -fsS "http://127.0.0.1:$port/api/ready"; echo
curl -fsS "http://127.0.0.1:$port/" | grep -q '<div id="root">' && echo "smoke: / serves the web app"
curl -fsS "http://127.0.0.1:$port/metrics" | grep -q 'http_request_duration_seconds_bucket' && echo "smoke: /metrics ok"
# A generation, then its preview on the preview origin (the app's port + 1), from the bundled server.
spec=$(curl -fsS -X POST "http://127.0.0.1:$port/api/generations" -H 'content-type: application/json' \
  -d '{"prompt":"tarjeta de precios con 3 planes","target":"react-css"}' | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>process.stdout.write(JSON.stringify(JSON.parse(s).spec)))')
preview_url=$(curl -fsS -X POST "http://127.0.0.1:$port/api/previews" -H 'content-type: application/json' \
  -d "{\"spec\":$spec,\"target\":\"vue-css\"}" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>process.stdout.write(JSON.parse(s).url))')
if curl -fsS -D - "${preview_url/localhost/127.0.0.1}" -o /dev/null | grep -qi "content-security-policy: default-src 'none'"; then
  echo "smoke: preview served on the preview origin with its CSP"
else
  echo "smoke: preview not served ($preview_url)"; cat "$log_file"; exit 1
fi
# SIGTERM the server itself (npm → sh → node): npm then exits with its code.
server_pid=$(pgrep -g "$pid" -f "^node apps/api/dist/server.js" | head -n 1)
kill -TERM "$server_pid"
if wait "$pid"; then echo "smoke: graceful shutdown, exit 0"; else echo "smoke: exit code $? after SIGTERM"; cat "$log_file"; exit 1; fi
trap - EXIT
rm -rf "$data_dir"
