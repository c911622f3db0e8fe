import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useAuth } from '../app/auth';
import { useT, useTitle } from '../app/prefs';
import {
  streamGeneration,
  type CompiledFile,
  type ComponentDetail,
  type ComponentSpec,
  type Credits,
  type DesignSystemSummary,
  type Example,
  type GenerationDone,
  type ImportResult,
  type QualityReport,
  type SavedComponent,
  type Target,
  type UnsupportedConstruct,
} from '../lib/anclora-api';
import { asHttpError, HttpError, requestJson } from '../lib/http';
import { specOutline, type OutlineItem } from '../lib/spec-outline';
import { loadTargets } from '../TargetList';
import { CodePanel } from './CodePanel';
import { DescribeFields } from './DescribeFields';
import { DownloadZip } from './DownloadZip';
import { GenerationError } from './GenerationError';
import { ImportReport } from './ImportReport';
import { KeepItCallout } from './KeepItCallout';
import { ModeSwitch, type WorkspaceMode } from './ModeSwitch';
import { PasteField } from './PasteField';
import { PreviewPane, type AuditResult } from './PreviewPane';
import { ProviderPicker } from './ProviderPicker';
import { QualityPanel } from './QualityPanel';
import type { PreviewPerf } from '../lib/preview-protocol';
import { TargetPickers } from './TargetPickers';
import { isKeepReturn, pendingTrialWork, stashTrialWork, takeTrialWork, withKeepMarker, withoutKeepMarker, type TrialWork } from './trial-stash';
import { usePreview } from './usePreview';
import './workspace.css';

type RunState =
  | { phase: 'idle' }
  | { phase: 'running'; refining: boolean; characters: number; cached: boolean; outline: OutlineItem[]; specReady: boolean }
  /** Import, example loading, saving the trial's work: one request, one message. */
  | { phase: 'working'; message: string }
  | { phase: 'done' }
  | { phase: 'cancelled' }
  | { phase: 'error'; error: HttpError; retry: () => void; useDefaultProvider?: () => void };

type SpecStatus = { tone: 'bad' | 'info' | 'good'; message: string } | null;
type Saved = { componentId: string; version: number };

/** A result that did not come from a generation stream: an import, an example, a saved component. */
interface Presented {
  spec: ComponentSpec;
  quality: QualityReport | null;
  saved: Saved | null;
  target: string;
  designSystemId: string;
  unsupported?: UnsupportedConstruct[];
  notice: string | null;
}

const SPEC_DEBOUNCE_MS = 400;
const DEFAULT_DESIGN_SYSTEM = 'anclora-ocean';
const PROVIDER_PROBLEMS = new Set(['PLAN_REQUIRED', 'PROVIDER_NOT_CONFIGURED', 'PROVIDER_UNAVAILABLE', 'PROVIDER_REJECTED']);

export default function WorkspacePage() {
  const t = useT();
  useTitle(t('ws.title'));
  const auth = useAuth();
  const signedIn = auth.status === 'signed-in';
  const authReady = auth.status !== 'checking';
  const [params, setParams] = useSearchParams();

  const [mode, setMode] = useState<WorkspaceMode>('describe');
  const [targets, setTargets] = useState<Target[] | null>(null);
  const [targetsFailed, setTargetsFailed] = useState(false);
  const [designSystems, setDesignSystems] = useState<DesignSystemSummary[]>([]);
  // False while the picker shows the offline fallback: a list that did not come from the API proves nothing missing.
  const [designSystemsFromApi, setDesignSystemsFromApi] = useState(false);
  const [prompt, setPrompt] = useState('');
  const [promptError, setPromptError] = useState(false);
  const [pasteSource, setPasteSource] = useState('');
  const [pasteError, setPasteError] = useState(false);
  const [target, setTarget] = useState('react-css');
  // /workspace?designSystem=<id> preselects a design system (checked against the list once it loads).
  const designSystemParam = params.get('designSystem');
  const [designSystemId, setDesignSystemId] = useState(designSystemParam ?? DEFAULT_DESIGN_SYSTEM);
  const [designSystemMissing, setDesignSystemMissing] = useState<string | null>(null);
  // null: the server's default provider.
  const [provider, setProvider] = useState<string | null>(null);

  const [run, setRun] = useState<RunState>({ phase: 'idle' });
  const [spec, setSpec] = useState<ComponentSpec | null>(null);
  const [files, setFiles] = useState<CompiledFile[]>([]);
  const [quality, setQuality] = useState<QualityReport | null>(null);
  const [done, setDone] = useState<GenerationDone | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [unsupported, setUnsupported] = useState<UnsupportedConstruct[] | null>(null);
  const [saved, setSaved] = useState<Saved | null>(null);
  // True once the spec on screen was edited by hand: it is then no longer the saved version.
  const [specEdited, setSpecEdited] = useState(false);
  const [specText, setSpecText] = useState('');
  const [specStatus, setSpecStatus] = useState<SpecStatus>(null);
  const [audit, setAudit] = useState<AuditResult | null>(null);
  const [perf, setPerf] = useState<PreviewPerf | null>(null);
  const [highlight, setHighlight] = useState<{ selector: string; seq: number } | null>(null);
  const [refinePrompt, setRefinePrompt] = useState('');
  // What the server says is left (the trial is counted there, per visitor cookie and IP).
  const [credits, setCredits] = useState<Credits | null>(null);
  const { getToken } = auth;
  const refreshCredits = useCallback(() => {
    requestJson<Credits>('/api/generations/credits', { token: getToken() }).then(setCredits, () => setCredits(null));
  }, [getToken]);
  useEffect(() => refreshCredits(), [refreshCredits, auth.status]);
  const preview = usePreview();
  const { build: buildPreview, reset: resetPreview } = preview;

  const promptRef = useRef<HTMLTextAreaElement>(null);
  const controller = useRef<AbortController | null>(null);
  const specTimer = useRef<number | undefined>(undefined);

  // Targets and design systems (presets for everyone, plus your own when signed in).
  const [targetsAttempt, setTargetsAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    loadTargets().then(
      (list) => live && (setTargets(list), setTargetsFailed(false)),
      () => live && setTargetsFailed(true),
    );
    return () => {
      live = false;
    };
  }, [targetsAttempt]);
  useEffect(() => {
    if (auth.status === 'checking') return;
    let live = true;
    auth
      .request<{ designSystems: DesignSystemSummary[] }>('/api/design-systems')
      .then((body) => {
        if (!live) return;
        setDesignSystems(body.designSystems);
        setDesignSystemsFromApi(true);
      })
      .catch(() => {
        if (!live) return;
        setDesignSystems([{ id: DEFAULT_DESIGN_SYSTEM, name: 'Anclora Ocean', builtIn: true, version: 1, tokenCount: 0 }]);
        setDesignSystemsFromApi(false);
      });
    return () => {
      live = false;
    };
  }, [auth, auth.status]);

  // A ?designSystem= that the API's list does not hold (or not yours) falls back to the default, and says so.
  // Against the offline fallback it stays chosen: the server judges it when it is used.
  useEffect(() => {
    if (!designSystemParam || !designSystemsFromApi || designSystemId !== designSystemParam) return;
    if (designSystems.some((d) => d.id === designSystemParam)) return;
    setDesignSystemId(DEFAULT_DESIGN_SYSTEM);
    setDesignSystemMissing(designSystemParam);
  }, [designSystems, designSystemsFromApi]);

  useEffect(() => () => controller.current?.abort(), []);
  useEffect(() => () => window.clearTimeout(specTimer.current), []);

  const showSpec = useCallback((next: ComponentSpec) => {
    setSpec(next);
    setSpecText(JSON.stringify(next, null, 2));
    setSpecStatus(null);
    setSpecEdited(false);
  }, []);

  /** Code for another target or an edited spec: POST /api/compile. */
  const compileFor = useCallback(
    async (source: ComponentSpec, forTarget: string, forDesignSystem: string) => {
      const body = await auth.request<{ outputs: Record<string, { files: CompiledFile[] }> }>('/api/compile', {
        method: 'POST',
        body: { spec: source, targets: [forTarget], designSystemId: forDesignSystem },
      });
      setFiles(body.outputs[forTarget]?.files ?? []);
    },
    [auth],
  );

  /** Shows a finished result the same way whatever produced it: spec, code for the target, preview, quality. */
  const present = useCallback(
    (result: Presented) => {
      setTarget(result.target);
      setDesignSystemId(result.designSystemId);
      showSpec(result.spec);
      setQuality(result.quality);
      setSaved(result.saved);
      setUnsupported(result.unsupported ?? null);
      setNotice(result.notice);
      setDone(null);
      setAudit(null);
      setFiles([]);
      setRun({ phase: 'done' });
      void buildPreview({ spec: result.spec }, result.target, result.designSystemId);
      void compileFor(result.spec, result.target, result.designSystemId).catch(() => undefined);
    },
    [showSpec, buildPreview, compileFor],
  );

  const fail = (error: unknown, retry: () => void) => setRun({ phase: 'error', error: asHttpError(error), retry });

  // Open a saved component to refine it: /workspace?component=<id>.
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

  // Load a library example: /workspace?example=<id> sets the pickers and shows its code and preview.
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

  const generate = useCallback(
    async (text: string, refineId?: string, chosenProvider: string | null = provider) => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      const refining = Boolean(refineId);
      setRun({ phase: 'running', refining, characters: 0, cached: false, outline: [], specReady: false });
      setDone(null);
      setNotice(null);
      setAudit(null);
      if (!refining) {
        setQuality(null);
        setSaved(null);
        setSpec(null);
        setFiles([]);
        setUnsupported(null);
        resetPreview();
      }
      const body = { prompt: text, target, designSystemId, ...(refineId ? { componentId: refineId } : {}), ...(chosenProvider ? { provider: chosenProvider } : {}) };
      const handlers = {
        onProgress: (p: { stage: string; characters: number; partial?: unknown }) =>
          setRun((state) =>
            state.phase === 'running'
              ? {
                  ...state,
                  characters: Math.max(state.characters, p.characters),
                  cached: p.stage === 'cached',
                  outline: p.partial !== undefined ? specOutline(p.partial) : state.outline,
                }
              : state,
          ),
        onSpec: (next: ComponentSpec) => {
          showSpec(next);
          setRun((state) => (state.phase === 'running' ? { ...state, specReady: true, outline: specOutline(next) } : state));
          void buildPreview({ spec: next }, target, designSystemId);
        },
        onCode: (code: { files: CompiledFile[] }) => setFiles(code.files),
        onQuality: (report: QualityReport) => setQuality(report),
      };
      const attempt = (token: string | null) => streamGeneration(body, token, handlers, abort.signal);
      try {
        let result: GenerationDone;
        try {
          result = await attempt(auth.getToken());
        } catch (error) {
          // An expired access token: renew once and retry.
          if (error instanceof HttpError && error.status === 401 && auth.getToken() && (await auth.refresh())) result = await attempt(auth.getToken());
          else throw error;
        }
        if (abort.signal.aborted) return;
        setDone(result);
        if (result.componentId && result.version !== null) setSaved({ componentId: result.componentId, version: result.version });
        refreshCredits();
        setRun({ phase: 'done' });
        if (refining) setRefinePrompt('');
      } catch (error) {
        if (abort.signal.aborted) return;
        const httpError = asHttpError(error);
        if (httpError.code === 'QUOTA_EXCEEDED') refreshCredits();
        // A provider chosen in the picker that is not allowed, not configured or down: offer the default instead.
        const providerProblem = chosenProvider && PROVIDER_PROBLEMS.has(httpError.code);
        setRun({
          phase: 'error',
          error: httpError,
          retry: () => void generate(text, refineId, chosenProvider),
          ...(providerProblem
            ? {
                useDefaultProvider: () => {
                  setProvider(null);
                  void generate(text, refineId, null);
                },
              }
            : {}),
        });
      } finally {
        if (controller.current === abort) controller.current = null;
      }
    },
    [auth, target, designSystemId, provider, showSpec, buildPreview, resetPreview],
  );

  /** Paste mode: the server turns the HTML/CSS into a spec; signed in, it is saved as a component too. */
  const importPasted = async (source: string) => {
    controller.current?.abort();
    setRun({ phase: 'working', message: t('ws.importing') });
    const body = { source, format: 'html', designSystemId };
    try {
      if (signedIn) {
        const result = await auth.request<SavedComponent>('/api/components', { method: 'POST', body });
        const version = result.component.version;
        const message = `${t('ws.imported', { name: result.spec.name })} ${t('ws.doneSaved', { version })}`;
        present({ ...result, saved: { componentId: result.component.id, version }, target, designSystemId, notice: message });
      } else {
        const result = await auth.request<ImportResult>('/api/import', { method: 'POST', body });
        present({ ...result, saved: null, target, designSystemId, notice: t('ws.imported', { name: result.spec.name }) });
      }
    } catch (error) {
      fail(error, () => void importPasted(source));
    }
  };

  const busy = run.phase === 'running' || run.phase === 'working';
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (busy) return;
    if (mode === 'paste') {
      const source = pasteSource.trim();
      setPasteError(!source);
      if (source) void importPasted(source);
      return;
    }
    const text = prompt.trim();
    if (!text) {
      setPromptError(true);
      promptRef.current?.focus();
      return;
    }
    setPromptError(false);
    void generate(text);
  };

  const submitRefine = (event: FormEvent) => {
    event.preventDefault();
    const text = refinePrompt.trim();
    if (!text || !saved || busy) return;
    void generate(text, saved.componentId);
  };

  const cancel = () => {
    controller.current?.abort();
    controller.current = null;
    setRun({ phase: 'cancelled' });
  };

  // The result follows the target and design system pickers once there is a spec.
  const changeTarget = (next: string) => {
    setTarget(next);
    if (spec && !busy) {
      void buildPreview({ spec }, next, designSystemId);
      void compileFor(spec, next, designSystemId).catch(() => undefined);
    }
  };
  const changeDesignSystem = (next: string) => {
    setDesignSystemId(next);
    setDesignSystemMissing(null);
    if (spec && !busy) {
      void buildPreview({ spec }, target, next);
      void compileFor(spec, target, next).catch(() => undefined);
    }
  };

  // Spec edits re-render the preview (debounced); bad JSON or a rejected spec is shown, the last good preview stays.
  const onSpecChange = (text: string) => {
    setSpecText(text);
    window.clearTimeout(specTimer.current);
    specTimer.current = window.setTimeout(() => void applySpec(text), SPEC_DEBOUNCE_MS);
  };
  const applySpec = async (text: string) => {
    let parsed: ComponentSpec;
    try {
      parsed = JSON.parse(text) as ComponentSpec;
    } catch (error) {
      setSpecStatus({ tone: 'bad', message: t('code.invalidJson', { message: (error as Error).message }) });
      return;
    }
    setSpecStatus({ tone: 'info', message: t('code.specPending') });
    const error = await buildPreview({ spec: parsed }, target, designSystemId);
    if (error) {
      const detail = [error.message, ...error.issues.slice(0, 3).map((i) => `${i.path ?? ''} ${i.message}`.trim())].join(' · ');
      setSpecStatus({ tone: 'bad', message: t('code.specRejected', { message: detail }) });
      return;
    }
    setSpec(parsed);
    setSpecEdited(true);
    setSpecStatus({ tone: 'good', message: t('code.specApplied') });
    void compileFor(parsed, target, designSystemId).catch(() => undefined);
  };

  const running = run.phase === 'running';
  const hasResult = spec !== null;
  const name = spec?.name ?? 'component';
  const defaultName = designSystems.find((d) => d.id === DEFAULT_DESIGN_SYSTEM)?.name ?? 'Anclora Ocean';

  return (
    <div className="container container--wide page workspace">
      <h1>{t('ws.title')}</h1>
      <div className="workspace__grid">
        <div className="workspace__side">
          <form className="panel" onSubmit={submit} aria-labelledby="ws-form-title">
            <h2 id="ws-form-title" className="visually-hidden">
              {mode === 'paste' ? t('ws.pasteTitle') : t('ws.promptLabel')}
            </h2>
            <ModeSwitch mode={mode} onChange={setMode} />
            {mode === 'describe' ? (
              <DescribeFields
                prompt={prompt}
                onPromptChange={(value) => {
                  setPrompt(value);
                  setPromptError(false);
                }}
                missing={promptError}
                onSubmit={submit}
                promptRef={promptRef}
              />
            ) : (
              <PasteField
                value={pasteSource}
                onChange={(value) => {
                  setPasteSource(value);
                  setPasteError(false);
                }}
                missing={pasteError}
              />
            )}
            <div className="field-row">
              <TargetPickers
                targets={targets}
                targetsFailed={targetsFailed}
                onRetryTargets={() => setTargetsAttempt((n) => n + 1)}
                target={target}
                onTarget={changeTarget}
                designSystems={designSystems}
                designSystemId={designSystemId}
                onDesignSystem={changeDesignSystem}
              />
              {mode === 'describe' && <ProviderPicker value={provider} onChange={setProvider} />}
            </div>
            {designSystemMissing && (
              <p className="notice notice--warn" role="status">
                {t('ws.dsNotFound', { id: designSystemMissing, name: defaultName })}
              </p>
            )}
            <div className="actions">
              {mode === 'describe' ? (
                <button type="submit" className="button button--primary" aria-disabled={busy}>
                  {running && !run.refining ? t('ws.generating') : t('ws.generate')}
                </button>
              ) : (
                <button type="submit" className="button button--primary" aria-disabled={busy}>
                  {run.phase === 'working' ? t('ws.importing') : t('ws.import')}
                </button>
              )}
              {running && (
                <button type="button" className="button" onClick={cancel}>
                  {t('ws.cancel')}
                </button>
              )}
            </div>
            {auth.status === 'anonymous' && credits?.remaining != null && (
              <p className="muted small" data-testid="trial-left">
                {t('ws.trialLeft', { n: credits.remaining, total: credits.limit ?? credits.remaining })}
              </p>
            )}
          </form>

          <div className="live" aria-live="polite" role="status">
            {run.phase === 'running' && (
              <div className="panel progress" data-testid="progress">
                <p>
                  <span className="spinner" aria-hidden="true" /> {run.specReady ? t('ws.stageSpec') : run.cached ? t('ws.progressCached') : t('ws.progress', { n: run.characters })}
                </p>
              </div>
            )}
            {run.phase === 'working' && (
              <div className="panel progress">
                <p>
                  <span className="spinner" aria-hidden="true" /> {run.message}
                </p>
              </div>
            )}
            {run.phase === 'cancelled' && <p className="muted">{t('ws.cancelled')}</p>}
            {run.phase === 'done' && done && (
              <p className="notice notice--good">
                {t('ws.done', { name, ms: done.durationMs })} {saved && t('ws.doneSaved', { version: saved.version })}
              </p>
            )}
            {run.phase === 'done' && !done && notice && <p className="notice notice--good">{notice}</p>}
          </div>
          {run.phase === 'running' && run.outline.length > 0 && (
            <div className="panel">
              <h2 className="h3">{t('ws.outline')}</h2>
              <ol className="outline" data-testid="outline">
                {run.outline.map((item, i) => (
                  <li key={i} style={{ paddingInlineStart: `${item.depth}rem` }}>
                    <code>{item.label}</code>
                  </li>
                ))}
              </ol>
            </div>
          )}
          {run.phase === 'error' && (
            <GenerationError
              key={run.error.code + run.error.message}
              error={run.error}
              signedIn={signedIn}
              onRetry={run.retry}
              {...(run.useDefaultProvider ? { onUseDefaultProvider: run.useDefaultProvider } : {})}
            />
          )}

          {unsupported && hasResult && <ImportReport items={unsupported} />}

          {done && done.notes.length > 0 && (
            <details className="panel">
              <summary>{t('ws.notes')}</summary>
              <ul>
                {done.notes.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            </details>
          )}

          {hasResult && signedIn && saved && (
            <form className="panel" onSubmit={submitRefine}>
              <div className="field">
                <label htmlFor="ws-refine">{t('ws.refineLabel')}</label>
                <input id="ws-refine" value={refinePrompt} maxLength={4000} placeholder={t('ws.refinePlaceholder')} onChange={(e) => setRefinePrompt(e.target.value)} />
              </div>
              <div className="actions">
                <button type="submit" className="button button--primary" aria-disabled={busy || !refinePrompt.trim()}>
                  {running && run.refining ? t('ws.generating') : t('ws.refine')}
                </button>
                <Link to={`/components/${saved.componentId}`}>{t('ws.openComponent')}</Link>
              </div>
            </form>
          )}

          {spec && auth.status === 'anonymous' && run.phase === 'done' && (
            <KeepItCallout work={{ spec, target, designSystemId, prompt: mode === 'describe' ? prompt.trim() : '' }} />
          )}

          <QualityPanel
            audit={audit}
            previewing={preview.url !== null}
            perf={perf}
            quality={quality}
            onHighlight={(selector) => setHighlight((h) => ({ selector, seq: (h?.seq ?? 0) + 1 }))}
          />
        </div>

        <div className="workspace__main">
          {!hasResult && !busy ? (
            <div className="panel empty-state">
              <h2>{t('ws.emptyTitle')}</h2>
              <p className="muted">{mode === 'paste' ? t('ws.emptyPasteBody') : t('ws.emptyBody')}</p>
            </div>
          ) : (
            <>
              <PreviewPane url={preview.url} loading={preview.loading || (busy && !spec)} error={preview.error} name={name} onAudit={setAudit} onPerf={setPerf} highlight={highlight} />
              {spec && (
                <CodePanel
                  files={files}
                  specText={specText}
                  onSpecChange={onSpecChange}
                  specStatus={specStatus}
                  idPrefix="ws-code"
                  actions={<DownloadZip spec={spec} target={target} designSystemId={designSystemId} componentId={saved && !specEdited ? saved.componentId : null} />}
                />
              )}
            </>
          )}
        </div>
      </div>
    </div>
  );
}
