import { Link } from 'react-router';
import { useT, useTitle } from '../app/prefs';
import { CodePanel } from './CodePanel';
import { DescribeFields } from './DescribeFields';
import { DownloadZip } from './DownloadZip';
import { GenerationError } from './GenerationError';
import { ImportReport } from './ImportReport';
import { KeepItCallout } from './KeepItCallout';
import { ModeSwitch } from './ModeSwitch';
import { PasteField } from './PasteField';
import { PreviewPane } from './PreviewPane';
import { ProviderPicker } from './ProviderPicker';
import { QualityPanel } from './QualityPanel';
import { TargetPickers } from './TargetPickers';
import { useWorkspace } from './useWorkspace';
import './workspace.css';

/** The workspace screen: the form and what it produced. State and requests live in useWorkspace. */
export default function WorkspacePage() {
  const t = useT();
  useTitle(t('ws.title'));
  const { signedIn, anonymous, credits, form, choices, run, busy, result, preview } = useWorkspace();
  const { mode, setMode, prompt, changePrompt, promptError, promptRef, pasteSource, changePasteSource, pasteError, refinePrompt, setRefinePrompt, submit, submitRefine, cancel } = form;
  const { targets, targetsFailed, retryTargets, target, changeTarget, designSystems, designSystemId, changeDesignSystem, designSystemMissing, defaultDesignSystemName, provider, setProvider } = choices;
  const { spec, files, quality, done, notice, unsupported, saved, specText, specStatus, specEdited, onSpecChange } = result;
  const { audit, setAudit, perf, setPerf, highlight, highlightElement } = preview;

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
              {mode === 'paste' ? t('ws.pasteTitle') : t('ws.promptLabel')}
            </h2>
            <ModeSwitch mode={mode} onChange={setMode} />
            {mode === 'describe' ? (
              <DescribeFields
                prompt={prompt}
                onPromptChange={changePrompt}
                missing={promptError}
                onSubmit={submit}
                promptRef={promptRef}
              />
            ) : (
              <PasteField
                value={pasteSource}
                onChange={changePasteSource}
                missing={pasteError}
              />
            )}
            <div className="field-row">
              <TargetPickers
                targets={targets}
                targetsFailed={targetsFailed}
                onRetryTargets={retryTargets}
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
                {t('ws.dsNotFound', { id: designSystemMissing, name: defaultDesignSystemName })}
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
            {anonymous && credits?.remaining != null && (
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

          {spec && anonymous && run.phase === 'done' && (
            <KeepItCallout work={{ spec, target, designSystemId, prompt: mode === 'describe' ? prompt.trim() : '' }} />
          )}

          <QualityPanel
            audit={audit}
            previewing={preview.url !== null}
            perf={perf}
            quality={quality}
            onHighlight={highlightElement}
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
