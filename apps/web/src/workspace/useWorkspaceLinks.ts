import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { useAuth } from '../app/auth';
import { useT } from '../app/prefs';
import type { ComponentDetail, Example, SavedComponent } from '../lib/anclora-api';
import { asHttpError, HttpError } from '../lib/http';
import { DEFAULT_DESIGN_SYSTEM } from './design-system-choice';
import type { WorkspaceMode } from './ModeSwitch';
import type { RunState } from './run-state';
import { isKeepReturn, pendingTrialWork, stashTrialWork, takeTrialWork, withKeepMarker, withoutKeepMarker, type TrialWork } from './trial-stash';
import type { Presented } from './presented';

export interface LinkActions {
  /** The target on screen: a saved component opens in it. */
  target: string;
  present(result: Presented): void;
  setRun(run: RunState): void;
  fail(error: unknown, retry: () => void): void;
  setMode(mode: WorkspaceMode): void;
  setPrompt(prompt: string): void;
}

/**
 * What the workspace's address asks for: a saved component to refine (?component=<id>), a library example
 * (?example=<id>), or the anonymous trial's work to save now that the visitor has an account (?keep=1).
 */
export function useWorkspaceLinks({ target, present, setRun, fail, setMode, setPrompt }: LinkActions) {
  const t = useT();
  const auth = useAuth();
  const authReady = auth.status !== 'checking';
  const [params, setParams] = useSearchParams();

  const componentParam = params.get('component');
  useEffect(() => {
    if (!componentParam || auth.status !== 'signed-in') return;
    let live = true;
    auth.request<ComponentDetail>(`/api/components/${encodeURIComponent(componentParam)}`).then(
      (detail) => {
        if (!live) return;
        const saved = { componentId: detail.component.id, version: detail.component.version };
        present({ spec: detail.spec, quality: detail.quality, saved, target, designSystemId: detail.component.designSystemId ?? DEFAULT_DESIGN_SYSTEM, notice: null });
      },
      (error: unknown) => live && error instanceof HttpError && setRun({ phase: 'error', error, retry: () => undefined }),
    );
    return () => {
      live = false;
    };
    // Load once per component id and session.
  }, [componentParam, auth.status]);

  // An example sets the pickers and shows its code and preview.
  const exampleParam = params.get('example');
  useEffect(() => {
    if (!exampleParam || !authReady) return;
    let live = true;
    const load = () => {
      setRun({ phase: 'working', message: t('ws.exampleLoading') });
      auth.request<Example>(`/api/examples/${encodeURIComponent(exampleParam)}`).then(
        (example) => {
          if (!live) return;
          setMode('describe');
          setPrompt(example.prompt);
          present({ spec: example.spec, quality: null, saved: null, target: example.target, designSystemId: example.designSystemId, notice: t('ws.exampleLoaded', { name: example.name }) });
        },
        (error: unknown) => live && fail(error, load),
      );
    };
    load();
    return () => {
      live = false;
    };
  }, [exampleParam, authReady]);

  // The anonymous trial's work, stashed by the "keep it" prompt: saved to the account once signed in.
  const keepTrialWork = async (work: TrialWork) => {
    setPrompt(work.prompt);
    setRun({ phase: 'working', message: t('ws.keeping') });
    try {
      const result = await auth.request<SavedComponent>('/api/components', { method: 'POST', body: { spec: work.spec, designSystemId: work.designSystemId } });
      const version = result.component.version;
      present({
        spec: result.spec,
        quality: result.quality,
        saved: { componentId: result.component.id, version },
        target: work.target,
        designSystemId: work.designSystemId,
        notice: t('ws.kept', { name: result.spec.name, version }),
      });
    } catch (error) {
      // Kept when the failure may pass (offline, server trouble): stash and marker go back, so Retry or a
      // reload saves it. A rejected spec is dropped.
      const http = asHttpError(error);
      if (http.status === 0 || http.status >= 500) {
        stashTrialWork(sessionStorage, work);
        setParams((current) => withKeepMarker(current), { replace: true });
      }
      fail(http, () => {
        takeTrialWork(sessionStorage);
        setParams((current) => withoutKeepMarker(current), { replace: true });
        void keepTrialWork(work);
      });
    }
  };
  // Only on the way back from the keep-it prompt (?keep=1): a stash found on any other visit is left alone.
  // The marker is dropped from the address at once, so a reload or a copied link never saves again. Once per
  // visit: a marker put back after a failed save waits for a reload or Retry instead of looping.
  const keepReturn = isKeepReturn(params);
  const keepHandled = useRef(false);
  useEffect(() => {
    if (!keepReturn || auth.status !== 'signed-in' || keepHandled.current) return;
    keepHandled.current = true;
    setParams((current) => withoutKeepMarker(current), { replace: true });
    const work = pendingTrialWork(sessionStorage, params, { take: true });
    if (work) void keepTrialWork(work);
  }, [keepReturn, auth.status]);
}
