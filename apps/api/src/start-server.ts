import type { FastifyInstance } from 'fastify';
import closeWithGrace from 'close-with-grace';
import type { Config } from '@anclora/config';
import { createInfra } from '@anclora/infra';
import { startScheduler, startWorkers, type Scheduler, type Workers } from '@anclora/jobs';
import { buildApp } from './app.js';
import { consumeGenerations, consumeRendersHere } from './plugins/services.js';
import type { WorkerHandle } from '@anclora/infra';
import { resolveJwtSecret } from './jwt-secret.js';

export interface StartedServer {
  app: FastifyInstance;
  url: string;
  /** Stops accepting, lets in-flight requests finish, closes worker and pools. */
  stop(): Promise<void>;
}

export interface StartServerOptions {
  /** Adds routes before listening (test fixtures). */
  configure?: (app: FastifyInstance) => void | Promise<void>;
  /** Install SIGTERM/SIGINT handlers that stop gracefully (the real server does). */
  handleSignals?: boolean;
}

export async function startServer(config: Config, options: StartServerOptions = {}): Promise<StartedServer> {
  const started = performance.now();
  // Until the app's logger exists, connection errors go to stderr.
  let onInfraError = (source: string, error: Error) => console.error(`[${source}]`, error.message);
  const infra = await createInfra(config, {
    migrate: config.database.migrateOnStart,
    processName: 'anclora-api',
    onError: (source, error) => onInfraError(source, error),
  });
  const app = await buildApp({ config, infra, ownsInfra: true, jwtSecret: await resolveJwtSecret(config) });
  onInfraError = (source, error) => app.log.warn({ source, err: error }, 'connection error');

  // Without Redis the queue lives in this process, so its worker must too.
  let workers: Workers | undefined;
  let scheduler: Scheduler | undefined;
  if (config.worker.inProcess) {
    // Through the app's queue, timed as well: its maintenance jobs are traced, reported and
    // counted in queue_job_duration_seconds as the worker's are.
    workers = startWorkers({ ...app.infra, queue: app.metrics.jobs.instrument(app.infra.queue) }, {
      concurrency: config.worker.concurrency,
      onJobFailed: ({ queue, name, id, error }) => app.log.warn({ queue, job: name, jobId: id, err: error }, 'job failed'),
    });
    scheduler = startScheduler(infra, { renderRetentionDays: config.render.retentionDays, onError: (err) => app.log.error({ err }, 'scheduling failed') });
    // Workers stop before the infra they use is closed.
    app.addHook('preClose', async () => {
      scheduler?.stop();
      await workers?.close();
    });
  }

  // Once shutdown begins, responses still in flight close their connection:
  // otherwise an idle keep-alive socket left behind by such a response would
  // hold server.close() open until the client's keep-alive timeout.
  let closing = false;
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) void reply.header('connection', 'close');
    done(null, payload);
  });

  // With a shared queue, this API process also consumes async generations,
  // subscribed once it listens (see plugins/services.ts).
  let generationConsumer: WorkerHandle | undefined;
  let renderConsumer: WorkerHandle | undefined;
  app.addHook('preClose', async () => {
    await Promise.all([generationConsumer?.close(), renderConsumer?.close()]);
  });

  let stopping: Promise<void> | undefined;
  const stop = () => {
    closing = true;
    return (stopping ??= app.close().then(() => undefined));
  };
  // Signals are handled from before the first listener opens: a SIGTERM that
  // arrives while start-up finishes still shuts down gracefully.
  if (options.handleSignals) {
    closeWithGrace({ delay: config.server.shutdownTimeoutMs }, async ({ signal, err }) => {
      if (err) app.log.error({ err }, 'shutting down after an uncaught error');
      else app.log.info({ signal }, 'shutting down: finishing in-flight requests');
      await stop();
    });
  }

  await options.configure?.(app);
  // The preview origin first (its own listener, so previews never share the app's origin):
  // once the app answers, its previews do too.
  const previewUrl = await app.rendering.listen(config.render.previewHost, config.render.previewPort);
  const url = await app.listen({ host: config.server.host, port: config.server.port });
  if (infra.queue.kind !== 'memory') {
    generationConsumer = consumeGenerations(app, config.worker.concurrency);
    // Redis without DATABASE_URL: no separate worker can reach the embedded database, so render jobs run here.
    if (config.worker.inProcess) renderConsumer = consumeRendersHere(app, config.worker.concurrency);
  }
  app.log.info(
    {
      env: config.env,
      version: config.version,
      adapters: {
        database: infra.database.kind + (infra.database.hasReplica ? '+replica' : ''),
        cache: infra.cache.kind,
        queue: infra.queue.kind,
        storage: infra.storage.kind,
      },
      inProcessWorker: Boolean(workers),
      previewOrigin: config.render.previewOrigin ?? previewUrl,
      startupMs: Math.round(performance.now() - started),
    },
    `Anclora Render listening on ${url}`,
  );

  return { app, url, stop };
}
