/**
 * The app as `npm start` serves it, for scripts that look at it from outside
 * (Lighthouse, the README screenshots): the built web app (apps/web/dist) from
 * the production server bundle (apps/api/dist/server.js) on embedded defaults,
 * in its own process with a throwaway DATA_DIR.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { bundlePath, root, startApiBundle } from './server-bundles.js';

export { root };
export const webDist = path.join(root, 'apps/web/dist');

/** Exit code 2: nothing was measured; the build has to be fixed (or left alone) first. */
function refuse(message: string): never {
  console.error(message);
  process.exit(2);
}

const newestIn = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const full = path.join(dir, entry.name);
    return Math.max(newest, entry.isDirectory() ? newestIn(full) : statSync(full).mtimeMs);
  }, 0);

/**
 * Exits 2 when `npm run build` has not run; warns when apps/web/src is newer
 * than the build (`purpose` finishes the sentence: "to measure the current code").
 */
export function checkBuild(purpose: string): void {
  if (!existsSync(path.join(webDist, 'index.html')) || !existsSync(bundlePath('api'))) {
    refuse('apps/web/dist or apps/api/dist is missing: run `npm run build` first.');
  }
  if (newestIn(path.join(root, 'apps/web/src')) > statSync(path.join(webDist, 'index.html')).mtimeMs) {
    console.warn(`warning: apps/web/src is newer than apps/web/dist — run \`npm run build\` ${purpose}.\n`);
  }
}

export interface BuiltApp {
  /** http://127.0.0.1:<port>, no trailing slash. */
  url: string;
  /** Stops the server (it writes its database on the way out) and removes its data directory. Safe to call twice. */
  stop(): Promise<void>;
}

/** Starts the built app on a free port and resolves once /api/ready answers; `tmpPrefix` names its temp DATA_DIR. */
export async function startBuiltApp(tmpPrefix: string): Promise<BuiltApp> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), tmpPrefix));
  const removeDataDir = () => rm(dataDir, { recursive: true, force: true });
  // Serve a copy of the build: an e2e run elsewhere may rebuild apps/web/dist meanwhile, and the server
  // only serves the asset files it found at start-up.
  const servedDist = path.join(dataDir, 'web-dist');
  await cp(webDist, servedDist, { recursive: true });
  const referenced = [...readFileSync(path.join(servedDist, 'index.html'), 'utf8').matchAll(/"\/(assets\/[^"]+)"/g)].map((m) => m[1]!);
  if (referenced.some((file) => !existsSync(path.join(servedDist, file)))) {
    await removeDataDir();
    refuse('apps/web/dist changed while it was being copied (a build running elsewhere): run this again.');
  }
  const server = await startApiBundle({ PREVIEW_PORT: '0', WEB_DIST_DIR: servedDist }, { dataDir }).catch(async (error: unknown) => {
    await removeDataDir();
    throw error;
  });
  return {
    url: server.url,
    stop: async () => {
      await server.stop();
      await removeDataDir();
    },
  };
}
