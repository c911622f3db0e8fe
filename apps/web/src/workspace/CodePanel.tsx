import { lazy, Suspense, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useT } from '../app/prefs';
import type { CompiledFile } from '../lib/anclora-api';
import type { EditorLanguage } from './CodeEditor';

const CodeEditor = lazy(() => import('./CodeEditor'));

const SPEC_TAB = '__spec__';

interface CodePanelProps {
  files: readonly CompiledFile[];
  /** The spec JSON text; omit to hide the Spec tab. */
  specText?: string;
  onSpecChange?: (text: string) => void;
  /** Shown under the spec editor: invalid JSON, a rejected spec, or progress. */
  specStatus?: { tone: 'bad' | 'info' | 'good'; message: string } | null;
  idPrefix?: string;
  /** More header actions next to Copy (the workspace's Download zip). */
  actions?: ReactNode;
}

/** Tabs per generated file (read-only) plus the editable spec, in CodeMirror loaded on demand. */
export function CodePanel({ files, specText, onSpecChange, specStatus, idPrefix = 'code', actions }: CodePanelProps) {
  const t = useT();
  const tabs = [...files.map((f) => ({ id: f.path, label: f.path })), ...(specText !== undefined ? [{ id: SPEC_TAB, label: onSpecChange ? t('code.spec') : t('detail.spec') }] : [])];
  const [active, setActive] = useState<string>(tabs[0]?.id ?? SPEC_TAB);
  const [copied, setCopied] = useState<'ok' | 'failed' | null>(null);
  const tabRefs = useRef(new Map<string, HTMLButtonElement>());
  // The spec tab is shown by default only while there are no files yet; once you pick it, it stays.
  const specChosen = useRef(false);
  const choose = (id: string) => {
    specChosen.current = id === SPEC_TAB;
    setActive(id);
  };

  const ids = tabs.map((tab) => tab.id).join('|');
  useEffect(() => {
    const gone = !tabs.some((tab) => tab.id === active);
    if (gone || (active === SPEC_TAB && !specChosen.current && files.length > 0)) setActive(tabs[0]?.id ?? SPEC_TAB);
    // Only when the set of tabs changes (a new generation or target).
  }, [ids]);

  const file = files.find((f) => f.path === active);
  const isSpec = active === SPEC_TAB;
  const content = isSpec ? (specText ?? '') : (file?.content ?? '');
  const language: EditorLanguage = isSpec ? 'json' : ((file?.language ?? 'html') as EditorLanguage);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(content);
      setCopied('ok');
    } catch {
      setCopied('failed');
    }
    window.setTimeout(() => setCopied(null), 2500);
  };

  // Arrow keys move between tabs (WAI-ARIA tabs pattern, automatic activation).
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = tabs.findIndex((tab) => tab.id === active);
    let next = -1;
    if (event.key === 'ArrowRight') next = (index + 1) % tabs.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    if (next < 0) return;
    event.preventDefault();
    const id = tabs[next]!.id;
    choose(id);
    tabRefs.current.get(id)?.focus();
  };

  const tabId = (id: string) => `${idPrefix}-tab-${id.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
  const panelId = `${idPrefix}-panel`;

  return (
    <section className="panel code" aria-labelledby={`${idPrefix}-title`}>
      <div className="panel__header">
        <h2 id={`${idPrefix}-title`}>{t('code.title')}</h2>
        <button type="button" className="button button--small" onClick={() => void copy()} disabled={!content}>
          {t('common.copy')}
        </button>
        <span className="visually-hidden" role="status">
          {copied === 'ok' ? t('common.copied') : copied === 'failed' ? t('common.copyFailed') : ''}
        </span>
        {copied && (
          <span className={copied === 'ok' ? 'muted small' : 'text-danger small'} aria-hidden="true">
            {copied === 'ok' ? t('common.copied') : t('common.copyFailed')}
          </span>
        )}
        {actions}
      </div>
      <div className="tabs" role="tablist" aria-label={t('code.tabs')}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            ref={(el) => {
              if (el) tabRefs.current.set(tab.id, el);
              else tabRefs.current.delete(tab.id);
            }}
            type="button"
            role="tab"
            id={tabId(tab.id)}
            aria-selected={tab.id === active}
            aria-controls={panelId}
            tabIndex={tab.id === active ? 0 : -1}
            onClick={() => choose(tab.id)}
            onKeyDown={onKeyDown}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div className="tabpanel" role="tabpanel" id={panelId} aria-labelledby={tabId(active)}>
        <Suspense
          fallback={
            <p className="muted" role="status">
              {t('code.loadingEditor')}
            </p>
          }
        >
          <CodeEditor
            value={content}
            language={language}
            readOnly={!isSpec || !onSpecChange}
            label={isSpec && onSpecChange ? t('code.specLabel') : t('code.fileLabel', { file: isSpec ? 'spec.json' : (file?.path ?? '') })}
            {...(isSpec && onSpecChange ? { onChange: onSpecChange } : {})}
          />
        </Suspense>
        {isSpec && specStatus && (
          <p className={`notice notice--${specStatus.tone === 'bad' ? 'bad' : specStatus.tone === 'good' ? 'good' : 'info'} spec-status`} role={specStatus.tone === 'bad' ? 'alert' : 'status'}>
            {specStatus.message}
          </p>
        )}
      </div>
    </section>
  );
}
