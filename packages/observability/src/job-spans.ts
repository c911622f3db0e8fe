import { isAppError } from '@anclora/shared';
import type { JobAttemptObserver } from './job-attempts.js';
import type { Tracing } from './tracing.js';

const SPAN_KIND_CONSUMER = 4;
const SPAN_STATUS_ERROR = 2;

/** What kind of failure, never its message (messages may quote the payload). */
function errorType(error: unknown): string {
  if (isAppError(error)) return error.code;
  return error instanceof Error ? error.name : typeof error;
}

/**
 * One consumer span per job attempt, named "process <queue>", with the
 * queue, job name, job id, attempt and outcome. A failed attempt marks the
 * span as an error with the error's type (its class or AppError code).
 * A job queued with a traceparent gets a span in that trace, a child of the
 * span that queued it (so its sampled flag decides); without one, or with
 * one that is not valid, the span is a root.
 */
export function traceJobAttempts(tracing: Tracing): JobAttemptObserver {
  return {
    start(job) {
      const attributes = {
        ...tracing.resource,
        'messaging.operation.type': 'process',
        'messaging.destination.name': job.queue,
        'messaging.message.id': job.id,
        'anclora.job.name': job.name,
        'anclora.job.attempt': job.attempt,
      };
      const span = tracing.tracer.startSpan(`process ${job.queue}`, { kind: SPAN_KIND_CONSUMER, attributes }, tracing.parentContext(job.traceparent));
      return (outcome) => {
        span.setAttribute('anclora.job.outcome', outcome.status);
        if (outcome.status === 'failed') {
          span.setAttribute('error.type', errorType(outcome.error));
          span.setStatus({ code: SPAN_STATUS_ERROR });
        }
        span.end();
      };
    },
  };
}
