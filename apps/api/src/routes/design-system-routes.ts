import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  DesignSystemBody,
  DesignSystemParams,
  DesignSystemPatchBody,
  ExportQuery,
  commonErrorResponses,
} from '@anclora/shared';

const errorRef = Type.Ref('ErrorResponse');
const secured = [{ bearerAuth: [] }];

const EXPORT_TYPES: Record<string, { type: string; extension: string }> = {
  css: { type: 'text/css; charset=utf-8', extension: 'css' },
  tailwind: { type: 'text/css; charset=utf-8', extension: 'css' },
  scss: { type: 'text/x-scss; charset=utf-8', extension: 'scss' },
  js: { type: 'text/javascript; charset=utf-8', extension: 'js' },
  ts: { type: 'text/plain; charset=utf-8', extension: 'ts' },
  dtcg: { type: 'application/design-tokens+json; charset=utf-8', extension: 'tokens.json' },
};

/** Design systems: presets and the user's own; import on create/patch, export in six formats. */
export async function designSystemRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const service = () => app.services.designSystems;

  app.get(
    '/',
    { config: { auth: 'optional' }, schema: { tags: ['design-systems'], summary: 'Built-in presets and your design systems' } },
    async (request) => ({ designSystems: await service().list(request.actor) }),
  );

  app.post(
    '/',
    {
      config: { auth: 'required' },
      schema: {
        tags: ['design-systems'],
        summary: 'Create from a preset or import a token file (dtcg, style-dictionary, css, tailwind)',
        security: secured,
        body: DesignSystemBody,
        response: { 201: Type.Object({}, { additionalProperties: true }), 401: errorRef, 403: errorRef, ...commonErrorResponses },
      },
    },
    async (request, reply) => reply.status(201).send({ designSystem: await service().create(request.actor!, request.body) }),
  );

  app.get(
    '/:id',
    {
      config: { auth: 'optional' },
      schema: { tags: ['design-systems'], summary: 'A design system with its tokens', params: DesignSystemParams, response: { 404: errorRef } },
    },
    async (request) => ({ designSystem: await service().get(request.params.id, request.actor) }),
  );

  app.patch(
    '/:id',
    {
      config: { auth: 'required' },
      schema: {
        tags: ['design-systems'],
        summary: 'Rename, or re-import its tokens (bumps the version)',
        security: secured,
        params: DesignSystemParams,
        body: DesignSystemPatchBody,
        response: { 401: errorRef, 403: errorRef, 404: errorRef, ...commonErrorResponses },
      },
    },
    async (request) => ({ designSystem: await service().update(request.params.id, request.actor!, request.body) }),
  );

  app.delete(
    '/:id',
    {
      config: { auth: 'required' },
      schema: { tags: ['design-systems'], security: secured, params: DesignSystemParams, response: { 204: Type.Null(), 403: errorRef, 404: errorRef } },
    },
    async (request, reply) => {
      await service().delete(request.params.id, request.actor!);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/:id/export',
    {
      config: { auth: 'optional' },
      schema: { tags: ['design-systems'], summary: 'Export as css, scss, js, ts, tailwind or dtcg', params: DesignSystemParams, querystring: ExportQuery },
    },
    async (request, reply) => {
      const { format } = request.query;
      const text = await service().export(request.params.id, request.actor, format);
      const { type, extension } = EXPORT_TYPES[format]!;
      return reply
        .type(type)
        .header('content-disposition', `attachment; filename="tokens-${request.params.id.slice(0, 40)}.${extension}"`)
        .send(text);
    },
  );
}
