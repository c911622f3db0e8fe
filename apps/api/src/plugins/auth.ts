import type { FastifyInstance, FastifyRequest, preParsingAsyncHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import { usersRepository } from '@anclora/db';
import { AppError, errors } from '@anclora/shared';
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
    // Sessions are read on the primary: a replica's lag must never make a
    // just-created session look missing or a just-revoked one look live.
    const db = app.infra.database.primary;
    app.decorate('auth', createAuthService({ db, tokens: options.tokens, refreshTtlSeconds: options.refreshTtlSeconds }));
    const users = usersRepository(db);
    app.decorateRequest('actor', null);

    // Only routes that declare `config.auth` get the hook, so public routes
    // pay nothing. preParsing: after the per-route rate limit (an onRequest
    // hook) counted the request, so guessing tokens is rate limited too, and
    // before the body of an unauthenticated request is read.
    const authenticate = async (request: FastifyRequest, mode: AuthMode) => {
      const token = bearerToken(request);
      const claims: AccessClaims | undefined = token ? await options.tokens.verifyAccess(token) : undefined;
      // A valid signature is not enough: the session must still be live, so
      // logout and family revocation take effect on every route at once.
      const user = claims ? await users.findBySession(claims.userId, claims.sessionId) : undefined;
      if (claims && user) {
        request.actor = { userId: claims.userId, sessionId: claims.sessionId, user };
        return;
      }
      if (mode === 'required') {
        if (claims) throw new AppError('SESSION_REVOKED', 401, 'The session is no longer valid; sign in again.');
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
