import { useEffect, useId, useRef, useState } from 'react';
import { useAuth } from '../app/auth';
import { useT } from '../app/prefs';
import { asHttpError, exportDesignSystem } from './design-systems-api';
import { EXPORT_FORMATS, exportFile, isExportFormat, type ExportFormat } from './formats';

type ExportState = { phase: 'loading' } | { phase: 'ready'; text: string } | { phase: 'error'; message: string };

/** The design system exported by the API in any of its formats, to copy or download. */
export function ExportPanel({ systemId, name, version }: { systemId: string; name: string; version: number }) {
  const t = useT();
  const auth = useAuth();
  const id = useId();
  const [format, setFormat] = useState<ExportFormat>('css');
  const [state, setState] = useState<ExportState>({ phase: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [copied, setCopied] = useState<'ok' | 'failed' | null>(null);
  const copiedTimer = useRef<number | undefined>(undefined);
  const { getToken, refresh } = auth;

  useEffect(() => {
    const controller = new AbortController();
    setState({ phase: 'loading' });
    exportDesignSystem({ getToken, refresh }, systemId, format, controller.signal).then(
      (text) => setState({ phase: 'ready', text }),
      (cause: unknown) => !controller.signal.aborted && setState({ phase: 'error', message: asHttpError(cause).message }),
    );
    return () => controller.abort();
    // A new version (re-import, rename) changes what the export says.
  }, [systemId, version, format, attempt, getToken, refresh]);

  useEffect(() => () => window.clearTimeout(copiedTimer.current), []);

  const text = state.phase === 'ready' ? state.text : '';
  const file = exportFile(name, format);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('ok');
    } catch {
      setCopied('failed');
    }
    window.clearTimeout(copiedTimer.current);
    copiedTimer.current = window.setTimeout(() => setCopied(null), 2500);
  };

  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: `${file.mediaType};charset=utf-8` }));
    const link = document.createElement('a');
    link.href = url;
    link.download = file.fileName;
    document.body.append(link);
    link.click();
    link.remove();
    // Revoked on the next task: the click has started the download by then.
    window.setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  return (
    <section className="ds-export" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('ds.export')}</h3>
      <div className="ds-export__bar">
        <div className="field">
          <label htmlFor={`${id}-format`}>{t('ds.exportFormat')}</label>
          <select id={`${id}-format`} value={format} onChange={(e) => isExportFormat(e.target.value) && setFormat(e.target.value)}>
            {EXPORT_FORMATS.map((f) => (
              <option key={f} value={f}>
                {t(`ds.export.${f}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="actions">
          <button type="button" className="button button--small" onClick={() => void copy()} disabled={state.phase !== 'ready'}>
            {t('common.copy')}
          </button>
          <button type="button" className="button button--small" onClick={download} disabled={state.phase !== 'ready'}>
            {t('ds.download', { file: file.fileName })}
          </button>
          <span role="status" className={copied === 'failed' ? 'text-danger small' : 'muted small'}>
            {copied === 'ok' ? t('common.copied') : copied === 'failed' ? t('common.copyFailed') : ''}
          </span>
        </div>
      </div>
      <div aria-live="polite">
        {state.phase === 'loading' && <p className="muted">{t('ds.exportLoading')}</p>}
        {state.phase === 'error' && (
          <div className="notice notice--bad" role="alert">
            <p>{t('ds.exportError', { message: state.message })}</p>
            <button type="button" className="button" onClick={() => setAttempt((n) => n + 1)}>
              {t('common.retry')}
            </button>
          </div>
        )}
      </div>
      {state.phase === 'ready' && (
        // Focusable so keyboard users can scroll a long export.
        <pre className="ds-export__text" tabIndex={0} role="region" aria-label={t('ds.exportLabel', { format: t(`ds.export.${format}`) })} data-testid="ds-export-text">
          <code>{text}</code>
        </pre>
      )}
    </section>
  );
}
