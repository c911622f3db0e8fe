import { describe, expect, it } from 'vitest';
import { checkReadiness } from './readiness.js';

describe('checkReadiness', () => {
  it('is ok when every probe answers', async () => {
    const result = await checkReadiness(
      [
        { name: 'database', required: true, kind: 'pglite', check: async () => {} },
        { name: 'cache', required: true, check: async () => {} },
      ],
      500,
    );
    expect(result.status).toBe('ok');
    expect(result.checks.database).toMatchObject({ status: 'up', required: true, kind: 'pglite' });
    expect(result.checks.database!.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('is down, naming the failing dependency, when a required probe fails', async () => {
    const result = await checkReadiness(
      [
        { name: 'database', required: true, check: async () => {} },
        { name: 'cache', required: true, check: async () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:6379')) },
      ],
      500,
    );
    expect(result.status).toBe('down');
    // The public answer names the kind of failure, never the host.
    expect(result.checks.cache).toMatchObject({ status: 'down', error: 'unreachable' });
    expect(JSON.stringify(result)).not.toContain('127.0.0.1');
    expect(result.checks.database!.status).toBe('up');
  });

  it('is only degraded when an optional probe fails', async () => {
    const result = await checkReadiness(
      [
        { name: 'database', required: true, check: async () => {} },
        { name: 'browser', required: false, check: async () => Promise.reject(new Error('chromium not installed')) },
      ],
      500,
    );
    expect(result.status).toBe('degraded');
    expect(result.checks.browser).toMatchObject({ status: 'degraded', required: false });
  });

  it('turns a hung dependency into a failed check within the timeout', async () => {
    const started = Date.now();
    const result = await checkReadiness([{ name: 'storage', required: true, check: () => new Promise(() => {}) }], 150);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(result.checks.storage).toMatchObject({ status: 'down', error: 'no answer within 150 ms' });
  });
});
