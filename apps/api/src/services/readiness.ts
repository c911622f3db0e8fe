import type { ReadinessCheck, ReadyResponse } from '@anclora/shared';

export interface ReadinessProbe {
  name: string;
  /** A required probe that fails makes the whole service not ready. */
  required: boolean;
  kind?: string;
  check(): Promise<void>;
}

/**
 * Runs every probe in parallel, each bounded by `timeoutMs`, so a hung
 * dependency turns into a failed check instead of a hung readiness endpoint.
 */
export async function checkReadiness(
  probes: ReadinessProbe[],
  timeoutMs: number,
  onFailure?: (name: string, error: unknown) => void,
): Promise<ReadyResponse> {
  const results = await Promise.all(
    probes.map(async (probe): Promise<[string, ReadinessCheck]> => {
      const started = performance.now();
      let timer: NodeJS.Timeout | undefined;
      try {
        await Promise.race([
          probe.check(),
          new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new ProbeTimeout()), timeoutMs);
          }),
        ]);
        return [probe.name, { status: 'up', required: probe.required, ...kindOf(probe), latencyMs: elapsed(started) }];
      } catch (error) {
        onFailure?.(probe.name, error);
        return [
          probe.name,
          {
            status: probe.required ? 'down' : 'degraded',
            required: probe.required,
            ...kindOf(probe),
            latencyMs: elapsed(started),
            // Public answer: what kind of failure, not the dependency's own
            // message (it can name hosts, buckets or users). The log has it.
            error: isTimeout(error) ? `no answer within ${timeoutMs} ms` : 'unreachable',
          },
        ];
      } finally {
        clearTimeout(timer);
      }
    }),
  );
  const checks = Object.fromEntries(results);
  const status = results.some(([, c]) => c.status === 'down')
    ? 'down'
    : results.some(([, c]) => c.status !== 'up')
      ? 'degraded'
      : 'ok';
  return { status, checks };
}

class ProbeTimeout extends Error {}
const isTimeout = (error: unknown) => error instanceof ProbeTimeout;
const elapsed = (started: number) => Math.round((performance.now() - started) * 100) / 100;
const kindOf = (probe: ReadinessProbe) => (probe.kind ? { kind: probe.kind } : {});
