import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { GeneratorCatalog } from '@anclora/ai';
import type { WorkerHandle } from '@anclora/infra';
import { QUEUES, type JobPayloads } from '@anclora/shared';
import { createComponentsService, type ComponentsService } from '../services/components-service.js';
import { createDesignSystemsService, type DesignSystemsService } from '../services/design-systems-service.js';
import { createGenerationService, type GenerationService } from '../services/generation-service.js';
import { createQuota, type QuotaLimits } from '../services/quota.js';
import { createVisitorIds, type VisitorIds } from '../services/visitor-ids.js';
import { consumeRenders, createRendering, type Rendering, type RenderSettings } from '@anclora/render';
import { createPreviewsService, type PreviewsService } from '../services/previews-service.js';
import { createRendersService, type RendersService } from '../services/renders-service.js';

declare module 'fastify' {
  interface FastifyInstance {
    services: {
      designSystems: DesignSystemsService;
      components: ComponentsService;
      generations: GenerationService;
      renders: RendersService;
      previews: PreviewsService;
    };
    rendering: Rendering;
    visitors: VisitorIds;
  }
}

export interface ServicesOptions {
  generators: GeneratorCatalog;
  limits: QuotaLimits;
  /** Signs anonymous visitor cookies. */
  secret: string;
  /** Async generations run at once per process. */
  concurrency: number;
  render: RenderSettings;
  /** Consume the renders queue in this process (embedded defaults: no separate worker). */
  consumeRenders: boolean;
}

/** Subscribes this process to the renders queue (the worker's job, when it runs in-process). */
export function consumeRendersHere(app: FastifyInstance, concurrency: number): WorkerHandle {
  // Through the timed queue, so queue_job_duration_seconds covers jobs run in the API as in the worker.
  return consumeRenders(app.metrics.jobs.instrument(app.infra.queue), app.rendering, concurrency);
}

/** Subscribes this process to the generations queue. */
export function consumeGenerations(app: FastifyInstance, concurrency: number): WorkerHandle {
  return app.metrics.jobs.instrument(app.infra.queue).process<JobPayloads['generations.run'], void>(QUEUES.generations, (job) => app.services.generations.runQueued(job.data, job.signal), {
    concurrency,
  });
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
      queue: app.infra.queue,
      generators: options.generators,
      designSystems,
      quota: createQuota(db, app.infra.cache, options.limits),
      metrics: app.metrics.ai,
      onBookkeepingError: (what, err) => app.log.warn({ err, what }, 'generation bookkeeping failed'),
    });
    const rendering = createRendering({
      db,
      storage: app.infra.storage,
      settings: options.render,
      onFinished: ({ target, status, durationMs }) => app.metrics.renders.record({ target, status, seconds: durationMs / 1000 }),
    });
    const renders = createRendersService({ db, queue: app.infra.queue, storage: app.infra.storage, rendering, secret: options.secret });
    const previews = createPreviewsService({ rendering, components, designSystems });
    app.decorate('services', { designSystems, components, generations, renders, previews });
    app.decorate('rendering', rendering);
    app.decorate('visitors', createVisitorIds(options.secret));

    // API processes consume the generations queue (async generations): they
    // own the pipeline. The in-process queue is subscribed here; a shared
    // (BullMQ) queue by the server once it listens (start-server.ts), so a
    // Redis outage never holds up start-up. Closed before the infrastructure.
    let consumer: WorkerHandle | undefined;
    let renderConsumer: WorkerHandle | undefined;
    if (app.infra.queue.kind === 'memory') {
      app.addHook('onReady', async () => {
        consumer = consumeGenerations(app, options.concurrency);
      });
    }
    // Render jobs run where the worker runs: in this process on embedded defaults
    // (a shared queue is subscribed by start-server.ts once listening, as above).
    if (options.consumeRenders && app.infra.queue.kind === 'memory') {
      app.addHook('onReady', async () => {
        renderConsumer = consumeRendersHere(app, options.concurrency);
      });
    }
    app.addHook('preClose', async () => {
      await consumer?.close();
      await renderConsumer?.close();
      await rendering.close();
    });
  },
  { name: 'services', dependencies: ['infra', 'metrics'] },
);
