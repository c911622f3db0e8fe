import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import type { Config } from '@anclora/config';
import { errors } from '@anclora/shared';
import type { Redis } from 'ioredis';
import { staticSecurityHeaders } from './security-headers.js';

export interface SecurityOptions {
  security: Config['security'];
  /** Shared store for rate-limit counters: every API instance on one Redis sees the same counts. */
  redis: Redis | undefined;
  /** Key prefix of the counters in Redis (tests isolate themselves with it). */
  rateLimitNamespace?: string;
  /** CSP source of the preview origin, which documents may frame. */
  previewFrameSource: string;
}

/**
 * The seed's production CSP directives, plus the hardening helmet adds by
 * default, plus frame-src for the preview origin (the only thing the app
 * frames: sandboxed component previews).
 */
export function contentSecurityPolicy(upgradeInsecureRequests: boolean, previewFrameSource = "'none'") {
  return {
    useDefaults: true,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'", "'unsafe-inline'", 'https://js.stripe.com', 'https://challenges.cloudflare.com'],
      styleSrc: ["'self'", "'unsafe-inline'", 'https://fonts.googleapis.com'],
      fontSrc: ["'self'", 'https://fonts.gstatic.com'],
      imgSrc: ["'self'", 'data:', 'https:'],
      connectSrc: ["'self'", 'https://api.anthropic.com', 'https://api.stripe.com'],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      frameAncestors: ["'self'"],
      frameSrc: ["'self'", previewFrameSource],
      // "Open in CodePen" posts a form to CodePen's prefill endpoint; every other form stays on this origin.
      formAction: ["'self'", 'https://codepen.io'],
      // Over plain http (local development) an upgrade directive would send
      // every asset request to https://localhost and break the page.
      upgradeInsecureRequests: upgradeInsecureRequests ? [] : null,
    },
  };
}

export const securityPlugin = fp(
  async (app: FastifyInstance, options: SecurityOptions) => {
    const { security } = options;
    const hsts = security.hsts ? { maxAge: 31_536_000, includeSubDomains: true, preload: true } : false;
    // Documents (the web app, its assets) get the seed's full policy.
    const documentHeaders = staticSecurityHeaders({
      contentSecurityPolicy: contentSecurityPolicy(security.hsts, options.previewFrameSource),
      strictTransportSecurity: hsts,
    });
    // JSON and metrics answers are never rendered, so a page-loading policy
    // means nothing there; they get OWASP's REST API set instead: nothing may
    // load or frame them, no sniffing, no referrer. (Measured in
    // docs/benchmarks.md: the full document set on every API answer cost
    // about a tenth of the API's throughput in bytes written.)
    const apiHeaders = staticSecurityHeaders({
      contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
      strictTransportSecurity: hsts,
      xFrameOptions: { action: 'deny' },
      referrerPolicy: { policy: 'no-referrer' },
      crossOriginResourcePolicy: { policy: 'same-origin' },
      xContentTypeOptions: true,
      crossOriginOpenerPolicy: false,
      originAgentCluster: false,
      xDnsPrefetchControl: false,
      xDownloadOptions: false,
      xPermittedCrossDomainPolicies: false,
      xXssProtection: false,
    });
    // onRequest, so error answers and 404s carry them too; a route may still
    // replace one (the API docs page sets its own CSP). The API surface is
    // /api/* and /metrics by contract (PRODUCT.md).
    app.addHook('onRequest', (request, reply, done) => {
      const url = request.url;
      const isApi = (url.startsWith('/api/') && !url.startsWith('/api/docs')) || url.startsWith('/metrics');
      void reply.headers(isApi ? apiHeaders : documentHeaders);
      done();
    });

    await app.register(cors, {
      origin: security.corsOrigins,
      credentials: true,
      methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
      maxAge: 600,
    });

    await app.register(rateLimit, {
      global: true,
      max: security.rateLimit.max,
      timeWindow: security.rateLimit.windowMs,
      ...(options.redis ? { redis: options.redis } : {}),
      nameSpace: options.rateLimitNamespace ?? 'anclora:ratelimit:',
      // Standard RateLimit-* headers only (the seed's standardHeaders: true,
      // legacyHeaders: false).
      enableDraftSpec: true,
      // If Redis is unreachable, serve requests rather than fail them all:
      // the limiter protects the service, it must not become its outage.
      skipOnError: true,
      errorResponseBuilder: (_request, context) => errors.rateLimited(Math.max(1, Math.ceil(context.ttl / 1000))),
    });
  },
  { name: 'security', dependencies: ['error-handler'] },
);
