import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { HealthResponse, ReadyResponse } from '@anclora/shared';
import { checkReadiness, type ReadinessProbe } from '../services/readiness.js';

export interface HealthRoutesOptions {
  version: string;
  probes: ReadinessProbe[];
  probeTimeoutMs?: number;
  /** How long one round of probes answers every caller (default 1000 ms; 0 in tests that flip a dependency). */
  cacheMs?: number;
}

// Load balancers and orchestrators poll these; they are exempt from rate limits.
const probeConfig = { rateLimit: false } as const;

export async function healthRoutes(fastify: FastifyInstance, options: HealthRoutesOptions) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  // /api/ready is public and unthrottled (orchestrators poll it), so a flood
  // of calls shares one round of probes per second instead of hitting every
  // dependency each time.
  let last: { at: number; result: Promise<ReadyResponse> } | undefined;
  const cachedReadiness = (run: () => Promise<ReadyResponse>): Promise<ReadyResponse> => {
    const now = Date.now();
    if (!last || now - last.at >= (options.cacheMs ?? 1000)) last = { at: now, result: run() };
    return last.result;
  };

  app.get(
    '/health',
    {
      config: probeConfig,
      schema: { tags: ['system'], summary: 'Liveness: the process answers', response: { 200: HealthResponse } },
    },
    async () => ({ status: 'ok' as const, version: options.version, uptime: process.uptime() }),
  );

  app.get(
    '/ready',
    {
      config: probeConfig,
      schema: {
        tags: ['system'],
        summary: 'Readiness: one check per dependency; 503 when a required one is down',
        response: { 200: ReadyResponse, 503: ReadyResponse },
      },
    },
    async (request, reply) => {
      const result = await cachedReadiness(() =>
        checkReadiness(options.probes, options.probeTimeoutMs ?? 2000, (name, err) => request.log.warn({ check: name, err }, 'readiness check failed')),
      );
      return reply.status(result.status === 'down' ? 503 : 200).send(result);
    },
  );
}
