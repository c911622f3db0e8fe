import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { SpecGenerator } from '@anclora/ai';
import { createComponentsService, type ComponentsService } from '../services/components-service.js';
import { createDesignSystemsService, type DesignSystemsService } from '../services/design-systems-service.js';
import { createGenerationService, type GenerationService } from '../services/generation-service.js';
import { createQuota, type QuotaLimits } from '../services/quota.js';
import { createVisitorIds, type VisitorIds } from '../services/visitor-ids.js';

declare module 'fastify' {
  interface FastifyInstance {
    services: { designSystems: DesignSystemsService; components: ComponentsService; generations: GenerationService };
    visitors: VisitorIds;
  }
}

export interface ServicesOptions {
  generator: SpecGenerator;
  limits: QuotaLimits;
  /** Signs anonymous visitor cookies. */
  secret: string;
}

/** The app's feature services, built once on the process's infrastructure; routes only call them. */
export const servicesPlugin = fp(
  async (app: FastifyInstance, options: ServicesOptions) => {
    // The primary: a user reads back what they just saved (no replica lag).
    const db = app.infra.database.primary;
    const designSystems = createDesignSystemsService(db);
    const components = createComponentsService(db, designSystems);
    const generations = createGenerationService({
      db,
      cache: app.infra.cache,
      generator: options.generator,
      designSystems,
      quota: createQuota(db, app.infra.cache, options.limits),
      metrics: app.metrics.ai,
    });
    app.decorate('services', { designSystems, components, generations });
    app.decorate('visitors', createVisitorIds(options.secret));
  },
  { name: 'services', dependencies: ['infra', 'metrics'] },
);
