import { describe, expect, it } from 'vitest';
import type { ComponentSpec } from '../lib/anclora-api';
import { HttpError } from '../lib/http';
import { isBusy, startedRun, withProgress, withSpecReady, type RunState } from './run-state';

const partial = { name: 'Card', root: { kind: 'element', tag: 'div', name: 'Card', children: [{ kind: 'element', tag: 'h2' }] } };
const spec = { name: 'Card', root: { kind: 'element', tag: 'article', name: 'Card' } } as unknown as ComponentSpec;

describe('run state', () => {
  it('a started run has streamed nothing yet and remembers whether it refines', () => {
    expect(startedRun(true)).toEqual({ phase: 'running', refining: true, characters: 0, cached: false, outline: [], specReady: false });
    expect(startedRun(false)).toMatchObject({ refining: false });
  });

  it('progress counts characters up only, marks a cached answer and outlines the partial spec', () => {
    let state = withProgress(startedRun(false), { stage: 'streaming', characters: 120, partial });
    expect(state).toMatchObject({ characters: 120, cached: false, outline: [{ depth: 0, label: 'Card <div>' }, { depth: 1, label: '<h2>' }] });
    // An earlier count arriving late, without a partial spec: the count and the outline stay.
    state = withProgress(state, { stage: 'cached', characters: 80 });
    expect(state).toMatchObject({ characters: 120, cached: true, outline: [{ depth: 0, label: 'Card <div>' }, { depth: 1, label: '<h2>' }] });
  });

  it('the finished spec marks the spec stage and outlines all of it', () => {
    const state = withSpecReady(withProgress(startedRun(false), { stage: 'streaming', characters: 10, partial }), spec);
    expect(state).toMatchObject({ specReady: true, characters: 10, outline: [{ depth: 0, label: 'Card <article>' }] });
  });

  it('events after the run ended (cancelled, failed, done) change nothing', () => {
    const ended: RunState[] = [{ phase: 'cancelled' }, { phase: 'done' }, { phase: 'error', error: new HttpError(0, 'NETWORK_ERROR', 'offline'), retry: () => undefined }];
    for (const state of ended) {
      expect(withProgress(state, { stage: 'streaming', characters: 99, partial })).toBe(state);
      expect(withSpecReady(state, spec)).toBe(state);
    }
  });

  it('is busy while a generation runs or a one-shot request works, not otherwise', () => {
    expect(isBusy(startedRun(false))).toBe(true);
    expect(isBusy({ phase: 'working', message: 'Importing…' })).toBe(true);
    for (const phase of ['idle', 'done', 'cancelled'] as const) expect(isBusy({ phase })).toBe(false);
  });
});
