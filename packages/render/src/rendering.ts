import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Db } from '@anclora/db';
import type { ObjectStorage, QueueBackend, WorkerHandle } from '@anclora/infra';
import { QUEUES, type JobPayloads } from '@anclora/shared';
import { createBrowserPool, type BrowserPool } from './browser/index.js';
import { createPreviewBuilder, type PreviewBuilder } from './preview/index.js';
import { buildPreviewServer } from './preview-server.js';
import { createPreviewStore, type PreviewStore } from './preview-store.js';
import { createRenderRunner, type RenderRunner, type RenderRunnerDeps } from './render-runner.js';

export interface RenderSettings {
  chromiumPath: string;
  poolSize: number;
  jobTimeoutMs: number;
  diffThreshold: number;
}

export interface Rendering {
  builder: PreviewBuilder;
  store: PreviewStore;
  pool: BrowserPool;
  runner: RenderRunner;
  previewServer: FastifyInstance;
  /** Starts the preview origin's listener (once; later calls return the same URL). */
  listen(host: string, port: number): Promise<string>;
  /** The listener's URL, or undefined before listen(). */
  listeningUrl(): string | undefined;
  close(): Promise<void>;
}

/**
 * Everything rendering needs in one process: the preview builder, the store
 * that publishes previews through object storage, the preview origin's
 * server, a lazily started Chromium pool, and the render-job runner. The API
 * creates one (it serves the preview origin; on embedded defaults it also runs
 * render jobs); the worker creates one to run render jobs, its preview
 * listener on loopback only.
 */
export function createRendering(deps: {
  db: Db;
  storage: ObjectStorage;
  settings: RenderSettings;
  tokensOf?: RenderRunnerDeps['tokensOf'];
  onFinished?: RenderRunnerDeps['onFinished'];
}): Rendering {
  const builder = createPreviewBuilder();
  const store = createPreviewStore(deps.storage, builder);
  const pool = createBrowserPool({ executablePath: deps.settings.chromiumPath, size: deps.settings.poolSize, jobTimeoutMs: deps.settings.jobTimeoutMs });
  const previewServer = buildPreviewServer({ store });
  let url: string | undefined;
  let listening: Promise<string> | undefined;

  const listen = (host: string, port: number) =>
    (listening ??= previewServer.listen({ host, port }).then(() => {
      const address = previewServer.server.address() as AddressInfo;
      // Chromium in this process reaches the listener on loopback, whatever interface it is bound to.
      url = `http://127.0.0.1:${address.port}`;
      return url;
    }));

  const runner = createRenderRunner({
    db: deps.db,
    storage: deps.storage,
    builder,
    store,
    pool,
    // A process that renders before (or without) a public listener gets a private one on loopback.
    previewUrl: () => listen('127.0.0.1', 0),
    diffThreshold: deps.settings.diffThreshold,
    ...(deps.tokensOf ? { tokensOf: deps.tokensOf } : {}),
    ...(deps.onFinished ? { onFinished: deps.onFinished } : {}),
  });

  return {
    builder,
    store,
    pool,
    runner,
    previewServer,
    listen,
    listeningUrl: () => url,
    close: async () => {
      await pool.close();
      await previewServer.close();
    },
  };
}

/**
 * Subscribes this process to the renders queue. Never more jobs at once than
 * the pool has pages: a job taken beyond that would only wait for a page while
 * its queue lock and timeout run.
 */
export function consumeRenders(queue: QueueBackend, rendering: Pick<Rendering, 'runner' | 'pool'>, concurrency: number): WorkerHandle {
  return queue.process<JobPayloads['renders.run'], void>(QUEUES.renders, async (job) => void (await rendering.runner.run(job.data.renderId)), {
    concurrency: Math.min(concurrency, rendering.pool.size),
  });
}
