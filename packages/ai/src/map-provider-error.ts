import { EngineError } from '@anclora/engine';
import { GenerationAbortedError } from './generation-aborted-error.js';
import { ProviderUnavailableError, type ProviderId } from './types.js';

/**
 * Sorts whatever an SDK threw into the three outcomes the API distinguishes:
 * the caller aborted, the provider is unavailable (retry later: 429, 5xx,
 * overloaded, timeout, a connection or stream that broke — after the SDK's
 * configured retries), or the provider rejected the request (configuration:
 * bad key, unknown model). Both official SDKs share the error shapes used here.
 */
export function mapProviderError(error: unknown, provider: ProviderId, context: { callerAborted: boolean; timedOut: boolean; idleMs: number }): Error {
  if (error instanceof EngineError) return error;
  if (context.callerAborted) return new GenerationAbortedError();
  if (context.timedOut) return new ProviderUnavailableError(`${provider}: no answer within ${context.idleMs} ms.`);
  const e = error as { status?: unknown; headers?: unknown; name?: unknown; message?: unknown; error?: unknown };
  const message = typeof e?.message === 'string' ? e.message : String(error);
  const status = typeof e?.status === 'number' ? e.status : undefined;
  const type = (e?.error as { error?: { type?: unknown }; type?: unknown } | undefined)?.error?.type ?? (e?.error as { type?: unknown } | undefined)?.type;
  if (status === 429 || (status !== undefined && status >= 500) || status === 408 || type === 'overloaded_error') {
    return new ProviderUnavailableError(`${provider} is unavailable (${status ?? type}): ${message}`, retryAfterOf(e.headers));
  }
  if (status !== undefined) return new EngineError('PROVIDER_REJECTED', `${provider} rejected the request (${status}): ${message}`);
  // No status: a timeout, a refused connection, or a stream cut in the middle.
  return new ProviderUnavailableError(`${provider} connection failed: ${message}`);
}

function retryAfterOf(headers: unknown): number | undefined {
  if (!(headers instanceof Headers)) return undefined;
  const value = headers.get('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}
