// Vitest global setup: say out loud which real-service suites run, so a green
// run on a fresh machine is never mistaken for one that exercised PostgreSQL/Redis.
export default function setup(): void {
  const missing: string[] = [];
  if (!process.env.TEST_DATABASE_URL) missing.push('TEST_DATABASE_URL (PostgreSQL)');
  if (!process.env.TEST_REDIS_URL) missing.push('TEST_REDIS_URL (Redis)');
  if (missing.length > 0) {
    console.warn(
      `\n[notice] real-service suites skipped: set ${missing.join(' and ')} to run them ` +
        `(e.g. TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test TEST_REDIS_URL=redis://127.0.0.1:6379).\n`,
    );
  }
}
