import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { createComponentsService, type ComponentsService } from '../services/components-service.js';
import { createDesignSystemsService, type DesignSystemsService } from '../services/design-systems-service.js';

declare module 'fastify' {
  interface FastifyInstance {
    services: { designSystems: DesignSystemsService; components: ComponentsService };
  }
}

/** The app's feature services, built once on the process's infrastructure; routes only call them. */
export const servicesPlugin = fp(
  async (app: FastifyInstance) => {
    // The primary: a user reads back what they just saved (no replica lag).
    const db = app.infra.database.primary;
    const designSystems = createDesignSystemsService(db);
    const components = createComponentsService(db, designSystems);
    app.decorate('services', { designSystems, components });
  },
  { name: 'services', dependencies: ['infra'] },
);
