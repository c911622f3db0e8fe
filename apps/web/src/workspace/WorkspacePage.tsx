import { useCallback, useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
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
  type GenerationDone,
  type QualityReport,
  type Target,
} from '../lib/anclora-api';
import { HttpError, requestJson } from '../lib/http';
import { specOutline, type OutlineItem } from '../lib/spec-outline';
import { loadTargets } from '../TargetList';
import { CodePanel } from './CodePanel';
import { GenerationError } from './GenerationError';
import { PreviewPane, type AuditResult } from './PreviewPane';
import { QualityPanel } from './QualityPanel';
import { usePreview } from './usePreview';

const SUGGESTIONS = [
  'Pricing table with 3 plans, the middle one highlighted',
  'Formulario de inicio de sesión',
  'Profile card with avatar, name and a follow button',
  'Barra de navegación con logo y menú',
  'Newsletter signup with an email field',
  'Tarjetas de estadísticas para un panel',
];

type RunState =
  | { phase: 'idle' }
  | { phase: 'running'; refining: boolean; characters: number; cached: boolean; outline: OutlineItem[]; specReady: boolean }
  | { phase: 'done' }
  | { phase: 'cancelled' }
  | { phase: 'error'; error: HttpError; retry: () => void };

type SpecStatus = { tone: 'bad' | 'info' | 'good'; message: string } | null;

const SPEC_DEBOUNCE_MS = 400;

export default function WorkspacePage() {
  const t = useT();
  useTitle(t('ws.title'));
  const auth = useAuth();
  const signedIn = auth.status === 'signed-in';
  const [params] = useSearchParams();

  const [targets, setTargets] = useState<Target[] | null>(null);
  const [targetsFailed, setTargetsFailed] = useState(false);
  const [designSystems, setDesignSystems] = useState<DesignSystemSummary[]>([]);
  const [prompt, setPrompt] = useState('');
  const [promptError, setPromptError] = useState(false);
  const [target, setTarget] = useState('react-css');
  const [designSystemId, setDesignSystemId] = useState('anclora-ocean');

  const [run, setRun] = useState<RunState>({ phase: 'idle' });
  const [spec, setSpec] = useState<ComponentSpec | null>(null);
  const [files, setFiles] = useState<CompiledFile[]>([]);
  const [quality, setQuality] = useState<QualityReport | null>(null);
  const [done, setDone] = useState<GenerationDone | null>(null);
  const [saved, setSaved] = useState<{ componentId: string; version: number } | null>(null);
  const [specText, setSpecText] = useState('');
  const [specStatus, setSpecStatus] = useState<SpecStatus>(null);
  const [audit, setAudit] = useState<AuditResult | null>(null);
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
      .then((body) => live && setDesignSystems(body.designSystems))
      .catch(() => live && setDesignSystems([{ id: 'anclora-ocean', name: 'Anclora Ocean', builtIn: true, version: 1, tokenCount: 0 }]));
    return () => {
      live = false;
    };
  }, [auth, auth.status]);

  useEffect(() => () => controller.current?.abort(), []);
  useEffect(() => () => window.clearTimeout(specTimer.current), []);

  const showSpec = useCallback((next: ComponentSpec) => {
    setSpec(next);
    setSpecText(JSON.stringify(next, null, 2));
    setSpecStatus(null);
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

  // Open a saved component to refine it: /workspace?component=<id>.
  const componentParam = params.get('component');
  useEffect(() => {
    if (!componentParam || auth.status !== 'signed-in') return;
    let live = true;
    auth.request<ComponentDetail>(`/api/components/${encodeURIComponent(componentParam)}`).then(
      (detail) => {
        if (!live) return;
        const ds = detail.component.designSystemId ?? 'anclora-ocean';
        setDesignSystemId(ds);
        showSpec(detail.spec);
        setQuality(detail.quality);
        setSaved({ componentId: detail.component.id, version: detail.component.version });
        setRun({ phase: 'done' });
        void buildPreview({ spec: detail.spec }, target, ds);
        void compileFor(detail.spec, target, ds).catch(() => undefined);
      },
      (error: unknown) => live && error instanceof HttpError && setRun({ phase: 'error', error, retry: () => undefined }),
    );
    return () => {
      live = false;
    };
    // Load once per component id and session.
  }, [componentParam, auth.status]);

  const generate = useCallback(
    async (text: string, refineId?: string) => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      const refining = Boolean(refineId);
      setRun({ phase: 'running', refining, characters: 0, cached: false, outline: [], specReady: false });
      setDone(null);
      setAudit(null);
      if (!refining) {
        setQuality(null);
        setSaved(null);
        setSpec(null);
        setFiles([]);
        resetPreview();
      }
      const body = { prompt: text, target, designSystemId, ...(refineId ? { componentId: refineId } : {}) };
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
        const httpError = error instanceof HttpError ? error : new HttpError(0, 'NETWORK_ERROR', String(error));
        if (httpError.code === 'QUOTA_EXCEEDED') refreshCredits();
        setRun({ phase: 'error', error: httpError, retry: () => void generate(text, refineId) });
      } finally {
        if (controller.current === abort) controller.current = null;
      }
    },
    [auth, target, designSystemId, showSpec, buildPreview, resetPreview],
  );

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (run.phase === 'running') return;
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
    if (!text || !saved || run.phase === 'running') return;
    void generate(text, saved.componentId);
  };

  const cancel = () => {
    controller.current?.abort();
    controller.current = null;
    setRun({ phase: 'cancelled' });
  };

  const onPromptKey = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit();
  };

  // The result follows the target and design system pickers once there is a spec.
  const changeTarget = (next: string) => {
    setTarget(next);
    if (spec && run.phase !== 'running') {
      void buildPreview({ spec }, next, designSystemId);
      void compileFor(spec, next, designSystemId).catch(() => undefined);
    }
  };
  const changeDesignSystem = (next: string) => {
    setDesignSystemId(next);
    if (spec && run.phase !== 'running') {
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
    setSpecStatus({ tone: 'good', message: t('code.specApplied') });
    void compileFor(parsed, target, designSystemId).catch(() => undefined);
  };

  const presets = designSystems.filter((d) => d.builtIn);
  const own = designSystems.filter((d) => !d.builtIn);
  const running = run.phase === 'running';
  const hasResult = spec !== null;
  const name = spec?.name ?? 'component';

  return (
    <div className="container container--wide page workspace">
      <h1>{t('ws.title')}</h1>
      <div className="workspace__grid">
        <div className="workspace__side">
          <form className="panel" onSubmit={submit} aria-labelledby="ws-form-title">
            <h2 id="ws-form-title" className="visually-hidden">
              {t('ws.promptLabel')}
            </h2>
            <div className="field">
              <label htmlFor="ws-prompt">{t('ws.promptLabel')}</label>
              <textarea
                id="ws-prompt"
                ref={promptRef}
                rows={4}
                maxLength={4000}
                value={prompt}
                placeholder={t('ws.promptPlaceholder')}
                aria-invalid={promptError || undefined}
                aria-describedby={promptError ? 'ws-prompt-error' : undefined}
                onChange={(e) => {
                  setPrompt(e.target.value);
                  if (promptError) setPromptError(false);
                }}
                onKeyDown={onPromptKey}
              />
              {promptError && (
                <p id="ws-prompt-error" className="field__error" role="alert">
                  {t('ws.promptPlaceholder')}
                </p>
              )}
            </div>
            <div className="chips" role="group" aria-label={t('ws.suggestions')}>
              {SUGGESTIONS.map((s) => (
                <button key={s} type="button" className="chip" aria-pressed={prompt === s} onClick={() => setPrompt(s)}>
                  {s}
                </button>
              ))}
            </div>
            <div className="field-row">
              <div className="field">
                <label htmlFor="ws-target">{t('ws.target')}</label>
                <select id="ws-target" value={target} onChange={(e) => changeTarget(e.target.value)}>
                  {(targets ?? [{ id: target, label: target } as Target]).map((tg) => (
                    <option key={tg.id} value={tg.id}>
                      {tg.label}
                    </option>
                  ))}
                </select>
                {targetsFailed && (
                  <p className="field__error">
                    {t('ws.targetsError')}{' '}
                    <button type="button" className="button button--small button--link" onClick={() => setTargetsAttempt((n) => n + 1)}>
                      {t('common.retry')}
                    </button>
                  </p>
                )}
              </div>
              <div className="field">
                <label htmlFor="ws-ds">{t('ws.designSystem')}</label>
                <select id="ws-ds" value={designSystemId} onChange={(e) => changeDesignSystem(e.target.value)}>
                  {designSystems.length === 0 && <option value={designSystemId}>Anclora Ocean</option>}
                  {presets.length > 0 && (
                    <optgroup label={t('ws.designSystemPresets')}>
                      {presets.map((d) => (
                        <option key={d.id} value={d.id}>
                          {d.name}
                        </option>
                      ))}
                    </optgroup>
                  )}
                  {own.length > 0 && (
                    <optgroup label={t('ws.designSystemOwn')}>
                      {own.map((d) => (
                        <option key={d.id} value={d.id}>
                          {d.name}
                        </option>
                      ))}
                    </optgroup>
                  )}
                </select>
              </div>
            </div>
            <div className="actions">
              <button type="submit" className="button button--primary" aria-disabled={running}>
                {running && !run.refining ? t('ws.generating') : t('ws.generate')}
              </button>
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
            {run.phase === 'cancelled' && <p className="muted">{t('ws.cancelled')}</p>}
            {run.phase === 'done' && done && (
              <p className="notice notice--good">
                {t('ws.done', { name, ms: done.durationMs })} {saved && t('ws.doneSaved', { version: saved.version })}
              </p>
            )}
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
          {run.phase === 'error' && <GenerationError key={run.error.code + run.error.message} error={run.error} signedIn={signedIn} onRetry={run.retry} />}

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
                <button type="submit" className="button button--primary" aria-disabled={running || !refinePrompt.trim()}>
                  {running && run.refining ? t('ws.generating') : t('ws.refine')}
                </button>
                <Link to={`/components/${saved.componentId}`}>{t('ws.openComponent')}</Link>
              </div>
            </form>
          )}

          {hasResult && auth.status === 'anonymous' && run.phase === 'done' && (
            <div className="panel callout">
              <h2 className="h3">{t('ws.keepIt')}</h2>
              <p>{t('ws.keepItBody')}</p>
              <Link className="button button--primary" to="/signup?next=/workspace">
                {t('nav.signup')}
              </Link>
            </div>
          )}

          <QualityPanel
            audit={audit}
            previewing={preview.url !== null}
            quality={quality}
            onHighlight={(selector) => setHighlight((h) => ({ selector, seq: (h?.seq ?? 0) + 1 }))}
          />
        </div>

        <div className="workspace__main">
          {!hasResult && run.phase !== 'running' ? (
            <div className="panel empty-state">
              <h2>{t('ws.emptyTitle')}</h2>
              <p className="muted">{t('ws.emptyBody')}</p>
            </div>
          ) : (
            <>
              <PreviewPane url={preview.url} loading={preview.loading || (running && !spec)} error={preview.error} name={name} onAudit={setAudit} highlight={highlight} />
              {hasResult && <CodePanel files={files} specText={specText} onSpecChange={onSpecChange} specStatus={specStatus} idPrefix="ws-code" />}
            </>
          )}
        </div>
      </div>
    </div>
  );
}
