import { createHmac, timingSafeEqual } from 'node:crypto';
import { componentsRepository, isPgError, PG_ERROR, rendersRepository, type Db, type RenderRow } from '@anclora/db';
import { isTargetId } from '@anclora/engine';
import type { ObjectStorage, QueueBackend } from '@anclora/infra';
import { ALL_TARGETS, DEFAULT_VIEWPORTS, type Rendering, type ViewportResult } from '@anclora/render';
import { AppError, errors, isUuid, JOBS, QUEUES, type JobPayloads } from '@anclora/shared';
import { assertCanWrite, type Actor } from '../authorization/policy.js';

/** Image links live this long; the web app asks for the render again to get fresh ones. */
const IMAGE_URL_TTL_SECONDS = 3600;

const browserUnavailable = () =>
  new AppError('BROWSER_UNAVAILABLE', 503, 'Server-side rendering is unavailable: no headless Chromium on this server. Previews still render in your browser; install Chromium (Debian package `chromium`) or set CHROMIUM_PATH.');

function queueUnavailable(cause?: unknown): AppError {
  const error = new AppError('QUEUE_UNAVAILABLE', 503, 'The render could not be queued (the job queue is unavailable); try again in a moment.');
  // Kept for the logs: the answer says what the client can do, the cause says what broke.
  if (cause !== undefined) error.cause = cause;
  return error;
}

/** What a render request asks for, defaults applied: a retry must ask for the same to be replayed. */
interface RenderAsked {
  componentId: string;
  target: string;
  /** Sorted, without repeats. */
  viewports: number[];
}

const sameViewports = (a: number[], b: number[]) => a.length === b.length && a.every((viewport, i) => viewport === b[i]);

/**
 * Render jobs, baselines and diffs for saved components. Requests are checked
 * here (ownership, target, a browser to run them) and queued; the runner
 * (packages/render) does the work in whichever process consumes the queue.
 * Screenshots are private: their links are signed and expire.
 */
export function createRendersService(deps: { db: Db; queue: QueueBackend; storage: ObjectStorage; rendering: Rendering; secret: string }) {
  const renders = rendersRepository(deps.db);
  const components = componentsRepository(deps.db);

  async function ownedComponent(id: string, actor: Actor) {
    const found = isUuid(id) ? await components.findWithCurrent(id) : undefined;
    return assertCanWrite(actor, found ? { ...found, ownerId: found.component.ownerId } : undefined, 'Component');
  }

  async function ownedRender(id: string, actor: Actor): Promise<RenderRow> {
    const row = isUuid(id) ? await renders.findById(id) : undefined;
    if (!row || row.ownerId !== actor.userId) throw errors.notFound('Render');
    return row;
  }

  // A key of its own, derived from the app secret, so image links and tokens never share one.
  const signingKey = createHmac('sha256', deps.secret).update('anclora:render-images:v1').digest();
  const sign = (path: string, expires: number) => createHmac('sha256', signingKey).update(`${path}:${expires}`).digest('base64url');
  const imageUrl = (renderId: string, file: string) => {
    const expires = Math.floor(Date.now() / 1000) + IMAGE_URL_TTL_SECONDS;
    return `/api/renders/${renderId}/images/${file}?expires=${expires}&sig=${sign(`${renderId}/${file}`, expires)}`;
  };

  /** A render as the API shows it: results with signed image links instead of storage keys. */
  function present(row: RenderRow) {
    const results = (row.results as ViewportResult[] | null)?.map(({ screenshotKey: _s, diff, targets, ...result }) => ({
      ...result,
      screenshotUrl: imageUrl(row.id, `${result.viewport}.png`),
      // The baseline this render was compared with (a later approval may have replaced it), so a viewer shows the pair the ratio is about.
      ...(diff
        ? { diff: { ...diff, diffKey: undefined, diffUrl: imageUrl(row.id, `${result.viewport}-diff.png`), baselineUrl: imageUrl(diff.baselineRenderId, `${result.viewport}.png`) } }
        : {}),
      ...(targets
        ? {
            targets: targets.map(({ screenshotKey: _t, diffKey: _d, ...other }) => ({
              ...other,
              screenshotUrl: imageUrl(row.id, `${result.viewport}-${other.target}.png`),
              diffUrl: imageUrl(row.id, `${result.viewport}-${other.target}-diff.png`),
            })),
          }
        : {}),
    }));
    return {
      id: row.id,
      componentId: row.componentId,
      version: row.version,
      target: row.target,
      viewports: row.viewports,
      status: row.status,
      attempts: row.attempts,
      durationMs: row.durationMs,
      error: row.error ?? null,
      createdAt: row.createdAt.toISOString(),
      results: results ?? null,
    };
  }

  /**
   * Hands a render to the queue; the job id is the row's, so adding it twice keeps one job.
   * `traceparent`: the queueing request's span, which the job's span continues (absent when tracing is off).
   */
  async function queueRender(renderId: string, traceparent: string | undefined): Promise<void> {
    const job = JOBS['renders.run'];
    const data: JobPayloads['renders.run'] = { renderId, ...(traceparent ? { traceparent } : {}) };
    await deps.queue.add(QUEUES.renders, 'renders.run', data, { attempts: job.attempts, timeoutMs: job.timeoutMs, jobId: renderId });
  }

  /** The answer to a retry with a known Idempotency-Key: the first request's id, if it asked for the same thing. */
  async function replay(row: RenderRow, asked: RenderAsked, traceparent: string | undefined): Promise<{ id: string; status: 'queued' }> {
    if (row.componentId !== asked.componentId || row.target !== asked.target || !sameViewports(row.viewports, asked.viewports)) {
      throw errors.idempotencyKeyReused();
    }
    // Still queued: the first attempt may have died between its row and its job.
    if (row.status === 'queued') await queueRender(row.id, traceparent);
    return { id: row.id, status: 'queued' };
  }

  return {
    /**
     * Queues a render of the component's current version. With an Idempotency-Key, a retry of the
     * same request (component, target and viewports) gets the first one's id instead of a second
     * render, and the same key for a different request is refused.
     */
    async request(
      actor: Actor,
      componentId: string,
      input: { target?: string | undefined; viewports?: number[] | undefined },
      idempotencyKey?: string,
      traceparent?: string,
    ) {
      const { component } = await ownedComponent(componentId, actor);
      const target = input.target ?? 'html-css';
      if (target !== ALL_TARGETS && !isTargetId(target)) throw errors.validation(`Unknown target "${target}".`);
      const viewports = [...new Set(input.viewports ?? DEFAULT_VIEWPORTS)].sort((a, b) => a - b);
      const asked: RenderAsked = { componentId, target, viewports };
      const earlier = idempotencyKey ? await renders.findByIdempotencyKey(actor.userId, idempotencyKey) : undefined;
      if (earlier) return replay(earlier, asked, traceparent);
      // Fail fast: a job that cannot run is refused now, not left to fail in the queue.
      if (!deps.rendering.pool.available()) throw browserUnavailable();
      // One row per request, target "all" included (its job renders every target into that one
      // row), so the key sits on the row whose id the answer names, and a replay names it again.
      const fields = { ...asked, ownerId: actor.userId, version: component.currentVersion, status: 'queued' as const };
      let row = idempotencyKey ? await renders.createUnlessKeyUsed({ ...fields, idempotencyKey }) : await renders.create(fields);
      if (!row) {
        // The same key from a request running alongside this one: the first row wins.
        const winner = await renders.findByIdempotencyKey(actor.userId, idempotencyKey!);
        if (winner) return replay(winner, asked, traceparent);
        // The winner released its key meanwhile (its queueing failed, below): this request is the
        // retry that key was released for. Once more; a third request with the key is then the winner.
        row = await renders.createUnlessKeyUsed({ ...fields, idempotencyKey: idempotencyKey! });
        if (!row) throw queueUnavailable();
      }
      try {
        await queueRender(row.id, traceparent);
      } catch (error) {
        // Never leave a row "queued" that no queue holds. The request was refused, so its key is
        // released: a retry with it queues a new render instead of replaying this failure.
        await renders.update(row.id, { status: 'failed', error: { code: 'QUEUE_UNAVAILABLE', message: 'The render could not be queued.' }, idempotencyKey: null });
        throw queueUnavailable(error);
      }
      return { id: row.id, status: 'queued' as const };
    },

    async get(actor: Actor, renderId: string) {
      return present(await ownedRender(renderId, actor));
    },

    /** Approves a succeeded render (default: the latest of the target) as the component's baseline for each of its viewports. */
    async approve(actor: Actor, componentId: string, input: { renderId?: string | undefined; target?: string | undefined }) {
      await ownedComponent(componentId, actor);
      const render = input.renderId
        ? await ownedRender(input.renderId, actor)
        : await renders.latestSucceeded(componentId, input.target ?? 'html-css');
      if (!render || render.componentId !== componentId) throw errors.notFound('Render');
      if (render.target === ALL_TARGETS) throw errors.validation('A cross-framework render compares targets; approve a render of one target as the baseline.');
      if (render.status !== 'succeeded') throw new AppError('RENDER_NOT_FINISHED', 409, `Render ${render.id} is ${render.status}; approve a succeeded render.`);
      // All viewports of one render, or none: two approvals at once never mix renders.
      const rows = await deps.db
        .transaction(async (tx) => {
          const repo = rendersRepository(tx as unknown as Db);
          const approved = [];
          for (const result of render.results as ViewportResult[]) {
            approved.push(await repo.approve({ componentId, target: render.target, viewport: result.viewport, renderId: render.id, version: render.version, screenshotKey: result.screenshotKey, approvedBy: actor.userId }));
          }
          return approved;
        })
        .catch((error: unknown) => {
          // The retention job deleted this (old, superseded) render between the read above and the insert.
          if (isPgError(error, PG_ERROR.foreignKeyViolation)) throw errors.notFound('Render');
          throw error;
        });
      const baselines = rows.map((row) => ({ target: row.target, viewport: row.viewport, renderId: row.renderId, version: row.version, approvedAt: row.updatedAt.toISOString() }));
      return { componentId, baselines };
    },

    /** The latest succeeded render of a target compared with the baseline, per viewport. */
    async diff(actor: Actor, componentId: string, targetInput: string | undefined) {
      const { component } = await ownedComponent(componentId, actor);
      const target = targetInput ?? 'html-css';
      const baselines = await renders.baselinesOf(componentId, target);
      const latest = await renders.latestSucceeded(componentId, target);
      const shown = latest ? present(latest) : undefined;
      return {
        componentId,
        target,
        threshold: component.visualThreshold,
        baselines: baselines.map((b) => ({ viewport: b.viewport, renderId: b.renderId, version: b.version, screenshotUrl: imageUrl(b.renderId, `${b.viewport}.png`) })),
        render: shown ? { id: shown.id, version: shown.version, createdAt: shown.createdAt } : null,
        viewports: (shown?.results ?? []).map((r) => ({ viewport: r.viewport, screenshotUrl: r.screenshotUrl, diff: r.diff ?? null })),
        passed: shown?.results ? shown.results.every((r) => !r.diff || r.diff.passed) : null,
      };
    },

    /** A screenshot or diff image behind a signed, expiring link. */
    async image(renderId: string, file: string, expires: number, sig: string) {
      const expected = Buffer.from(sign(`${renderId}/${file}`, expires));
      const given = Buffer.from(sig);
      if (expires < Date.now() / 1000 || expected.length !== given.length || !timingSafeEqual(expected, given)) throw errors.notFound('Image');
      // A link outlives nothing: once the render (or its component) is deleted, it shows nothing.
      if (!(await renders.findById(renderId))) throw errors.notFound('Image');
      const object = await deps.storage.get(`renders/${renderId}/${file}`);
      if (!object) throw errors.notFound('Image');
      return object;
    },
  };
}
export type RendersService = ReturnType<typeof createRendersService>;
