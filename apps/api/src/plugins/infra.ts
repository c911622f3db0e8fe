import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Infra } from '@anclora/infra';

declare module 'fastify' {
  interface FastifyInstance {
    infra: Infra;
  }
}

/**
 * Exposes the process's infrastructure (database, cache, queue, storage) to
 * the app and closes it when the app closes — after in-flight requests have
 * finished, because Fastify runs onClose hooks once the server stopped.
 */
export const infraPlugin = fp(
  async (app: FastifyInstance, options: { infra: Infra; ownsInfra: boolean }) => {
    app.decorate('infra', options.infra);
    if (options.ownsInfra) app.addHook('onClose', async () => options.infra.close());
  },
  { name: 'infra' },
);
