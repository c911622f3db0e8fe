/**
 * The built server bundles (apps/api/dist, apps/worker/dist) as child processes of a script:
 * benchmarks, load and cluster tests run what production runs, not the sources through tsx.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './free-port.js';
import { answers, startService, stopService, waitUntil, type Service } from './processes.js';

export const root = path.resolve(import.meta.dirname, '../..');
const BUNDLES = { api: 'apps/api/dist/server.js', worker: 'apps/worker/dist/main.js', migrate: 'apps/api/dist/migrate.js' } as const;

export const bundlePath = (bundle: keyof typeof BUNDLES): string => path.join(root, BUNDLES[bundle]);

/** Bundles the current sources, so that a run never measures or tests an older build. */
export function buildBundles(): void {
  const build = spawnSync('node', [path.join(root, 'scripts/build-servers.mjs')], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('building the server bundles failed');
}

export function startBundle(bundle: 'api' | 'worker', name: string, env: NodeJS.ProcessEnv, logFile?: string): Service {
  return startService(name, 'node', [bundlePath(bundle)], { cwd: root, env, logFile });
}

export interface ApiBundle {
  /** http://127.0.0.1:<port>, no trailing slash. */
  url: string;
  /** SIGTERM (the server writes its embedded database on the way out), SIGKILL if it hangs; removes a throwaway DATA_DIR. Safe to call twice. */
  stop(): Promise<void>;
}

export interface ApiBundleOptions {
  /** A DATA_DIR the caller keeps, e.g. to start again on it; without one, a throwaway directory named `${tmpPrefix}…`. */
  dataDir?: string;
  tmpPrefix?: string;
  /** How often /api/ready is asked: a cold-start measurement wants it fine-grained. */
  pollMs?: number;
}

/**
 * The API bundle on loopback and free ports, on embedded defaults (PGlite, in-process cache and queue)
 * unless `env` says otherwise; resolves once /api/ready answers 200, within 60 s.
 */
export async function startApiBundle(env: NodeJS.ProcessEnv, options: ApiBundleOptions = {}): Promise<ApiBundle> {
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(os.tmpdir(), options.tmpPrefix ?? 'anclora-api-')));
  const [port, previewPort] = [await freePort(), await freePort()];
  const url = `http://127.0.0.1:${port}`;
  const server = startBundle('api', 'server', {
    ...process.env,
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    PORT: String(port),
    // Not the default PORT + 1, which another process may hold.
    PREVIEW_PORT: String(previewPort),
    DATA_DIR: dataDir,
    // The limit stays on, with a ceiling no script reaches: they measure or show the work, not 429s.
    RATE_LIMIT_MAX: '1000000',
    ...env,
  });
  const stop = async () => {
    await stopService(server);
    if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
  };
  try {
    await waitUntil(server, 'ready', answers(`${url}/api/ready`), { pollMs: options.pollMs ?? 50 });
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}
