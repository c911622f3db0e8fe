import { randomUUID } from 'node:crypto';
import path from 'node:path';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import type { Config } from '@anclora/config';
import type { Infra } from '@anclora/infra';
import { ErrorResponse, errors, UserResponse } from '@anclora/shared';
import { loggerOptions, requestIdFrom } from './logger.js';
import { installJsonParser, installValidation } from './validation.js';
import { errorHandlerPlugin } from './plugins/error-handler.js';
import { metricsPlugin } from './plugins/metrics.js';
import { errorTrackingOptions, tracingOptions } from '@anclora/observability';
import { errorTrackingPlugin } from './observability/error-tracking.js';
import { tracingPlugin } from './observability/tracing.js';
import { withJobObservers } from './observability/job-observers.js';
import { securityPlugin } from './plugins/security.js';
import { renderRoutes } from './routes/render-routes.js';
import { shareRoutes } from './routes/share-routes.js';
import { docsPlugin } from './plugins/docs.js';
import { infraPlugin } from './plugins/infra.js';
import { authPlugin } from './plugins/auth.js';
import { wantsSpaFallback, webPlugin } from './plugins/web.js';
import { healthRoutes } from './routes/health-routes.js';
import { authRoutes } from './routes/auth-routes.js';
import { engineRoutes } from './routes/engine-routes.js';
import { designSystemRoutes } from './routes/design-system-routes.js';
import { componentRoutes } from './routes/component-routes.js';
import { generationRoutes } from './routes/generation-routes.js';
import { exampleRoutes } from './routes/example-routes.js';
import { createGenerators, generatorCatalog, type AiSettings, type GeneratorCatalog, type SpecGenerator } from '@anclora/ai';
import { servicesPlugin } from './plugins/services.js';
import { createTokenService } from './services/tokens.js';
import type { ReadinessProbe } from './services/readiness.js';

export interface BuildAppOptions {
  config: Config;
  infra: Infra;
  /** Close the infra when the app closes (true for the server; tests may share one). */
  ownsInfra?: boolean;
  jwtSecret: string;
  /** Where log lines go; default stdout. */
  logStream?: NodeJS.WritableStream;
  /** Key prefix of the rate-limit counters in Redis. */
  rateLimitNamespace?: string;
  /** Extra readiness probes (the browser pool adds one later). */
  extraProbes?: ReadinessProbe[];
  /** The default spec generator (tests: a provider on a fake server); the offline one is always available too. */
  generator?: SpecGenerator;
  /** Every provider a request may choose; default: what the configuration sets up. */
  generators?: GeneratorCatalog;
}

/** The seed's per-environment AI settings, as the AI package takes them. */
export function aiSettings(config: Config): AiSettings {
  const { ai } = config;
  return {
    provider: ai.provider,
    model: ai.provider === 'openai' ? (ai.openaiModel ?? ai.model) : ai.model,
    maxTokens: ai.maxTokens,
    timeoutMs: ai.timeoutMs,
    retries: ai.retries,
    ...(ai.anthropicApiKey ? { anthropic: { apiKey: ai.anthropicApiKey, baseURL: ai.anthropicBaseUrl } } : {}),
    // Local OpenAI-compatible servers (Ollama, vLLM, LM Studio) need a base URL but no key.
    ...(ai.provider === 'openai' || ai.openaiApiKey || ai.openaiBaseUrl
      ? { openai: { apiKey: ai.openaiApiKey ?? 'not-needed', baseURL: ai.openaiBaseUrl, model: ai.openaiModel } }
      : {}),
  };
}

/** What documents may frame: the configured preview origin, or any host on the preview port. */
function previewFrameSource(config: Config): string {
  if (config.render.previewOrigin) return new URL(config.render.previewOrigin).origin;
  return config.render.previewPort === 0 ? 'http://*:*' : `http://*:${config.render.previewPort}`;
}

/** The preview origin as the requesting browser reaches it: configured, else the same host on the preview listener's port. */
function previewOrigin(config: Config, app: FastifyInstance, hostname: string): string {
  if (config.render.previewOrigin) return new URL(config.render.previewOrigin).origin;
  const listening = app.rendering.listeningUrl();
  const port = listening ? new URL(listening).port : String(config.render.previewPort);
  const host = hostname.replace(/:\d+$/, '');
  return `http://${host}:${port}`;
}

/** How long a graceful close waits for queued error events and spans to be sent. */
const TELEMETRY_FLUSH_TIMEOUT_MS = 2_000;

const DEFAULT_WEB_DIST = path.resolve(import.meta.dirname, '../../web/dist');

/**
 * The boot order matters and reads top to bottom: error handling, metrics,
 * traces and error reports first so every later failure is shaped, counted
 * and reported; security before any
 * route so headers, CORS and rate limits cover all of them; the OpenAPI
 * generator before the routes it documents; infrastructure and auth before
 * the routes that use them; the web app and the not-found handler last.
 */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { config, infra } = options;
  const app = Fastify({
    logger: loggerOptions(config.logLevel, options.logStream),
    bodyLimit: config.server.bodyLimitBytes,
    // A hop count is valid at run time (proxy-addr) though Fastify's types omit it.
    trustProxy: config.server.trustProxy as FastifyServerOptions['trustProxy'],
    requestIdHeader: false,
    genReqId: (req) => requestIdFrom(req.headers['x-request-id'], randomUUID),
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    // Errors Fastify raises before routing (a malformed URL) answer in our shape too.
    frameworkErrors: (error, _request, reply) => {
      const body = errors.validation(`Bad request: ${error.message}`).toJSON();
      void (reply as unknown as FastifyReply).status(400).send(body);
    },
  });
  installValidation(app);
  installJsonParser(app, config.server.bodyLimitBytes);

  app.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    done();
  });

  // 1. Shape and count everything.
  await app.register(errorHandlerPlugin, { bodyLimit: config.server.bodyLimitBytes });
  await app.register(metricsPlugin, { token: config.server.metricsToken });
  // Spans before error reports, so a report can name its trace; both are no-ops unless configured.
  await app.register(tracingPlugin, { tracing: tracingOptions(config), flushTimeoutMs: TELEMETRY_FLUSH_TIMEOUT_MS });
  await app.register(errorTrackingPlugin, { errorTracking: errorTrackingOptions(config), flushTimeoutMs: TELEMETRY_FLUSH_TIMEOUT_MS });

  // 2. Security headers, CORS, rate limits.
  await app.register(securityPlugin, {
    security: config.security,
    redis: infra.redisFailFast,
    previewFrameSource: previewFrameSource(config),
    ...(options.rateLimitNamespace ? { rateLimitNamespace: options.rateLimitNamespace } : {}),
  });
  // Cookies are parsed only where they are read (the auth routes), not on every request.
  await app.register(cookie, { hook: false });

  // 3. Shared schemas, then the OpenAPI generator (before any documented route).
  app.addSchema(ErrorResponse);
  app.addSchema(UserResponse);
  await app.register(docsPlugin, { version: config.version, upgradeInsecureRequests: config.security.hsts });

  // 4. Infrastructure and authentication. Jobs this process runs are traced and
  // reported like the worker's (their timing is added where each consumer starts).
  await app.register(infraPlugin, { infra: withJobObservers(infra, [app.jobSpans, app.jobErrorReports]), ownsInfra: options.ownsInfra ?? false });
  await app.register(authPlugin, {
    tokens: createTokenService(options.jwtSecret, config.auth.accessTokenTtlSeconds),
    refreshTtlSeconds: config.auth.refreshTokenTtlSeconds,
  });

  await app.register(servicesPlugin, {
    generators: options.generators ?? (options.generator ? generatorCatalog(options.generator) : createGenerators(aiSettings(config))),
    limits: config.limits,
    secret: options.jwtSecret,
    concurrency: config.worker.concurrency,
    render: config.render,
    consumeRenders: config.worker.inProcess,
  });

  // 5. Routes.
  const probes: ReadinessProbe[] = [
    { name: 'database', required: true, kind: infra.database.kind, check: () => infra.database.ping() },
    { name: 'cache', required: true, kind: infra.cache.kind, check: () => infra.cache.ping() },
    { name: 'queue', required: true, kind: infra.queue.kind, check: () => infra.queue.ping() },
    { name: 'storage', required: true, kind: infra.storage.kind, check: () => infra.storage.ping() },
    // Not required: without Chromium, previews still render in the user's browser; only server-side renders fail.
    {
      name: 'browser',
      required: false,
      kind: 'chromium',
      check: async () => {
        if (!app.rendering.pool.available()) throw new Error('Chromium is not available on this server.');
      },
    },
    ...(options.extraProbes ?? []),
  ];
  await app.register(healthRoutes, { prefix: '/api', version: config.version, probes });
  await app.register(authRoutes, {
    prefix: '/api/auth',
    secureCookies: config.security.secureCookies,
    loginRateLimit: config.security.loginRateLimit,
  });
  await app.register(engineRoutes, { prefix: '/api' });
  await app.register(designSystemRoutes, { prefix: '/api/design-systems' });
  await app.register(componentRoutes, { prefix: '/api/components' });
  await app.register(exampleRoutes, { prefix: '/api/examples' });
  await app.register(renderRoutes, { prefix: '/api', previewOrigin: (hostname) => previewOrigin(config, app, hostname), previewsPerMinute: 120 });
  await app.register(shareRoutes, { previewOrigin: (hostname) => previewOrigin(config, app, hostname) });
  await app.register(generationRoutes, {
    prefix: '/api/generations',
    limits: config.limits,
    secureCookies: config.security.secureCookies,
    bodyLimit: config.server.bodyLimitBytes,
  });

  // 6. The web app, and one not-found answer for everything else.
  const webDist = config.server.webDistDir ?? DEFAULT_WEB_DIST;
  await app.register(webPlugin, { distDir: webDist });
  // Unknown URLs count against the rate limit too, so scanning is not free.
  app.setNotFoundHandler({ preHandler: app.rateLimit() }, (request, reply) => {
    if (app.webIndexAvailable && wantsSpaFallback(request.method, request.url, request.headers.accept)) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    throw errors.routeNotFound(request.method, request.url);
  });

  return app;
}
