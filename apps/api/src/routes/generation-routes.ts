import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { AppError, DesignSystemId, TargetIdSchema, commonErrorResponses } from '@anclora/shared';
import { toAppError } from '../plugins/error-handler.js';
import type { GenerationEvent, GenerationResult } from '../services/generation-service.js';
import type { Requester } from '../services/quota.js';
import { idempotencyKeyHeaders } from './idempotency-key-header.js';
import { traceparentOf } from '../observability/tracing.js';

export const VISITOR_COOKIE = 'anclora_visitor';
const errorRef = Type.Ref('ErrorResponse');

const GenerationBody = Type.Object(
  {
    prompt: Type.String({ minLength: 1, maxLength: 4000, description: 'What to build, in English or Spanish' }),
    target: TargetIdSchema,
    designSystemId: Type.Optional(DesignSystemId),
    viewport: Type.Optional(Type.Integer({ minimum: 320, maximum: 2560 })),
    componentId: Type.Optional(Type.String({ format: 'uuid', description: 'Refine this saved component (a new version)' })),
    provider: Type.Optional(
      Type.Union([Type.Literal('anthropic'), Type.Literal('openai'), Type.Literal('offline')], {
        description: 'A provider other than the default: offline for anyone, a model provider on Pro and Enterprise',
      }),
    ),
    async: Type.Optional(Type.Boolean({ description: 'Queue it: 202 with an id, then GET /api/generations/:id' })),
  },
  { additionalProperties: false },
);

export interface GenerationRoutesOptions {
  limits: { generationsPerMinute: number };
  secureCookies: boolean;
  bodyLimit: number;
}

/** POST /api/generations: the finished result as JSON, or a server-sent event stream. */
export async function generationRoutes(fastify: FastifyInstance, options: GenerationRoutesOptions) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  // Who is asking: a signed-in user, or a visitor known by a signed cookie (minted on first use).
  const requesterOf = (request: FastifyRequest, reply: FastifyReply): Requester => {
    if (request.actor) return { actor: request.actor };
    const cookie = request.headers.cookie ? fastify.parseCookie(request.headers.cookie)[VISITOR_COOKIE] : undefined;
    let visitorId = app.visitors.verify(cookie);
    if (!visitorId) {
      const minted = app.visitors.mint();
      visitorId = minted.id;
      // Set as a plain header, not reply.setCookie(): @fastify/cookie writes its cookies in an
      // onSend hook, which a hijacked (server-sent events) reply never runs.
      const cookie = fastify.serializeCookie(VISITOR_COOKIE, minted.cookie, { httpOnly: true, secure: options.secureCookies, sameSite: 'lax', path: '/', maxAge: 365 * 24 * 3600 });
      void reply.header('set-cookie', cookie);
    }
    return { visitorId, ip: request.ip };
  };

  app.post(
    '/',
    {
      config: {
        auth: 'optional',
        // Fair use for every plan: per user when signed in, else per IP; counted in Redis when configured.
        rateLimit: {
          max: options.limits.generationsPerMinute,
          timeWindow: 60_000,
          keyGenerator: async (request: FastifyRequest) => {
            const header = request.headers.authorization;
            const claims = header?.startsWith('Bearer ') ? await app.tokens.verifyAccess(header.slice(7)) : undefined;
            return claims ? `user:${claims.userId}` : `ip:${request.ip}`;
          },
        },
      },
      schema: {
        tags: ['generations'],
        summary: 'Generate (or refine, with componentId) a component; Accept: text/event-stream streams progress',
        body: GenerationBody,
        headers: idempotencyKeyHeaders('With async: true, a retry carrying the same key gets the first request’s id instead of a second generation'),
        response: {
          202: Type.Object({ id: Type.String({ format: 'uuid' }), status: Type.Literal('queued') }),
          401: errorRef,
          402: errorRef,
          403: errorRef,
          404: errorRef,
          422: errorRef,
          ...commonErrorResponses,
        },
      },
    },
    async (request, reply) => {
      const who = requesterOf(request, reply);
      const { async: queued, ...body } = request.body;
      const idempotencyKey = request.headers['idempotency-key'];
      if (queued) return reply.status(202).send(await app.services.generations.enqueue(body, who, idempotencyKey, traceparentOf(request)));
      if (idempotencyKey !== undefined) {
        throw new AppError('VALIDATION_ERROR', 400, 'Idempotency-Key applies to queued generations: send it with "async": true (a streamed or direct answer cannot be replayed).');
      }
      // Every 4xx (target, design system, ownership, quota) is decided here, before a stream opens.
      const preparing = performance.now();
      const job = await app.services.generations.prepare(body, who);
      const prepareMs = Math.round((performance.now() - preparing) * 100) / 100;
      // One line per generation, without the user's prompt text.
      const logResult = (result: Omit<GenerationResult, 'timings'>) =>
        request.log.info(
          {
            generationId: result.generationId,
            provider: result.provider,
            model: result.model,
            target: body.target,
            fromCache: result.fromCache,
            inputTokens: result.usage.inputTokens,
            outputTokens: result.usage.outputTokens,
            durationMs: result.durationMs,
          },
          'generation succeeded',
        );
      const wantsStream = (request.headers.accept ?? '').includes('text/event-stream');
      if (!wantsStream) {
        const { timings, ...result } = await job.run({});
        logResult(result);
        // Where the time went, for browser dev tools and the benchmark.
        const stages = { prepare: prepareMs, ...timings };
        void reply.header('server-timing', Object.entries(stages).map(([name, ms]) => `${name};dur=${ms}`).join(', '));
        return result;
      }

      const controller = new AbortController();
      let finished = false;
      // A client that goes away aborts the upstream model request. (The
      // response's 'close' fires on a lost connection; the request's already
      // fired once its body was read.)
      reply.raw.on('close', () => {
        if (!finished) controller.abort();
      });
      reply.hijack();
      const raw = reply.raw;
      raw.writeHead(200, {
        ...(reply.getHeaders() as Record<string, string>),
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      const send = (event: string, data: unknown) => {
        if (!raw.destroyed) raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      };
      try {
        const result = await job.run({ signal: controller.signal, onEvent: (e: GenerationEvent) => send(e.event, e.data) });
        logResult(result);
        send('done', {
          generationId: result.generationId,
          componentId: result.componentId,
          version: result.version,
          provider: result.provider,
          model: result.model,
          usage: result.usage,
          fromCache: result.fromCache,
          notes: result.notes,
          durationMs: result.durationMs,
          providerMs: result.providerMs,
        });
      } catch (error) {
        const appError = toAppError(error as Error, options.bodyLimit);
        if (appError.statusCode >= 500) request.log.error({ err: error }, 'generation failed');
        else request.log.info({ code: appError.code }, 'generation failed');
        send('error', appError.toJSON());
      } finally {
        finished = true;
        raw.end();
      }
    },
  );

  app.get(
    '/providers',
    {
      config: { auth: 'optional' },
      schema: {
        tags: ['generations'],
        summary: 'The configured providers; `allowed` says whether your plan may choose each per request',
        response: {
          200: Type.Object({
            default: Type.String(),
            providers: Type.Array(Type.Object({ id: Type.String(), model: Type.String(), allowed: Type.Boolean() })),
          }),
        },
      },
    },
    async (request) => app.services.generations.providers(request.actor),
  );

  app.get(
    '/credits',
    {
      config: { auth: 'optional' },
      schema: {
        tags: ['generations'],
        summary: 'Generations left: the Free plan’s monthly allowance with its reset date, the anonymous trial, or unlimited (null) on paid plans',
        response: {
          200: Type.Object({
            plan: Type.String(),
            limit: Type.Union([Type.Integer(), Type.Null()]),
            used: Type.Integer(),
            remaining: Type.Union([Type.Integer(), Type.Null()]),
            resetAt: Type.Union([Type.String(), Type.Null()]),
          }),
        },
      },
    },
    async (request, reply) => app.services.generations.credits(requesterOf(request, reply)),
  );

  app.get(
    '/:id',
    {
      config: { auth: 'optional' },
      schema: {
        tags: ['generations'],
        summary: 'An async generation: queued, running, succeeded (with its result) or failed',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: { 404: errorRef },
      },
    },
    async (request, reply) => app.services.generations.status(request.params.id, requesterOf(request, reply)),
  );
}
