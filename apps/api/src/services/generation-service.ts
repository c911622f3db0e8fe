import { createHash } from 'node:crypto';
import { componentsRepository, generationsRepository, isPgError, PG_ERROR, usersRepository, type Db, type Executor, type GenerationRow } from '@anclora/db';
import { analyzeSpec, compile, isTargetId, type ComponentSpec, type QualityReport, type TargetId } from '@anclora/engine';
import type { GenerationProgress, GeneratorCatalog, ProviderId, SpecGenerator, Usage } from '@anclora/ai';
import { JobTimeoutError, type Cache, type QueueBackend } from '@anclora/infra';
import { AppError, errors, isUuid, JOBS, QUEUES, type JobPayloads } from '@anclora/shared';
import { assertCanWrite, type Actor } from '../authorization/policy.js';
import type { AiMetrics } from '../plugins/metrics.js';
import type { DesignSystemsService } from './design-systems-service.js';
import type { Quota, Requester } from './quota.js';

export interface GenerationRequest {
  prompt: string;
  target: string;
  designSystemId?: string | undefined;
  viewport?: number | undefined;
  componentId?: string | undefined;
  /** A provider other than the default (see chooseGenerator for who may). */
  provider?: ProviderId | undefined;
}

export type GenerationEvent =
  | { event: 'progress'; data: GenerationProgress & { stage: string } }
  | { event: 'spec'; data: { spec: ComponentSpec } }
  | { event: 'code'; data: { target: TargetId; files: ReturnType<typeof compile>['files'] } }
  | { event: 'quality'; data: QualityReport };

export interface GenerationResult {
  generationId: string;
  componentId: string | null;
  version: number | null;
  spec: ComponentSpec;
  code: ReturnType<typeof compile>;
  quality: QualityReport;
  provider: string;
  model: string;
  usage: Usage;
  fromCache: boolean;
  notes: string[];
  durationMs: number;
  /** Of durationMs, the time spent waiting for the provider (0 for a cached answer). */
  providerMs: number;
  /** Milliseconds per pipeline stage, for the Server-Timing header (not part of the JSON answer). */
  timings: Record<string, number>;
}

/** Where a generation's result was saved; a re-run that found it saved does not know the version. */
/** A queued generation another delivery of the same job has already completed. */
class AlreadySucceeded extends Error {
  constructor(id: string) {
    super(`Generation ${id} has already succeeded`);
  }
}

/** Why a generation's signal was aborted: the queue's job timeout, or the streaming client going away. */
const abortCode = (reason: unknown): string => (reason instanceof JobTimeoutError ? 'JOB_TIMEOUT' : 'CLIENT_CLOSED');

type FinishFields = Parameters<ReturnType<typeof generationsRepository>['finish']>[1];

interface Saved {
  componentId: string;
  version: number | null;
}

/** Times consecutive stages: each lap() records the time since the previous one under its name. */
function stageTimer() {
  const timings: Record<string, number> = {};
  let last = performance.now();
  return {
    timings,
    lap(name: string) {
      const now = performance.now();
      timings[name] = Math.round((now - last) * 100) / 100 + (timings[name] ?? 0);
      last = now;
    },
  };
}

/** Everything a repeated request needs, so a cache hit does no provider call, compile or analysis. */
interface CachedAnswer {
  spec: ComponentSpec;
  code: ReturnType<typeof compile>;
  quality: QualityReport;
  model: string;
  notes: string[];
}

const CACHE_TTL_SECONDS = 3600; // the seed's backend cached generations for an hour

/**
 * The generation pipeline behind POST /api/generations: check the request
 * (target, design system, component ownership, quota) before anything is
 * streamed, then run the provider, compile the requested target, analyse
 * quality, save the component (a new one, or a new version on refinement)
 * and log the generation. Identical requests are answered from the cache
 * and not charged.
 */
const compact = (request: GenerationRequest): JobPayloads['generations.run']['request'] =>
  JSON.parse(JSON.stringify(request)) as JobPayloads['generations.run']['request'];

export function createGenerationService(deps: {
  db: Db;
  cache: Cache;
  queue: QueueBackend;
  generators: GeneratorCatalog;
  designSystems: DesignSystemsService;
  quota: Quota;
  metrics: AiMetrics;
  /** Told when the bookkeeping after a saved generation (quota charge, cache write) fails. */
  onBookkeepingError?: (what: string, error: unknown) => void;
}) {
  const { db, cache, generators } = deps;
  const generations = generationsRepository(db);

  /**
   * The provider for a request. Anyone gets the default, and anyone may pick
   * the offline generator (it costs nothing upstream); picking another model
   * provider is a paid-plan feature.
   */
  function chooseGenerator(requested: ProviderId | undefined, actor: Actor | null): SpecGenerator {
    if (!requested || requested === generators.default.provider) return generators.default;
    const generator = generators.get(requested);
    if (!generator) {
      throw new AppError(
        'PROVIDER_NOT_CONFIGURED',
        400,
        `The "${requested}" provider is not configured on this server; choose one of: ${generators.available.join(', ')}, or leave provider out.`,
        { available: [...generators.available] },
      );
    }
    if (requested !== 'offline' && (actor?.user?.plan ?? 'free') === 'free') {
      throw new AppError(
        'PLAN_REQUIRED',
        403,
        `Choosing the "${requested}" provider per request is part of the Pro and Enterprise plans; leave provider out to use ${generators.default.provider}, or choose offline.`,
      );
    }
    return generator;
  }

  return {
    /** The configured providers, and whether this caller's plan lets them choose each (the rule in chooseGenerator). */
    providers(actor: Actor | null) {
      const paid = (actor?.user?.plan ?? 'free') !== 'free';
      return {
        default: generators.default.provider,
        providers: generators.available.map((id) => ({
          id,
          model: generators.get(id)!.model,
          allowed: id === generators.default.provider || id === 'offline' || paid,
        })),
      };
    },

    /** Validates a request and returns a runnable job; every 4xx is raised here, before a stream opens. */
    async prepare(request: GenerationRequest, who: Requester, options: { reserved?: boolean } = {}) {
      if (!isTargetId(request.target)) throw errors.validation(`Unknown target "${request.target}".`);
      const target = request.target;
      const actor = 'actor' in who ? who.actor : null;
      const generator = chooseGenerator(request.provider, actor);
      const { tokens, version: designSystemVersion } = await deps.designSystems.tokenSet(request.designSystemId, actor);

      let current: { spec: ComponentSpec; version: number } | undefined;
      if (request.componentId) {
        if (!actor) throw errors.unauthorized('Sign in to refine a saved component.');
        const found = isUuid(request.componentId) ? await componentsRepository(db).findWithCurrent(request.componentId) : undefined;
        const owned = assertCanWrite(actor, found ? { ...found, ownerId: found.component.ownerId } : undefined, 'Component');
        current = { spec: owned.version.spec as ComponentSpec, version: owned.component.currentVersion };
      }

      const key = `gen:v1:${createHash('sha256')
        .update(
          JSON.stringify([request.prompt, request.designSystemId ?? 'default', designSystemVersion, target, request.viewport ?? null, generator.provider, generator.model, request.componentId ?? null, current?.version ?? null]),
        )
        .digest('hex')}`;
      const cached = await cache.get<CachedAnswer>(key);
      // Cached answers are free, so only a fresh generation needs credit. An early answer: the
      // credit is taken atomically with the row (quota.reserve); a queued job took it when accepted.
      if (!cached && !options.reserved) await deps.quota.assertAvailable(who);

      return {
        generator,
        fromCache: cached !== undefined,
        run: (options: { signal?: AbortSignal; onEvent?: (e: GenerationEvent) => void; rowId?: string }) =>
          run({ request, target, generator, tokens, current, key, cached, who, actor, ...options }),
      };
    },

    /**
     * `async: true`: checks the request now (so 4xx answers come at once), logs
     * it as queued and hands it to the generations queue; the result is read
     * with status(). With an Idempotency-Key, a retry of the same request gets
     * the first one's id instead of a second generation, and queues its job
     * again if the first attempt died before it could (the queue keeps one job per id).
     */
    async enqueue(request: GenerationRequest, who: Requester, idempotencyKey?: string, traceparent?: string): Promise<{ id: string; status: 'queued' }> {
      const owner = 'actor' in who ? { ownerId: who.actor.userId } : { anonymousId: who.visitorId };
      const earlier = idempotencyKey ? await generations.findByIdempotencyKey(owner, idempotencyKey) : undefined;
      if (earlier) return replay(earlier, request, who, traceparent);
      const { generator, fromCache } = await this.prepare(request, who);
      const fields = {
        ownerId: 'actor' in who ? who.actor.userId : null,
        anonymousId: 'visitorId' in who ? who.visitorId : null,
        componentId: request.componentId ?? null,
        prompt: request.prompt,
        target: request.target,
        provider: generator.provider,
        model: generator.model,
        status: 'queued' as const,
        idempotencyKey: idempotencyKey ?? null,
      };
      let row: GenerationRow;
      try {
        row = fromCache ? await generations.create(fields) : await deps.quota.reserve(who, (tx) => generationsRepository(tx).create(fields));
      } catch (error) {
        // The same key from a request running alongside this one: the first row wins.
        const winner = idempotencyKey && isPgError(error, PG_ERROR.uniqueViolation) ? await generations.findByIdempotencyKey(owner, idempotencyKey) : undefined;
        if (!winner) throw error;
        return replay(winner, request, who, traceparent);
      }
      await queueGeneration(row.id, request, who, traceparent);
      return { id: row.id, status: 'queued' };
    },

    /** The queue consumer: runs an accepted generation and keeps its result for status(). */
    async runQueued(payload: JobPayloads['generations.run'], signal?: AbortSignal): Promise<void> {
      // Delivery is at least once: a process that dies after committing but before the queue heard
      // of it has its job run again elsewhere. The committed row says the work is done.
      if ((await generations.findById(payload.generationId))?.status === 'succeeded') return;
      const fail = (code: string, message: string) => generations.finish(payload.generationId, { status: 'failed', error: { code, message } });
      let who: Requester;
      if ('userId' in payload.requester) {
        const user = await usersRepository(db).findBySession(payload.requester.userId, payload.requester.sessionId);
        if (!user) return void (await fail('SESSION_REVOKED', 'The session ended before the generation ran.'));
        who = { actor: { userId: user.id, sessionId: payload.requester.sessionId, user } };
      } else {
        who = payload.requester;
      }
      try {
        const job = await this.prepare(payload.request, who, { reserved: true });
        // The queue aborts the signal at the job's timeout: the provider call stops there instead of
        // spending tokens on an answer nobody will read.
        const { timings: _timings, ...result } = await job.run({ rowId: payload.generationId, ...(signal ? { signal } : {}) });
        await cache.set(`gen:result:${payload.generationId}`, result, CACHE_TTL_SECONDS);
      } catch (error) {
        if (error instanceof AlreadySucceeded) return;
        const row = await generations.findById(payload.generationId);
        if (row?.status !== 'failed') await fail((error as { code?: string }).code ?? 'INTERNAL_ERROR', (error as Error).message);
        throw error;
      }
    },

    /** Generations left for this requester (Free monthly allowance, or the anonymous trial). */
    credits(who: Requester) {
      return deps.quota.remaining(who);
    },

    /** An async generation's state, to its requester only; others get 404. */
    async status(id: string, who: Requester) {
      const row = isUuid(id) ? await generations.findById(id) : undefined;
      const mine = row && ('actor' in who ? row.ownerId === who.actor.userId : row.ownerId === null && row.anonymousId === who.visitorId);
      if (!row || !mine) throw errors.notFound('Generation');
      const result = row.status === 'succeeded' ? await cache.get<Omit<GenerationResult, 'timings'>>(`gen:result:${row.id}`) : undefined;
      return {
        id: row.id,
        status: row.status,
        target: row.target,
        provider: row.provider,
        model: row.model,
        componentId: row.componentId,
        error: row.error ?? null,
        createdAt: row.createdAt.toISOString(),
        ...(result ? { result } : {}),
      };
    },
  };

  async function run(job: {
    request: GenerationRequest;
    target: TargetId;
    generator: SpecGenerator;
    tokens: Awaited<ReturnType<DesignSystemsService['tokenSet']>>['tokens'];
    current: { spec: ComponentSpec; version: number } | undefined;
    key: string;
    cached: CachedAnswer | undefined;
    who: Requester;
    actor: Actor | null;
    signal?: AbortSignal | undefined;
    onEvent?: ((e: GenerationEvent) => void) | undefined;
    /** An accepted async generation's row (status queued); otherwise run() logs a new one. */
    rowId?: string | undefined;
  }): Promise<GenerationResult> {
    const started = performance.now();
    const timer = stageTimer();
    const { generator } = job;
    const emit = job.onEvent ?? (() => {});
    emit({ event: 'progress', data: { stage: job.cached ? 'cached' : 'generating', characters: 0 } });
    const who = {
      ownerId: job.actor?.userId ?? null,
      anonymousId: 'visitorId' in job.who ? job.who.visitorId : null,
      prompt: job.request.prompt,
      target: job.target,
      provider: generator.provider,
    };

    if (job.cached) {
      // A hit: one write to the log, nothing else to compute.
      deps.metrics.cacheLookups.inc({ result: 'hit' });
      const { spec, code, quality, model, notes } = job.cached;
      emit({ event: 'spec', data: { spec } });
      emit({ event: 'code', data: { target: job.target, files: code.files } });
      emit({ event: 'quality', data: quality });
      timer.lap('cached');
      const durationMs = Math.round(performance.now() - started);
      const final = { model, status: 'succeeded' as const, fromCache: true, inputTokens: 0, outputTokens: 0, durationMs, error: null };
      const { generationId, saved } = await commit(job, spec, final, (tx, fields) => generationsRepository(tx).create({ ...who, ...fields, model }));
      timer.lap('save');
      deps.metrics.recordGeneration({ model, framework: job.target, status: 'success', seconds: durationMs / 1000 });
      const usage = { inputTokens: 0, outputTokens: 0 };
      return { generationId, componentId: saved?.componentId ?? null, version: saved?.version ?? null, spec, code, quality, provider: generator.provider, model, usage, fromCache: true, notes, durationMs, providerMs: 0, timings: timer.timings };
    }

    deps.metrics.cacheLookups.inc({ result: 'miss' });
    if (job.rowId && !(await generations.finish(job.rowId, { status: 'running' }))) throw new AlreadySucceeded(job.rowId);
    const row = job.rowId
      ? { id: job.rowId }
      : await deps.quota.reserve(job.who, (tx) => generationsRepository(tx).create({ ...who, componentId: job.request.componentId ?? null, model: generator.model, status: 'running' }));
    timer.lap('log');
    let model = generator.model;
    let usage: Usage = { inputTokens: 0, outputTokens: 0 };
    let result: GenerationResult;
    try {
      const output = await generator.generate({
        prompt: job.request.prompt,
        target: job.target,
        tokens: job.tokens,
        viewport: job.request.viewport,
        currentSpec: job.current?.spec,
        signal: job.signal,
        // Only a stream shows progress; without a listener the providers skip the partial parsing.
        onProgress: job.onEvent ? (progress) => emit({ event: 'progress', data: { stage: 'generating', ...progress } }) : undefined,
      });
      timer.lap('provider');
      const { spec, notes, providerMs } = output;
      ({ model, usage } = output);
      deps.metrics.tokens.inc({ provider: generator.provider, model, kind: 'input' }, usage.inputTokens);
      deps.metrics.tokens.inc({ provider: generator.provider, model, kind: 'output' }, usage.outputTokens);
      emit({ event: 'spec', data: { spec } });
      const code = compile(spec, job.tokens, job.target);
      emit({ event: 'code', data: { target: job.target, files: code.files } });
      timer.lap('compile');
      const quality = analyzeSpec(spec, job.tokens);
      emit({ event: 'quality', data: quality });
      timer.lap('quality');

      const durationMs = Math.round(performance.now() - started);
      // error: null — a row closed as failed (JOB_LOST) whose job ran after all must not keep that error.
      const final = { status: 'succeeded' as const, model, inputTokens: usage.inputTokens, outputTokens: usage.outputTokens, durationMs, fromCache: false, error: null };
      const { saved } = await commit({ ...job, rowId: row.id }, spec, final);
      timer.lap('save');
      deps.metrics.recordGeneration({ model, framework: job.target, status: 'success', seconds: durationMs / 1000 });
      result = {
        generationId: row.id,
        componentId: saved?.componentId ?? null,
        version: saved?.version ?? null,
        spec,
        code,
        quality,
        provider: generator.provider,
        model,
        usage,
        fromCache: false,
        notes,
        durationMs,
        providerMs: Math.round(providerMs * 100) / 100,
        timings: timer.timings,
      };
    } catch (error) {
      // Another delivery of this job already saved it: nothing failed, nothing to record.
      if (error instanceof AlreadySucceeded) throw error;
      const durationMs = Math.round(performance.now() - started);
      const aborted = job.signal?.aborted === true;
      await generations
        .finish(row.id, {
          status: 'failed',
          durationMs,
          fromCache: false,
          model,
          inputTokens: usage.inputTokens,
          outputTokens: usage.outputTokens,
          error: { code: aborted ? abortCode(job.signal?.reason) : ((error as { code?: string }).code ?? 'INTERNAL_ERROR') },
        })
        .catch(() => {});
      deps.metrics.recordGeneration({ model, framework: job.target, status: 'error', seconds: durationMs / 1000 });
      throw error;
    }
    // The generation succeeded and is saved: the IP charge and the cache are
    // bookkeeping, and a Redis hiccup there must not report it as failed.
    await deps.quota.charge(job.who).catch((error: unknown) => deps.onBookkeepingError?.('quota charge', error));
    await cache
      .set(job.key, { spec: result.spec, code: result.code, quality: result.quality, model: result.model, notes: result.notes } satisfies CachedAnswer, CACHE_TTL_SECONDS)
      .catch((error: unknown) => deps.onBookkeepingError?.('cache write', error));
    timer.lap('cache'); // result.timings is the timer's record
    return result;
  }

  /**
   * Hands an accepted generation to the queue; the job id is the row's, so adding it twice keeps one job.
   * `traceparent`: the queueing request's span, which the job's span continues (absent when tracing is off).
   */
  async function queueGeneration(generationId: string, request: GenerationRequest, who: Requester, traceparent: string | undefined): Promise<void> {
    const requester = 'actor' in who ? { userId: who.actor.userId, sessionId: who.actor.sessionId } : { visitorId: who.visitorId, ip: who.ip };
    const job = JOBS['generations.run'];
    const data: JobPayloads['generations.run'] = { generationId, request: compact(request), requester, ...(traceparent ? { traceparent } : {}) };
    await deps.queue.add(QUEUES.generations, 'generations.run', data, {
      attempts: job.attempts,
      timeoutMs: job.timeoutMs,
      jobId: generationId,
    });
  }

  /** The answer to a retry with a known Idempotency-Key: the first request's id, if it asked for the same thing. */
  async function replay(row: GenerationRow, request: GenerationRequest, who: Requester, traceparent: string | undefined): Promise<{ id: string; status: 'queued' }> {
    // A finished generation's componentId is the component it saved, so it only tells a refinement apart.
    if (row.prompt !== request.prompt || row.target !== request.target || (request.componentId !== undefined && row.componentId !== request.componentId)) {
      throw errors.idempotencyKeyReused();
    }
    // Still queued: the first attempt may have died between its row and its job.
    if (row.status === 'queued') await queueGeneration(row.id, request, who, traceparent);
    return { id: row.id, status: 'queued' };
  }

  /**
   * Saves the result (a new component, or a new version of the refined one, for a signed-in
   * requester) and records the generation as succeeded, in one transaction. For a queued
   * generation the row is locked and checked after the save, so two runs of the same job (a
   * worker presumed dead that was not) cannot both keep theirs: the second finds it succeeded and
   * rolls back. Locks are taken in the order a delete takes them (component, then the
   * generations that point at it), so the two cannot deadlock.
   */
  async function commit(
    job: { rowId?: string | undefined; actor: Actor | null; request: GenerationRequest; current: unknown },
    spec: ComponentSpec,
    final: Omit<FinishFields, 'componentId'>,
    create?: (tx: Executor, fields: FinishFields) => Promise<GenerationRow>,
  ): Promise<{ generationId: string; saved: Saved | undefined }> {
    return db.transaction(async (tx) => {
      const log = generationsRepository(tx as unknown as Db);
      const saved = job.actor ? await save(tx as unknown as Db, job.actor.userId, spec, job.request, job.current !== undefined) : undefined;
      const fields = { ...final, componentId: saved?.componentId ?? job.request.componentId ?? null };
      if (job.rowId) {
        if ((await log.findForUpdate(job.rowId))?.status === 'succeeded') throw new AlreadySucceeded(job.rowId);
        await log.finish(job.rowId, fields);
        return { generationId: job.rowId, saved };
      }
      if (!create) throw new Error('commit() needs a row or a way to create one');
      return { generationId: (await create(tx as unknown as Db, fields)).id, saved };
    });
  }

  /** A new component, or a new version of the refined one, inside the caller's transaction. */
  async function save(tx: Db, ownerId: string, spec: ComponentSpec, request: GenerationRequest, refinement: boolean): Promise<Saved> {
    {
      const repo = componentsRepository(tx);
      if (refinement && request.componentId) {
        const added = await repo.addVersion({ componentId: request.componentId, ownerId, spec, note: `refined: ${request.prompt.slice(0, 200)}` });
        // Deleted (or not the requester's) since the request was checked.
        if (!added) throw errors.notFound('Component');
        return { componentId: request.componentId, version: added.version.version };
      }
      const stored = request.designSystemId && isUuid(request.designSystemId) ? request.designSystemId : null;
      const { component } = await repo.create({
        ownerId,
        name: spec.name,
        description: spec.description ?? null,
        designSystemId: stored,
        designSystemPreset: request.designSystemId && !stored ? request.designSystemId : null,
        spec,
        note: `generated: ${request.prompt.slice(0, 200)}`,
      });
      return { componentId: component.id, version: 1 };
    }
  }
}
export type GenerationService = ReturnType<typeof createGenerationService>;
