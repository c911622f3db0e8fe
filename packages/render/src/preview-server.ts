import Fastify, { type FastifyInstance } from 'fastify';
import type { PreviewStore } from './preview-store.js';

/**
 * The preview origin: a listener of its own (its own port, or its own domain
 * in production) that serves only built preview documents and their assets.
 * User and AI-generated code runs here and nowhere else: the app embeds these
 * documents in `<iframe sandbox="allow-scripts">` (an opaque origin: no
 * cookies, no storage, no access to the app), and each document's CSP allows
 * no network beyond this origin's own assets.
 */
export function buildPreviewServer(options: { store: PreviewStore; logger?: FastifyInstance['log'] | boolean }): FastifyInstance {
  const app = Fastify({ logger: options.logger ?? false, return503OnClosing: true });

  // Nothing here is personal: every response is content-addressed and public.
  const common = {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'public, max-age=31536000, immutable',
  };

  app.get<{ Params: { hash: string } }>('/p/:hash', async (request, reply) => {
    const document = await options.store.document(request.params.hash);
    if (!document) return reply.status(404).type('text/plain').send('No such preview.');
    return reply
      .headers({
        ...common,
        'content-type': 'text/html; charset=utf-8',
        // sandbox: even opened directly, or framed without a sandbox attribute, the
        // document gets an opaque origin (no cookies, no storage, no same-origin access).
        // Embeddable anywhere (the app, /embed pages on other sites); it holds nothing to clickjack.
        'content-security-policy': `${document.csp}; sandbox allow-scripts; frame-ancestors *`,
        // Cut the preview off from any window that opened it.
        'cross-origin-opener-policy': 'same-origin',
      })
      .send(document.html);
  });

  app.get<{ Params: { name: string } }>('/assets/:name', async (request, reply) => {
    const asset = await options.store.asset(request.params.name);
    if (!asset) return reply.status(404).type('text/plain').send('No such asset.');
    return reply
      .headers({
        ...common,
        'content-type': asset.contentType,
        // Module scripts from a sandboxed (opaque-origin) document are CORS requests.
        'access-control-allow-origin': '*',
        'cross-origin-resource-policy': 'cross-origin',
        // Lets the (opaque-origin) preview read these files' sizes from Resource Timing, for its performance figures.
        'timing-allow-origin': '*',
      })
      .send(asset.body);
  });

  app.setNotFoundHandler((_request, reply) => reply.status(404).type('text/plain').send('Not found.'));
  return app;
}
