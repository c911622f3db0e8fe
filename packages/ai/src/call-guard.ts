/**
 * One model call's abort wiring. The SDKs' own timeout stops at the response
 * headers; a server that sends headers and then stalls (a slow first token, a
 * stream that stops) would hang forever. The guard aborts the request when no
 * byte of progress arrived for `idleMs`, and forwards the caller's abort.
 */
export interface CallGuard {
  readonly signal: AbortSignal;
  /** Something arrived: restart the idle timer. */
  touch(): void;
  /** True when the guard, not the caller, aborted the call. */
  readonly timedOut: boolean;
  dispose(): void;
}

export function guardCall(callerSignal: AbortSignal | undefined, idleMs: number): CallGuard {
  const controller = new AbortController();
  let timedOut = false;
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new Error(`No data from the provider for ${idleMs} ms.`));
    }, idleMs);
  };
  const onAbort = () => controller.abort(callerSignal?.reason);
  if (callerSignal?.aborted) controller.abort(callerSignal.reason);
  else callerSignal?.addEventListener('abort', onAbort, { once: true });
  arm();
  return {
    signal: controller.signal,
    touch: arm,
    get timedOut() {
      return timedOut;
    },
    dispose() {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onAbort);
    },
  };
}
