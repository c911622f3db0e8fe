import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { EXAMPLE_CATEGORIES } from '../examples/catalog.js';
import { getExample, listExamples } from '../examples/examples.js';

const errorRef = Type.Ref('ErrorResponse');
const EXAMPLE_TARGETS = ['html-css', 'react-tailwind', 'react-chakra'] as const;

interface EncodedBody {
  json: string;
  br: Buffer;
  gzip: Buffer;
}

/**
 * The catalogue only changes with a release, and the whole list with its specs
 * is about 400 kB of JSON: each answer is serialised and compressed once per
 * filter, then sent as it is (brotli or gzip when the client accepts them).
 */
const encodedBodies = new Map<string, EncodedBody>();
function encodedBody(key: string, build: () => unknown): EncodedBody {
  let body = encodedBodies.get(key);
  if (!body) {
    const json = JSON.stringify(build());
    body = { json, br: brotliCompressSync(json, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }), gzip: gzipSync(json, { level: 9 }) };
    encodedBodies.set(key, body);
  }
  return body;
}

function sendEncoded(request: FastifyRequest, reply: FastifyReply, body: EncodedBody) {
  const accepted = String(request.headers['accept-encoding'] ?? '');
  reply.header('cache-control', 'public, max-age=300').header('vary', 'accept-encoding').type('application/json; charset=utf-8');
  if (/\bbr\b/.test(accepted)) return reply.header('content-encoding', 'br').send(body.br);
  if (/\bgzip\b/.test(accepted)) return reply.header('content-encoding', 'gzip').send(body.gzip);
  return reply.send(body.json);
}

/** The library: curated examples (Vanilla CSS, Tailwind, Chakra UI), each loadable into the workspace. */
export async function exampleRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/',
    {
      schema: {
        tags: ['examples'],
        summary: 'Curated examples with their specs, optionally filtered by target and category',
        querystring: Type.Object(
          {
            target: Type.Optional(Type.Union(EXAMPLE_TARGETS.map((target) => Type.Literal(target)))),
            category: Type.Optional(Type.Union(EXAMPLE_CATEGORIES.map((category) => Type.Literal(category)))),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const { target, category } = request.query;
      return sendEncoded(request, reply, encodedBody(`list:${target ?? ''}:${category ?? ''}`, () => ({ items: listExamples(request.query), categories: [...EXAMPLE_CATEGORIES] })));
    },
  );

  app.get(
    '/:id',
    {
      schema: {
        tags: ['examples'],
        summary: 'One curated example with its spec',
        params: Type.Object({ id: Type.String({ pattern: '^[a-z0-9-]{1,60}$' }) }),
        response: { 404: errorRef },
      },
    },
    async (request, reply) => {
      const example = getExample(request.params.id);
      return sendEncoded(request, reply, encodedBody(`one:${example.id}`, () => example));
    },
  );
}
