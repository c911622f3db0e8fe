import { createHash, randomBytes } from 'node:crypto';
import { jwtVerify, SignJWT, errors as joseErrors } from 'jose';

const ISSUER = 'anclora-render';
const AUDIENCE = 'anclora-render-api';

export interface AccessClaims {
  userId: string;
  sessionId: string;
}

/**
 * Short-lived access tokens (HS256 JWT carrying the user and the session it
 * belongs to) and opaque refresh tokens (256 random bits; only their SHA-256
 * is stored, so a database leak does not leak usable tokens).
 */
export function createTokenService(secret: string, accessTtlSeconds: number) {
  const key = new TextEncoder().encode(secret);
  return {
    accessTtlSeconds,

    signAccess(claims: AccessClaims): Promise<string> {
      return new SignJWT({ sid: claims.sessionId })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject(claims.userId)
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(`${accessTtlSeconds}s`)
        .sign(key);
    },

    /** The claims of a valid token, or undefined for a bad, expired or foreign one. */
    async verifyAccess(token: string): Promise<AccessClaims | undefined> {
      try {
        const { payload } = await jwtVerify(token, key, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
        if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string') return undefined;
        return { userId: payload.sub, sessionId: payload.sid };
      } catch (error) {
        if (error instanceof joseErrors.JOSEError) return undefined;
        throw error;
      }
    },
  };
}
export type TokenService = ReturnType<typeof createTokenService>;

export function newRefreshToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
