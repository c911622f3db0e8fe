import { useCallback, useEffect, useRef, useState } from 'react';
import { getHealth, getReady } from './api';
import type { HealthResponse, ReadinessResult } from './api';
import { errorMessage } from './lib/http';

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: string };

export type ServiceStatusState =
  | { phase: 'loading' }
  | { phase: 'unreachable'; error: string; checkedAt: Date }
  | { phase: 'loaded'; health: Outcome<HealthResponse>; ready: Outcome<ReadinessResult>; checkedAt: Date };

export interface ServiceStatusHook {
  state: ServiceStatusState;
  /** True while a request is in flight (including the first one). */
  checking: boolean;
  refresh: () => void;
}

export const DEFAULT_POLL_INTERVAL_MS = 30_000;

async function settle<T>(promise: Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await promise };
  } catch (error) {
    return { ok: false, error: errorMessage(error) };
  }
}

/** Polls /api/health and /api/ready while the page is visible; exposes a manual refresh. */
export function useServiceStatus(pollIntervalMs = DEFAULT_POLL_INTERVAL_MS): ServiceStatusHook {
  const [state, setState] = useState<ServiceStatusState>({ phase: 'loading' });
  const [checking, setChecking] = useState(true);
  const inFlight = useRef<AbortController | null>(null);

  // Never rejects: both requests are settled into outcomes.
  const run = useCallback(async () => {
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    setChecking(true);

    const [health, ready] = await Promise.all([
      settle(getHealth(controller.signal)),
      settle(getReady(controller.signal)),
    ]);
    if (controller.signal.aborted) return;
    inFlight.current = null;
    setChecking(false);

    const checkedAt = new Date();
    if (!health.ok && !ready.ok) {
      setState({ phase: 'unreachable', error: ready.error, checkedAt });
    } else {
      setState({ phase: 'loaded', health, ready, checkedAt });
    }
  }, []);

  const refresh = useCallback(() => {
    void run();
  }, [run]);

  useEffect(() => {
    refresh();
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible' && !inFlight.current) refresh();
    }, pollIntervalMs);
    return () => {
      window.clearInterval(timer);
      inFlight.current?.abort();
      inFlight.current = null;
    };
  }, [refresh, pollIntervalMs]);

  return { state, checking, refresh };
}
