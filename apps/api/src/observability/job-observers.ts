import type { Infra } from '@anclora/infra';
import { observeJobAttempts, type JobAttemptObserver } from '@anclora/observability';

/**
 * The infrastructure with every job attempt its queue runs shown to the
 * observers that are on (spans, error reports), as the worker watches its
 * own. The API consumes queues too (generations always, everything on
 * embedded defaults), and its consumers all take app.infra.queue, so this is
 * the one place that covers them. With none on, the infrastructure is
 * returned as it is: nothing is wrapped.
 */
export function withJobObservers(infra: Infra, observers: ReadonlyArray<JobAttemptObserver | undefined>): Infra {
  const on = observers.filter((observer): observer is JobAttemptObserver => observer !== undefined);
  return on.length === 0 ? infra : { ...infra, queue: observeJobAttempts(infra.queue, on) };
}
