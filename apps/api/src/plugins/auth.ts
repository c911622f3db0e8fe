import type { FastifyInstance, FastifyRequest, preParsingAsyncHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import { errors } from '@anclora/shared';
import type { AccessClaims, TokenService } from '../services/tokens.js';
import { createAuthService, type AuthService } from '../services/auth-service.js';
import type { Actor } from '../authorization/policy.js';

export type AuthMode = 'required' | 'optional';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Declared per route; the hook below applies it. Routes without it are public. */
    auth?: AuthMode;
  }
  interface FastifyRequest {
    /** The authenticated caller, or null (public routes, or 'optional' without a token). */
    actor: Actor | null;
  }
  interface FastifyInstance {
    auth: AuthService;
    tokens: TokenService;
  }
}

function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const [scheme, token] = header.split(' ');
  return scheme?.toLowerCase() === 'bearer' && token ? token : undefined;
}

/**
 * Authentication in one place: every route states `config.auth`, and a
 * single hook verifies the bearer token before any handler or body parsing
 * runs. A route never inspects headers itself.
 */
export const authPlugin = fp(
  async (app: FastifyInstance, options: { tokens: TokenService; refreshTtlSeconds: number }) => {
    app.decorate('tokens', options.tokens);
    app.decorate('auth', createAuthService({ db: app.infra.database.db, tokens: options.tokens, refreshTtlSeconds: options.refreshTtlSeconds }));
    app.decorateRequest('actor', null);

    // Only routes that declare `config.auth` get the hook, so public routes
    // pay nothing. preParsing: after the per-route rate limit (an onRequest
    // hook) counted the request, so guessing tokens is rate limited too, and
    // before the body of an unauthenticated request is read.
    const authenticate = async (request: FastifyRequest, mode: AuthMode) => {
      const token = bearerToken(request);
      const claims: AccessClaims | undefined = token ? await options.tokens.verifyAccess(token) : undefined;
      if (claims) {
        request.actor = { userId: claims.userId, sessionId: claims.sessionId };
        return;
      }
      if (mode === 'required') {
        throw token ? errors.unauthorized('The access token is invalid or expired; refresh it.') : errors.unauthorized();
      }
    };
    app.addHook('onRoute', (route) => {
      const mode = route.config?.auth;
      if (!mode) return;
      const hook: preParsingAsyncHookHandler = async (request, _reply, payload) => {
        await authenticate(request, mode);
        return payload;
      };
      route.preParsing = [hook, ...(route.preParsing ? [route.preParsing].flat() : [])];
    });
  },
  { name: 'auth', dependencies: ['infra'] },
);
