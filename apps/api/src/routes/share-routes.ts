import type { FastifyInstance, FastifyReply } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { TargetIdSchema } from '@anclora/shared';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const page = (options: { title: string; body: string; embed: boolean }) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<style>
  html, body { margin: 0; font-family: system-ui, sans-serif; color: #0f172a; background: #fff; }
  main { ${options.embed ? '' : 'max-width: 1240px; margin: 0 auto; padding: 24px;'} }
  iframe { display: block; width: 100%; height: ${options.embed ? '100vh' : '80vh'}; border: ${options.embed ? '0' : '1px solid #e2e8f0'}; border-radius: ${options.embed ? '0' : '8px'}; }
  a { color: #0b6477; }
</style>
</head>
<body>
<main>
${options.body}
</main>
</body>
</html>`;

/**
 * Public pages of a shared component on the app origin: /share/:id (a page
 * with its name and live preview) and /embed/:id (the bare preview, for
 * iframes on other sites). The component itself only ever runs in the
 * sandboxed iframe from the preview origin. Private or unknown ids are 404.
 */
export async function shareRoutes(fastify: FastifyInstance, options: { previewOrigin: (hostname: string) => string }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  const notFound = (reply: FastifyReply) =>
    reply
      .status(404)
      .type('text/html; charset=utf-8')
      .send(page({ title: 'Not found — Anclora Render', body: '<h1>This component is not shared</h1><p>It may be private or deleted. <a href="/">Anclora Render</a></p>', embed: false }));

  for (const kind of ['share', 'embed'] as const) {
    app.get(
      `/${kind}/:id`,
      {
          schema: {
          tags: ['renders'],
          summary: kind === 'share' ? 'A public component’s share page' : 'A public component for an iframe on any site',
          params: Type.Object({ id: Type.String({ maxLength: 64 }) }),
          querystring: Type.Object({ target: Type.Optional(TargetIdSchema) }),
        },
      },
      async (request, reply) => {
        let built;
        try {
          // No actor: only public components are readable.
          built = await app.services.previews.build({ componentId: request.params.id, target: request.query.target ?? 'html-css' }, null);
        } catch (error) {
          if ((error as { statusCode?: number }).statusCode === 404 || (error as { code?: string }).code === 'VALIDATION_ERROR') return notFound(reply);
          throw error;
        }
        const src = `${options.previewOrigin(request.hostname)}/p/${built.hash}`;
        const iframe = `<iframe title="${escapeHtml(built.name)} preview" src="${escapeHtml(src)}" sandbox="allow-scripts" referrerpolicy="no-referrer"></iframe>`;
        const body =
          kind === 'share'
            ? `<h1>${escapeHtml(built.name)}</h1>${built.description ? `<p>${escapeHtml(built.description)}</p>` : ''}${iframe}<p><a href="/embed/${escapeHtml(request.params.id)}">Embed</a> · Made with <a href="/">Anclora Render</a></p>`
            : iframe;
        if (kind === 'embed') {
          // Any site may frame an embed page; it holds nothing but the sandboxed preview.
          reply.removeHeader('x-frame-options');
          const csp = String(reply.getHeader('content-security-policy') ?? '').replace(/frame-ancestors [^;]*/, 'frame-ancestors *');
          void reply.header('content-security-policy', csp);
        }
        return reply
          .type('text/html; charset=utf-8')
          .header('cache-control', 'public, max-age=60')
          .send(page({ title: `${built.name} — Anclora Render`, body, embed: kind === 'embed' }));
      },
    );
  }
}
