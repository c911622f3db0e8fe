import { isAppError } from '@anclora/shared';
import type { ErrorTracker } from './error-tracking.js';
import type { JobAttemptObserver } from './job-attempts.js';

/**
 * Whether a failed attempt is the service's fault: anything but an AppError
 * with a 4xx status (an unknown job name, a payload the processor rejects),
 * which no fix on our side would change. Timeouts and crashes of
 * dependencies are ours.
 */
export function isServiceFault(error: unknown): boolean {
  return !(isAppError(error) && error.statusCode >= 400 && error.statusCode < 500);
}

/**
 * Reports each failed attempt that is the service's fault, tagged with the
 * queue, job name, job id and attempt (a job retried three times is three
 * reports, which Sentry groups). Never the payload: the error and these tags
 * are all that is sent, so a processor must not put payload data in its
 * error messages.
 */
export function reportJobFailures(tracker: ErrorTracker): JobAttemptObserver {
  return {
    start(job) {
      return (outcome) => {
        if (outcome.status !== 'failed' || !isServiceFault(outcome.error)) return;
        tracker.capture(outcome.error, {
          tags: { queue: job.queue, 'job.name': job.name, 'job.id': job.id, 'job.attempt': String(job.attempt) },
        });
      };
    },
  };
}
