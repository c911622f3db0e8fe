import { Counter, type Registry } from 'prom-client';

/** How long one collector may take on a scrape before its last value is served instead. */
export const DEFAULT_COLLECT_TIMEOUT_MS = 2000;

export class CollectTimeoutError extends Error {
  constructor(name: string, ms: number) {
    super(`metrics collector "${name}" took longer than ${ms} ms`);
  }
}

export interface CollectGuard {
  /**
   * Runs a scrape-time read with a deadline. On timeout or error it resolves
   * undefined (the caller keeps the gauge's last value) and counts the
   * failure (visible from the next scrape: prom-client reads all metrics at
   * once), so a slow database can never hang /metrics: Prometheus would
   * otherwise time the whole scrape out and report the target down.
   */
  run<T>(name: string, read: () => Promise<T>): Promise<T | undefined>;
}

export function createCollectGuard(registry: Registry, timeoutMs = DEFAULT_COLLECT_TIMEOUT_MS): CollectGuard {
  const failures = new Counter({
    name: 'metrics_collector_failures_total',
    help: 'Scrape-time metric reads that failed or timed out (the last value was served)',
    labelNames: ['collector'],
    registers: [registry],
  });
  return {
    async run(name, read) {
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new CollectTimeoutError(name, timeoutMs)), timeoutMs);
      });
      try {
        return await Promise.race([read(), deadline]);
      } catch {
        failures.inc({ collector: name });
        return undefined;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
