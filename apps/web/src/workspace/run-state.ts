/**
 * Where the workspace's one request at a time stands. The live region, the buttons and the outline read it;
 * stream events only ever move a running state forward, so a late event after Cancel changes nothing.
 */
import type { ComponentSpec, GenerationProgress } from '../lib/anclora-api';
import type { HttpError } from '../lib/http';
import { specOutline, type OutlineItem } from '../lib/spec-outline';

export type RunState =
  | { phase: 'idle' }
  | { phase: 'running'; refining: boolean; characters: number; cached: boolean; outline: OutlineItem[]; specReady: boolean }
  /** Import, example loading, saving the trial's work: one request, one message. */
  | { phase: 'working'; message: string }
  | { phase: 'done' }
  | { phase: 'cancelled' }
  | { phase: 'error'; error: HttpError; retry: () => void; useDefaultProvider?: () => void };

/** A generation (or a refinement of a saved component) that has just started: nothing streamed yet. */
export const startedRun = (refining: boolean): RunState => ({ phase: 'running', refining, characters: 0, cached: false, outline: [], specReady: false });

/** True while a request is out: a second submit is ignored and the pickers do not rebuild the result. */
export const isBusy = (run: RunState) => run.phase === 'running' || run.phase === 'working';

/** A progress event: the count never goes back (events may arrive out of order), the outline follows the partial spec. */
export function withProgress(state: RunState, progress: GenerationProgress): RunState {
  if (state.phase !== 'running') return state;
  return {
    ...state,
    characters: Math.max(state.characters, progress.characters),
    cached: progress.stage === 'cached',
    outline: progress.partial !== undefined ? specOutline(progress.partial) : state.outline,
  };
}

/** The finished spec arrived: the outline shows all of it and the progress line moves on to the next stage. */
export function withSpecReady(state: RunState, spec: ComponentSpec): RunState {
  return state.phase === 'running' ? { ...state, specReady: true, outline: specOutline(spec) } : state;
}
