import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { CodeQuery, ComponentCreateBody, IdParams, PaginationQuery, commonErrorResponses } from '@anclora/shared';

import { sendZip } from './send-zip.js';

const errorRef = Type.Ref('ErrorResponse');
const secured = [{ bearerAuth: [] }];

/** Saved components: create from a spec or pasted code, list, read, and get code per target. */
export async function componentRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const service = () => app.services.components;

  app.post(
    '/',
    {
      config: { auth: 'required' },
      schema: {
        tags: ['components'],
        summary: 'Save a component from a spec, or from pasted code ({ source, format: "html" })',
        security: secured,
        body: ComponentCreateBody,
        response: { 201: Type.Object({}, { additionalProperties: true }), 401: errorRef, 404: errorRef, ...commonErrorResponses },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const result =
        'source' in body
          ? await service().createFromHtml(request.actor!, body)
          : await service().createFromSpec(request.actor!, body);
      return reply.status(201).send(result);
    },
  );

  app.get(
    '/',
    {
      config: { auth: 'required' },
      schema: {
        tags: ['components'],
        summary: 'Your components, newest first; q searches the name and description',
        security: secured,
        querystring: Type.Object({ ...PaginationQuery.properties, q: Type.Optional(Type.String({ maxLength: 100 })) }),
      },
    },
    async (request) => service().list(request.actor!, request.query.page, request.query.limit, request.query.q),
  );

  app.get(
    '/:id',
    {
      config: { auth: 'optional' },
      schema: { tags: ['components'], summary: 'A component with its current spec and quality report', params: IdParams, response: { 404: errorRef } },
    },
    async (request) => service().get(request.params.id, request.actor),
  );

  app.patch(
    '/:id',
    {
      config: { auth: 'required' },
      schema: {
        tags: ['components'],
        summary: 'Rename, describe, share (isPublic) or set the visual-regression threshold of a component',
        security: secured,
        params: IdParams,
        body: Type.Object(
          {
            name: Type.Optional(Type.String({ minLength: 1, maxLength: 120 })),
            description: Type.Optional(Type.Union([Type.String({ maxLength: 2000 }), Type.Null()])),
            isPublic: Type.Optional(Type.Boolean({ description: 'Public components open at /share/:id and /embed/:id for anyone' })),
            visualThreshold: Type.Optional(Type.Number({ minimum: 0, maximum: 1, description: 'Largest changed-pixel ratio against the baseline that passes' })),
          },
          { additionalProperties: false, minProperties: 1 },
        ),
        response: { 401: errorRef, 404: errorRef, ...commonErrorResponses },
      },
    },
    async (request) => service().update(request.params.id, request.actor!, request.body),
  );

  app.delete(
    '/:id',
    {
      config: { auth: 'required' },
      schema: { tags: ['components'], summary: 'Delete a component with its versions, renders and baselines', security: secured, params: IdParams, response: { 204: Type.Null(), 401: errorRef, 404: errorRef } },
    },
    async (request, reply) => {
      await service().remove(request.params.id, request.actor!);
      return reply.status(204).send(null);
    },
  );

  const VersionParams = Type.Object({ id: Type.String({ format: 'uuid' }), version: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) });
  const detailResponse = { 201: Type.Object({}, { additionalProperties: true }), 401: errorRef, 404: errorRef, ...commonErrorResponses };

  app.get(
    '/:id/versions',
    {
      config: { auth: 'optional' },
      schema: { tags: ['components'], summary: 'The version history, newest first (version, note, date, current)', params: IdParams, response: { 404: errorRef } },
    },
    async (request) => service().versions(request.params.id, request.actor),
  );

  app.post(
    '/:id/versions',
    {
      config: { auth: 'required' },
      schema: {
        tags: ['components'],
        summary: 'Save an edited spec as the new current version',
        security: secured,
        params: IdParams,
        body: Type.Object({ spec: Type.Unknown(), note: Type.Optional(Type.String({ maxLength: 200 })) }, { additionalProperties: false }),
        response: detailResponse,
      },
    },
    async (request, reply) => reply.status(201).send(await service().addVersion(request.params.id, request.actor!, request.body)),
  );

  app.get(
    '/:id/versions/:version',
    {
      config: { auth: 'optional' },
      schema: { tags: ['components'], summary: 'One version with its spec', params: VersionParams, response: { 404: errorRef } },
    },
    async (request) => service().version(request.params.id, request.params.version, request.actor),
  );

  app.post(
    '/:id/versions/:version/restore',
    {
      config: { auth: 'required' },
      schema: {
        tags: ['components'],
        summary: "Restore a version: its spec becomes a new current version (history is kept)",
        security: secured,
        params: VersionParams,
        response: detailResponse,
      },
    },
    async (request, reply) => reply.status(201).send(await service().restore(request.params.id, request.params.version, request.actor!)),
  );

  app.get(
    '/:id/export',
    {
      config: { auth: 'optional' },
      schema: {
        tags: ['components'],
        summary: 'A zip for one target: the compiled files, spec.json and a README',
        params: IdParams,
        querystring: CodeQuery,
        response: { 404: errorRef },
      },
    },
    async (request, reply) => {
      const { fileName, bytes } = await service().exportZip(request.params.id, request.actor, request.query.target);
      return sendZip(reply, fileName, bytes);
    },
  );

  app.get(
    '/:id/code',
    {
      config: { auth: 'optional' },
      schema: { tags: ['components'], summary: 'The component compiled to one target', params: IdParams, querystring: CodeQuery, response: { 404: errorRef } },
    },
    async (request) => service().code(request.params.id, request.actor, request.query.target),
  );
}
