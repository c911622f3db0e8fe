// Container health probe with no curl in the image: GET a URL on loopback
// and exit 0 on a 2xx answer within the timeout, 1 otherwise.
// Usage: node healthcheck.mjs [url]   (default: the API's /api/health on $PORT)
const url = process.argv[2] ?? `http://127.0.0.1:${process.env.PORT ?? 3000}/api/health`;
try {
  const response = await fetch(url, { signal: AbortSignal.timeout(4000) });
  process.exit(response.ok ? 0 : 1);
} catch {
  process.exit(1);
}
