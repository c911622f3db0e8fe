import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { AuthResult, User } from '../lib/anclora-api';
import { HttpError, requestJson, type RequestOptions } from '../lib/http';

type AuthStatus = 'checking' | 'anonymous' | 'signed-in';

interface Auth {
  status: AuthStatus;
  user: User | null;
  /** The current access token (memory only), for streaming requests made outside `request`. */
  getToken(): string | null;
  login(email: string, password: string): Promise<User>;
  register(email: string, password: string, name?: string): Promise<User>;
  logout(): Promise<void>;
  /** A JSON request with the access token; a 401 renews the token once and retries. */
  request<T>(path: string, options?: Omit<RequestOptions, 'token'>): Promise<T>;
  /** Renews the access token from the refresh cookie; resolves false when there is no session. */
  refresh(): Promise<boolean>;
}

const AuthContext = createContext<Auth | null>(null);

// The refresh cookie is httpOnly, so the page cannot see whether it has one. The server sets a readable
// companion cookie (anclora_session=1) with the same lifetime and clears it when the session ends: without it
// a visitor has nothing to refresh, and the refresh call (a 401, which the browser logs as a console error)
// is skipped.
function hasSessionHint(): boolean {
  return document.cookie.split('; ').includes('anclora_session=1');
}

// One refresh at a time across the app (StrictMode runs effects twice, and the refresh cookie rotates).
let refreshing: Promise<AuthResult | null> | null = null;
function refreshOnce(): Promise<AuthResult | null> {
  refreshing ??= requestJson<AuthResult>('/api/auth/refresh', { method: 'POST' })
    .catch((error: unknown) => {
      if (error instanceof HttpError && error.status === 401) return null;
      throw error;
    })
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

export function AuthProvider({ children }: { children: ReactNode }) {
  // Without a hint the answer is known at once: no 'checking' state, so the header does not change after the first paint.
  const [status, setStatus] = useState<AuthStatus>(() => (hasSessionHint() ? 'checking' : 'anonymous'));
  const [user, setUser] = useState<User | null>(null);
  const token = useRef<string | null>(null);
  const timer = useRef<number | undefined>(undefined);

  const accept = useCallback((result: AuthResult | null) => {
    window.clearTimeout(timer.current);
    token.current = result?.accessToken ?? null;
    setUser(result?.user ?? null);
    setStatus(result ? 'signed-in' : 'anonymous');
    if (result) {
      // Renew a little before the access token expires.
      const inMs = Math.max(10, result.expiresIn - 30) * 1000;
      timer.current = window.setTimeout(() => {
        void refreshOnce().then(accept, () => undefined);
      }, inMs);
    }
  }, []);

  const refresh = useCallback(async () => {
    const result = await refreshOnce();
    accept(result);
    return result !== null;
  }, [accept]);

  useEffect(() => {
    // A network failure is not a signed-out answer: show the visitor view but keep the hint for the next load.
    if (hasSessionHint()) refreshOnce().then(accept, () => setStatus('anonymous'));
    return () => window.clearTimeout(timer.current);
  }, [accept]);

  const login = useCallback(
    async (email: string, password: string) => {
      const result = await requestJson<AuthResult>('/api/auth/login', { method: 'POST', body: { email, password } });
      accept(result);
      return result.user;
    },
    [accept],
  );

  const register = useCallback(
    async (email: string, password: string, name?: string) => {
      const result = await requestJson<AuthResult>('/api/auth/register', { method: 'POST', body: { email, password, ...(name ? { name } : {}) } });
      accept(result);
      return result.user;
    },
    [accept],
  );

  const logout = useCallback(async () => {
    try {
      await requestJson('/api/auth/logout', { method: 'POST', token: token.current });
    } finally {
      accept(null);
    }
  }, [accept]);

  const request = useCallback(
    async <T,>(path: string, options: Omit<RequestOptions, 'token'> = {}): Promise<T> => {
      try {
        return await requestJson<T>(path, { ...options, token: token.current });
      } catch (error) {
        if (!(error instanceof HttpError) || error.status !== 401 || !token.current) throw error;
        const renewed = await refreshOnce().catch(() => null);
        accept(renewed);
        if (!renewed) throw error;
        return requestJson<T>(path, { ...options, token: renewed.accessToken });
      }
    },
    [accept],
  );

  const getToken = useCallback(() => token.current, []);

  const value = useMemo(() => ({ status, user, getToken, login, register, logout, request, refresh }), [status, user, getToken, login, register, logout, request, refresh]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}
