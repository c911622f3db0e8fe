import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import fastifyStatic from '@fastify/static';

/**
 * Serves the built web app (apps/web/dist) at `/`, with hashed assets cached
 * for a year and index.html never cached, and answers unknown GET paths that
 * ask for HTML with index.html so client-side routes can be bookmarked.
 * Everything under /api keeps the JSON 404.
 *
 * The build writes a brotli and a gzip copy of each text file next to it
 * (apps/web/vite.config.ts); `preCompressed` sends the one the browser
 * accepts, with `Vary: Accept-Encoding`, and the plain file otherwise. No
 * compression work happens per request.
 */
export const webPlugin = fp(
  async (app: FastifyInstance, options: { distDir: string }) => {
    const indexFile = path.join(options.distDir, 'index.html');
    if (!existsSync(indexFile)) {
      app.log.warn({ distDir: options.distDir }, 'web app not built; run `npm run build` to serve it at /');
      return;
    }
    await app.register(fastifyStatic, {
      root: options.distDir,
      wildcard: false,
      index: ['index.html'],
      preCompressed: true,
      setHeaders: (reply, filePath) => {
        void reply.header(
          'cache-control',
          filePath.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
    app.decorate('webIndexAvailable', true);
  },
  { name: 'web' },
);

declare module 'fastify' {
  interface FastifyInstance {
    webIndexAvailable?: boolean;
  }
}

/** True when an unmatched request should get the single-page app instead of a 404. */
export function wantsSpaFallback(method: string, url: string, accept: string | undefined): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  if (url.startsWith('/api/') || url === '/api' || url.startsWith('/metrics')) return false;
  return (accept ?? '').includes('text/html');
}
