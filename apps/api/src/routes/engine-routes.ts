import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { analyzeSpec, compileAll, importHtml, isTargetId, parseSpec, specJsonSchema, TARGETS, type TargetId } from '@anclora/engine';
import { CompileBody, DesignSystemId, HtmlImportBody, TargetIdSchema, TargetsResponse, commonErrorResponses, errors } from '@anclora/shared';
import { exportArchive } from '../services/export-archive.js';
import { sendZip } from './send-zip.js';

const errorRef = Type.Ref('ErrorResponse');

/** Stateless engine endpoints: the target list, the spec's JSON Schema, compiling, importing pasted code and exporting a spec. */
export async function engineRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const schema = specJsonSchema();

  app.get(
    '/targets',
    { schema: { tags: ['engine'], summary: 'Every framework + styling target', response: { 200: TargetsResponse } } },
    async () => ({ targets: TARGETS.map((t) => ({ ...t })) }),
  );

  app.get(
    '/spec/schema',
    { schema: { tags: ['engine'], summary: 'The component spec as JSON Schema (draft 2020-12)' } },
    async (_request, reply) => reply.type('application/schema+json').send(schema),
  );

  app.post(
    '/compile',
    {
      config: { auth: 'optional' },
      schema: {
        tags: ['engine'],
        summary: 'Compile a spec to one or more targets (stateless)',
        body: CompileBody,
        response: { 404: errorRef, ...commonErrorResponses },
      },
    },
    async (request) => {
      const unknown = request.body.targets.filter((t) => !isTargetId(t));
      if (unknown.length > 0) throw errors.validation(`Unknown target(s): ${unknown.join(', ')}.`, { targets: unknown });
      const spec = parseSpec(request.body.spec);
      const { tokens } = await app.services.designSystems.tokenSet(request.body.designSystemId, request.actor);
      const outputs = compileAll(spec, tokens, request.body.targets as TargetId[]);
      return { outputs: Object.fromEntries(outputs.map((output) => [output.target, output])) };
    },
  );

  app.post(
    '/import',
    {
      config: { auth: 'optional' },
      schema: {
        tags: ['engine'],
        summary: 'Import pasted HTML/CSS into a spec (stateless; POST /api/components saves it)',
        body: HtmlImportBody,
        response: { 404: errorRef, ...commonErrorResponses },
      },
    },
    async (request) => {
      const { tokens } = await app.services.designSystems.tokenSet(request.body.designSystemId, request.actor);
      const imported = importHtml(request.body.source, tokens, request.body.name ? { name: request.body.name } : {});
      return { spec: imported.spec, quality: analyzeSpec(imported.spec, tokens), unsupported: imported.unsupported };
    },
  );

  app.post(
    '/export',
    {
      config: { auth: 'optional' },
      schema: {
        tags: ['engine'],
        summary: 'A zip for one target from a spec (stateless: for work not saved yet, e.g. the anonymous trial)',
        body: Type.Object({ spec: Type.Unknown(), target: TargetIdSchema, designSystemId: Type.Optional(DesignSystemId) }, { additionalProperties: false }),
        response: { 404: errorRef, ...commonErrorResponses },
      },
    },
    async (request, reply) => {
      if (!isTargetId(request.body.target)) throw errors.validation(`Unknown target "${request.body.target}".`);
      const spec = parseSpec(request.body.spec);
      const { tokens } = await app.services.designSystems.tokenSet(request.body.designSystemId, request.actor);
      const { fileName, bytes } = exportArchive(spec, tokens, request.body.target as TargetId);
      return sendZip(reply, fileName, bytes);
    },
  );
}
