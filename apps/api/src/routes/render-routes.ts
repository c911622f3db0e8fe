import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { DesignSystemId, IdParams, TargetIdSchema, commonErrorResponses } from '@anclora/shared';
import { idempotencyKeyHeaders } from './idempotency-key-header.js';
import { traceparentOf } from '../observability/tracing.js';

const errorRef = Type.Ref('ErrorResponse');
const secured = [{ bearerAuth: [] }];
const Viewport = Type.Integer({ minimum: 320, maximum: 2560 });

/**
 * Rendering: render jobs (screenshots, axe audit and performance per
 * viewport), baselines and visual diffs of saved components, and preview
 * documents on the preview origin for the workspace's sandboxed iframe.
 */
export async function renderRoutes(fastify: FastifyInstance, options: { previewOrigin: (hostname: string) => string; previewsPerMinute: number }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const renders = () => app.services.renders;

  app.post(
    '/components/:id/renders',
    {
      config: { auth: 'required' },
      schema: {
        tags: ['renders'],
        summary: 'Queue a render of the component’s current version: screenshot, axe audit and performance per viewport, diffed against the baseline',
        security: secured,
        params: IdParams,
        body: Type.Optional(
          Type.Object(
            {
              target: Type.Optional(
                Type.Union([TargetIdSchema, Type.Literal('all')], { description: '"all": render every target and compare each with the html-css reference' }),
              ),
              viewports: Type.Optional(Type.Array(Viewport, { minItems: 1, maxItems: 3 })),
            },
            { additionalProperties: false },
          ),
        ),
        headers: idempotencyKeyHeaders('A retry carrying the same key gets the first request’s id instead of a second render'),
        response: {
          202: Type.Object({ id: Type.String({ format: 'uuid' }), status: Type.Literal('queued') }),
          401: errorRef,
          404: errorRef,
          422: errorRef,
          503: errorRef,
          ...commonErrorResponses,
        },
      },
    },
    async (request, reply) =>
      reply.status(202).send(await renders().request(request.actor!, request.params.id, request.body ?? {}, request.headers['idempotency-key'], traceparentOf(request))),
  );

  app.get(
    '/renders/:id',
    {
      config: { auth: 'required' },
      schema: { tags: ['renders'], summary: 'A render: status, and per viewport the screenshot, console errors, axe audit, performance and diff', security: secured, params: IdParams, response: { 401: errorRef, 404: errorRef } },
    },
    async (request) => renders().get(request.actor!, request.params.id),
  );

  app.get(
    '/renders/:id/images/:file',
    {
      schema: {
        tags: ['renders'],
        summary: 'A screenshot or diff image, behind the signed link a render answer gives',
        params: Type.Object({ id: Type.String({ format: 'uuid' }), file: Type.String({ pattern: '^[0-9]{3,4}(-[a-z]+-[a-z]+)?(-diff)?\\.png$' }) }),
        querystring: Type.Object({ expires: Type.Integer(), sig: Type.String({ maxLength: 100 }) }),
        response: { 404: errorRef },
      },
    },
    async (request, reply) => {
      const image = await renders().image(request.params.id, request.params.file, request.query.expires, request.query.sig);
      return reply.header('content-type', image.contentType).header('cache-control', 'private, max-age=3600').send(image.body);
    },
  );

  app.post(
    '/components/:id/baseline',
    {
      config: { auth: 'required' },
      schema: {
        tags: ['renders'],
        summary: 'Approve a succeeded render (default: the latest of the target) as the baseline per viewport',
        security: secured,
        params: IdParams,
        body: Type.Optional(Type.Object({ renderId: Type.Optional(Type.String({ format: 'uuid' })), target: Type.Optional(TargetIdSchema) }, { additionalProperties: false })),
        response: { 401: errorRef, 404: errorRef, 409: errorRef, ...commonErrorResponses },
      },
    },
    async (request) => renders().approve(request.actor!, request.params.id, request.body ?? {}),
  );

  app.get(
    '/components/:id/diff',
    {
      config: { auth: 'required' },
      schema: {
        tags: ['renders'],
        summary: 'The latest render of a target compared with the baseline, per viewport (changed pixels, ratio, pass/fail, diff image)',
        security: secured,
        params: IdParams,
        querystring: Type.Object({ target: Type.Optional(TargetIdSchema) }),
        response: { 401: errorRef, 404: errorRef },
      },
    },
    async (request) => renders().diff(request.actor!, request.params.id, request.query.target),
  );

  app.post(
    '/previews',
    {
      // Each new spec runs real compilers: a per-IP budget, well above what editing in the workspace needs.
      config: { auth: 'optional', rateLimit: { max: options.previewsPerMinute, timeWindow: 60_000 } },
      schema: {
        tags: ['renders'],
        summary: 'Build a preview document for a spec or a saved component; answers its URL on the preview origin',
        body: Type.Object(
          {
            spec: Type.Optional(Type.Unknown({ description: 'A component spec (validated)' })),
            componentId: Type.Optional(Type.String({ format: 'uuid' })),
            target: TargetIdSchema,
            designSystemId: Type.Optional(DesignSystemId),
            audit: Type.Optional(Type.Boolean({ description: 'Run axe-core inside the preview and post the results to the parent page' })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ hash: Type.String(), url: Type.String() }), 404: errorRef, ...commonErrorResponses },
      },
    },
    async (request) => {
      const { hash } = await app.services.previews.build(request.body, request.actor);
      return { hash, url: `${options.previewOrigin(request.hostname)}/p/${hash}` };
    },
  );
}
