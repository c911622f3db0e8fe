import { useCallback, useEffect, useState } from 'react';
import { useAuth } from '../app/auth';
import type { Credits } from '../lib/anclora-api';
import { requestJson } from '../lib/http';

/** What the server says is left (the trial is counted there, per visitor cookie and IP); read again whenever the session changes. */
export function useTrialCredits() {
  const { getToken, status } = useAuth();
  const [credits, setCredits] = useState<Credits | null>(null);
  const refreshCredits = useCallback(() => {
    requestJson<Credits>('/api/generations/credits', { token: getToken() }).then(setCredits, () => setCredits(null));
  }, [getToken]);
  useEffect(() => refreshCredits(), [refreshCredits, status]);
  return { credits, refreshCredits };
}
