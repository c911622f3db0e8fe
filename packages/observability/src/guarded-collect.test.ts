import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { createCollectGuard } from './guarded-collect.js';

const failures = async (registry: Registry) =>
  (await registry.getSingleMetric('metrics_collector_failures_total')!.get()).values.map((v) => [v.labels.collector, v.value]);

describe('createCollectGuard', () => {
  it('passes a timely read through, and turns a slow or failing one into undefined, counted per collector', async () => {
    const registry = new Registry();
    const guard = createCollectGuard(registry, 100);
    expect(await guard.run('fast', async () => 42)).toBe(42);

    const started = performance.now();
    expect(await guard.run('stuck', () => new Promise<never>(() => {}))).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(1000);
    expect(await guard.run('broken', async () => Promise.reject(new Error('database down')))).toBeUndefined();
    expect(await guard.run('stuck', () => new Promise<never>(() => {}))).toBeUndefined();

    expect(await failures(registry)).toEqual([
      ['stuck', 2],
      ['broken', 1],
    ]);
  });
});
