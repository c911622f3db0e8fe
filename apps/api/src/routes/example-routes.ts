import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { EXAMPLE_CATEGORIES } from '../examples/catalog.js';
import { getExample, listExamples } from '../examples/examples.js';

const errorRef = Type.Ref('ErrorResponse');
const EXAMPLE_TARGETS = ['html-css', 'react-tailwind', 'react-chakra'] as const;

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
      // The catalogue only changes with a release.
      reply.header('cache-control', 'public, max-age=300');
      return { items: listExamples(request.query), categories: [...EXAMPLE_CATEGORIES] };
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
      reply.header('cache-control', 'public, max-age=300');
      return getExample(request.params.id);
    },
  );
}
