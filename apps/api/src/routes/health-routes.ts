import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { HealthResponse, ReadyResponse } from '@anclora/shared';
import { checkReadiness, type ReadinessProbe } from '../services/readiness.js';

export interface HealthRoutesOptions {
  version: string;
  probes: ReadinessProbe[];
  probeTimeoutMs?: number;
}

// Load balancers and orchestrators poll these; they are exempt from rate limits.
const probeConfig = { rateLimit: false } as const;

export async function healthRoutes(fastify: FastifyInstance, options: HealthRoutesOptions) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

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
    async (_request, reply) => {
      const result = await checkReadiness(options.probes, options.probeTimeoutMs ?? 2000);
      return reply.status(result.status === 'down' ? 503 : 200).send(result);
    },
  );
}
