import { useCallback, useRef, useState } from 'react';
import { useAuth } from '../app/auth';
import type { ComponentSpec } from '../lib/anclora-api';
import { asHttpError, type HttpError } from '../lib/http';

export type PreviewSource = { spec: ComponentSpec } | { componentId: string };

/** Builds preview documents (POST /api/previews with audit) and keeps the latest URL; stale answers are dropped. */
export function usePreview() {
  const { request } = useAuth();
  const [url, setUrl] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const seq = useRef(0);

  /** Resolves null on success, else the API error (so callers can show it inline). */
  const build = useCallback(
    async (source: PreviewSource, target: string, designSystemId?: string): Promise<HttpError | null> => {
      const mine = ++seq.current;
      setLoading(true);
      try {
        const body = { ...source, target, audit: true, ...(designSystemId ? { designSystemId } : {}) };
        const result = await request<{ url: string }>('/api/previews', { method: 'POST', body });
        if (mine === seq.current) {
          setUrl(result.url);
          setError(null);
        }
        return null;
      } catch (cause) {
        const error = asHttpError(cause);
        // A rejected edit keeps the last good preview; the caller shows why.
        if (mine === seq.current && error.status !== 400) setError(error.message);
        return error;
      } finally {
        if (mine === seq.current) setLoading(false);
      }
    },
    [request],
  );

  const reset = useCallback(() => {
    seq.current += 1;
    setUrl(null);
    setError(null);
    setLoading(false);
  }, []);

  return { url, loading, error, build, reset };
}
