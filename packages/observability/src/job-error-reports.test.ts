import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMemoryQueueBackend, type QueueBackend } from '@anclora/infra';
import { AppError, errors } from '@anclora/shared';
import { errorTrackingStarted, startErrorTracking } from './error-tracking.js';
import { observeJobAttempts } from './job-attempts.js';
import { isServiceFault, reportJobFailures } from './job-error-reports.js';
import { fakeDsn, sentryEvents, startFakeEndpoint, waitFor, type FakeEndpoint } from './testing/index.js';

// Random, so it is not in this file's source lines (Sentry sends source context around a frame).
const SECRET = randomBytes(12).toString('hex');

describe('isServiceFault', () => {
  it("is false only for an AppError with a 4xx status: the caller's mistake", () => {
    expect(isServiceFault(new Error('database exploded'))).toBe(true);
    expect(isServiceFault('a string thrown')).toBe(true);
    expect(isServiceFault(new AppError('UPSTREAM_FAILED', 502, 'provider down'))).toBe(true);
    expect(isServiceFault(errors.validation('bad payload'))).toBe(false);
    expect(isServiceFault(new AppError('UNKNOWN_JOB', 400, 'no processor'))).toBe(false);
  });
});

// Sentry is process-global: this file initialises it once, for every test below.
describe('job failures reported to Sentry', () => {
  let sentry: FakeEndpoint;
  let queue: QueueBackend;

  beforeAll(async () => {
    sentry = await startFakeEndpoint();
    expect(await errorTrackingStarted()).toBe(false);
    const tracker = await startErrorTracking(
      { dsn: fakeDsn(sentry, 7), environment: 'staging', release: 'worker-rel-1', tracesSampleRate: 0 },
      'anclora-worker',
    );
    queue = observeJobAttempts(createMemoryQueueBackend(), [reportJobFailures(tracker)]);
  });
  afterAll(async () => {
    await queue?.close();
    await sentry?.close();
  });

  it('sends one event per failed attempt that is our fault, tagged with queue, job and attempt, and never the payload', async () => {
    queue.process<{ kind: string; secret: string }, string>('maintenance', async (job) => {
      if (job.data.kind === 'bad-input') throw errors.validation('the payload is not valid');
      if (job.data.kind === 'unknown') throw new AppError('UNKNOWN_JOB', 400, 'no processor');
      if (job.data.kind === 'broken' && job.attempt === 1) throw new Error('the database went away');
      return 'ok';
    });
    const payload = (kind: string) => ({ kind, secret: SECRET });
    const broken = await queue.add('maintenance', 'sessions.cleanup', payload('broken'), { attempts: 2, backoff: { type: 'fixed', delayMs: 10 } });
    const rejected = await queue.add('maintenance', 'sessions.cleanup', payload('bad-input'));
    const unknown = await queue.add('maintenance', 'nobody.knows', payload('unknown'));
    await vi.waitFor(async () => {
      expect((await queue.getJob('maintenance', broken.id))?.status).toBe('completed');
      expect((await queue.getJob('maintenance', rejected.id))?.status).toBe('failed');
      expect((await queue.getJob('maintenance', unknown.id))?.status).toBe('failed');
    });
    await waitFor(() => sentryEvents(sentry).length > 0);
    // Give a wrongly sent event for the 4xx failures time to arrive.
    await new Promise((r) => setTimeout(r, 300));

    expect(sentry.received.every((r) => r.method === 'POST' && r.url.startsWith('/api/7/envelope/'))).toBe(true);
    const events = sentryEvents(sentry);
    expect(events).toHaveLength(1);
    const [event] = events as Array<{ environment: string; release: string; level: string; tags: Record<string, string>; exception: { values: Array<{ value: string }> } }>;
    expect(event!.environment).toBe('staging');
    expect(event!.release).toBe('worker-rel-1');
    expect(event!.level).toBe('error');
    expect(event!.tags).toEqual({ service: 'anclora-worker', queue: 'maintenance', 'job.name': 'sessions.cleanup', 'job.id': broken.id, 'job.attempt': '1' });
    expect(event!.exception.values[0]!.value).toBe('the database went away');
    const everything = sentry.received.map((r) => r.body).join('\n');
    expect(everything).not.toContain(SECRET);
  });
});
