import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { AuthResponse, LoginBody, MeResponse, RegisterBody, commonErrorResponses } from '@anclora/shared';
import { toUserResponse, type AuthResult, type ClientInfo } from '../services/auth-service.js';

export const REFRESH_COOKIE = 'anclora_rt';
/**
 * Readable by the page (the refresh cookie is not): says "this browser holds a
 * session", so a visitor's page load skips the refresh call that could only
 * answer 401. It carries no secret and follows the refresh cookie's lifetime.
 */
export const SESSION_HINT_COOKIE = 'anclora_session';
const COOKIE_PATH = '/api/auth';

export interface AuthRoutesOptions {
  secureCookies: boolean;
  loginRateLimit: { max: number; windowMs: number };
}

const errorRef = Type.Ref('ErrorResponse');
const clientOf = (request: FastifyRequest): ClientInfo => ({ ip: request.ip, userAgent: request.headers['user-agent'] });

export async function authRoutes(fastify: FastifyInstance, options: AuthRoutesOptions) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  // The refresh token lives only in an httpOnly cookie scoped to the auth
  // routes: page scripts cannot read it and other requests do not carry it.
  const setRefreshCookie = (reply: FastifyReply, result: AuthResult) =>
    reply
      .setCookie(REFRESH_COOKIE, result.refreshToken, {
        httpOnly: true,
        secure: options.secureCookies,
        sameSite: 'strict',
        path: COOKIE_PATH,
        expires: result.refreshExpiresAt,
      })
      .setCookie(SESSION_HINT_COOKIE, '1', { secure: options.secureCookies, sameSite: 'strict', path: '/', expires: result.refreshExpiresAt });
  const clearSessionCookies = (reply: FastifyReply) => reply.clearCookie(REFRESH_COOKIE, { path: COOKIE_PATH }).clearCookie(SESSION_HINT_COOKIE, { path: '/' });
  const body = (result: AuthResult) => ({ user: result.user, accessToken: result.accessToken, expiresIn: result.expiresIn });

  // Cookie parsing is off globally (see app.ts); these routes read their one cookie.
  const refreshCookieOf = (request: FastifyRequest): string | undefined =>
    request.headers.cookie ? fastify.parseCookie(request.headers.cookie)[REFRESH_COOKIE] : undefined;

  // Credential endpoints get their own, much lower limit per IP.
  const credentialLimit = { rateLimit: { max: options.loginRateLimit.max, timeWindow: options.loginRateLimit.windowMs } };

  app.post(
    '/register',
    {
      config: credentialLimit,
      schema: {
        tags: ['auth'],
        summary: 'Create an account and sign in',
        body: RegisterBody,
        response: { 201: AuthResponse, 409: errorRef, ...commonErrorResponses },
      },
    },
    async (request, reply) => {
      const result = await app.auth.register(request.body, clientOf(request));
      setRefreshCookie(reply, result);
      return reply.status(201).send(body(result));
    },
  );

  app.post(
    '/login',
    {
      config: credentialLimit,
      schema: {
        tags: ['auth'],
        summary: 'Sign in with email and password',
        body: LoginBody,
        response: { 200: AuthResponse, 401: errorRef, ...commonErrorResponses },
      },
    },
    async (request, reply) => {
      const result = await app.auth.login(request.body, clientOf(request));
      setRefreshCookie(reply, result);
      return body(result);
    },
  );

  app.post(
    '/refresh',
    {
      schema: {
        tags: ['auth'],
        summary: 'Rotate the refresh cookie and get a new access token',
        response: { 200: AuthResponse, 401: errorRef, ...commonErrorResponses },
      },
    },
    async (request, reply) => {
      let result: AuthResult;
      try {
        result = await app.auth.refresh(refreshCookieOf(request), clientOf(request));
      } catch (error) {
        // A session that cannot be renewed is over: the page should stop asking.
        if ((error as { statusCode?: number }).statusCode === 401) clearSessionCookies(reply);
        throw error;
      }
      setRefreshCookie(reply, result);
      return body(result);
    },
  );

  app.post(
    '/logout',
    {
      config: { auth: 'optional' },
      schema: { tags: ['auth'], summary: 'Sign out: revoke the session and clear the cookie', response: { 204: Type.Null() } },
    },
    async (request, reply) => {
      await app.auth.logout(refreshCookieOf(request), request.actor?.sessionId);
      clearSessionCookies(reply);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/me',
    {
      config: { auth: 'required' },
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user',
        security: [{ bearerAuth: [] }],
        response: { 200: MeResponse, 401: errorRef, ...commonErrorResponses },
      },
    },
    // The auth hook already loaded the user with the live-session check.
    async (request) => ({ user: toUserResponse(request.actor!.user!) }),
  );
}
