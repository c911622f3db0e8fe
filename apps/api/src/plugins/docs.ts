import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';

/**
 * OpenAPI 3.1 generated from the route schemas (the same schemas that
 * validate requests), served as JSON at /api/docs/json and browsable at
 * /api/docs. Must be registered before the routes it documents.
 */
export const docsPlugin = fp(
  async (app: FastifyInstance, options: { version: string; upgradeInsecureRequests: boolean }) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Anclora Render API',
          version: options.version,
          description:
            'Describe or paste a UI component and get it in your design system, in every framework, rendered and verified. ' +
            'Errors always have the shape { "error": { "code", "message" } }.',
        },
        components: {
          securitySchemes: {
            bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
          },
        },
        tags: [
          { name: 'system', description: 'Health, readiness' },
          { name: 'auth', description: 'Accounts and sessions' },
          { name: 'engine', description: 'Targets, the spec schema, stateless compile' },
          { name: 'design-systems', description: 'Presets, token import and export' },
          { name: 'components', description: 'Saved components' },
          { name: 'generations', description: 'Generate and refine components (JSON or server-sent events)' },
        ],
      },
      refResolver: {
        // Schemas registered with $id appear under components.schemas by their id.
        buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`),
      },
    });
    await app.register(swaggerUi, {
      routePrefix: '/api/docs',
      staticCSP: true,
      // Same rule as the app's CSP: no upgrade directive over plain http.
      transformStaticCSP: (header) =>
        options.upgradeInsecureRequests ? header : header.replace(/\s*upgrade-insecure-requests;?/, ''),
      uiConfig: { docExpansion: 'list', deepLinking: true },
    });
  },
  { name: 'docs' },
);
