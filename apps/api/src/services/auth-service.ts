import { randomUUID } from 'node:crypto';
import { sessionsRepository, usersRepository, type Db, type Executor, type PublicUser } from '@anclora/db';
import { AppError, errors, type UserResponse } from '@anclora/shared';
import { burnPasswordCheck, hashPassword, verifyPassword } from './passwords.js';
import { hashRefreshToken, newRefreshToken, type TokenService } from './tokens.js';

export interface ClientInfo {
  ip: string;
  userAgent: string | undefined;
}

export interface AuthResult {
  user: UserResponse;
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
  refreshExpiresAt: Date;
}

export const toUserResponse = (user: PublicUser): UserResponse => ({
  id: user.id,
  email: user.email,
  name: user.name,
  plan: user.plan,
  createdAt: user.createdAt.toISOString(),
});

/**
 * Accounts and sessions. A login opens a session family; each refresh
 * rotates the refresh token within the family; presenting a token that was
 * already rotated means it leaked, so the whole family is revoked.
 */
export function createAuthService(deps: { db: Db; tokens: TokenService; refreshTtlSeconds: number }) {
  const { db, tokens } = deps;
  const users = usersRepository(db);
  const sessions = sessionsRepository(db);

  /** Opens a session inside the caller's transaction, so it commits together with what led to it. */
  async function openSession(tx: Executor, user: PublicUser, client: ClientInfo, familyId: string = randomUUID()): Promise<AuthResult> {
    const refreshToken = newRefreshToken();
    const refreshExpiresAt = new Date(Date.now() + deps.refreshTtlSeconds * 1000);
    const session = await sessionsRepository(tx).create({
      ownerId: user.id,
      refreshTokenHash: hashRefreshToken(refreshToken),
      familyId,
      expiresAt: refreshExpiresAt,
      userAgent: client.userAgent?.slice(0, 512) ?? null,
      ip: client.ip,
    });
    const accessToken = await tokens.signAccess({ userId: user.id, sessionId: session.id });
    await usersRepository(tx).touch(user.id);
    return { user: toUserResponse(user), accessToken, expiresIn: tokens.accessTtlSeconds, refreshToken, refreshExpiresAt };
  }

  return {
    async register(input: { email: string; password: string; name?: string | undefined }, client: ClientInfo) {
      const passwordHash = await hashPassword(input.password);
      // One transaction: an account is never left without its first session
      // (a retry after a failure would otherwise get 409 EMAIL_TAKEN).
      return db.transaction(async (tx) => {
        const user = await usersRepository(tx).create({ email: input.email, passwordHash, name: input.name ?? null });
        if (!user) throw errors.conflict('EMAIL_TAKEN', 'An account with this email already exists.');
        return openSession(tx, user, client);
      });
    },

    async login(input: { email: string; password: string }, client: ClientInfo) {
      const user = await users.findByEmail(input.email);
      if (!user) {
        await burnPasswordCheck(input.password);
        throw errors.invalidCredentials();
      }
      if (!(await verifyPassword(user.passwordHash, input.password))) throw errors.invalidCredentials();
      return db.transaction((tx) => openSession(tx, user, client));
    },

    async refresh(refreshToken: string | undefined, client: ClientInfo) {
      if (!refreshToken) throw new AppError('REFRESH_TOKEN_MISSING', 401, 'No refresh token; sign in again.');
      const session = await sessions.findByTokenHash(hashRefreshToken(refreshToken));
      if (!session) throw new AppError('REFRESH_TOKEN_INVALID', 401, 'The refresh token is not valid; sign in again.');
      if (session.rotatedAt) {
        await sessions.revokeFamily(session.familyId);
        throw new AppError('REFRESH_TOKEN_REUSED', 401, 'This refresh token was already used; all its sessions were revoked.');
      }
      if (session.revokedAt) throw new AppError('SESSION_REVOKED', 401, 'The session was signed out; sign in again.');
      if (session.expiresAt.getTime() <= Date.now()) throw new AppError('SESSION_EXPIRED', 401, 'The session expired; sign in again.');
      const user = await users.findById(session.ownerId);
      if (!user) throw new AppError('REFRESH_TOKEN_INVALID', 401, 'The account no longer exists.');
      // Rotation and the new session commit together: a failure in between
      // must not leave the user holding only a "rotated" token, whose next
      // use would look like theft and revoke the family.
      return db.transaction(async (tx) => {
        // Only one of two concurrent refreshes with the same token may win.
        if (!(await sessionsRepository(tx).markRotated(session.id))) {
          throw new AppError('REFRESH_TOKEN_INVALID', 401, 'The refresh token is not valid; sign in again.');
        }
        return openSession(tx, user, client, session.familyId);
      });
    },

    /** Revokes the session of the refresh token and/or the access token's session. Idempotent. */
    async logout(refreshToken: string | undefined, sessionId: string | undefined) {
      if (refreshToken) {
        const session = await sessions.findByTokenHash(hashRefreshToken(refreshToken));
        if (session) await sessions.revoke(session.id);
      }
      if (sessionId) await sessions.revoke(sessionId);
    },


  };
}
export type AuthService = ReturnType<typeof createAuthService>;
