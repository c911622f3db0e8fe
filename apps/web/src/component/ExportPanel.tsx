import { useState } from 'react';
import { useAuth } from '../app/auth';
import { usePrefs } from '../app/prefs';
import { fetchDownloadSignedIn, saveBlob, type CompiledOutput, type Target } from '../lib/anclora-api';
import { asHttpError } from '../lib/http';
import { codePenData, CODEPEN_DEFINE_URL } from './codepen';
import { CopyButton } from './CopyButton';

interface ExportPanelProps {
  componentId: string;
  name: string;
  description: string | null;
  target: string;
  targets: readonly Target[];
  onTarget(target: string): void;
  /** The compiled files of the chosen target (null while compiling). */
  code: CompiledOutput | null;
}

type DownloadState = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; file: string } | { kind: 'failed'; message: string };

/** The target picker that drives the page, and the ways out: copy, zip per target, CodePen. */
export function ExportPanel({ componentId, name, description, target, targets, onTarget, code }: ExportPanelProps) {
  const { t } = usePrefs();
  const auth = useAuth();
  const [download, setDownload] = useState<DownloadState>({ kind: 'idle' });
  const current = code?.target === target ? code : null;
  const entry = current?.files.find((f) => f.path === current.entry) ?? current?.files[0];
  const pen = current ? codePenData({ name, description, target: current.target, files: current.files, entry: current.entry }) : null;
  const label = targets.find((tg) => tg.id === target)?.label ?? target;

  const downloadZip = async () => {
    if (download.kind === 'busy') return;
    setDownload({ kind: 'busy' });
    try {
      const path = `/api/components/${encodeURIComponent(componentId)}/export?target=${encodeURIComponent(target)}`;
      const { blob, fileName } = await fetchDownloadSignedIn({ path, fallbackName: `component-${target}.zip` }, auth);
      saveBlob(blob, fileName);
      setDownload({ kind: 'done', file: fileName });
    } catch (cause) {
      const error = asHttpError(cause);
      setDownload({ kind: 'failed', message: error.status === 0 ? `${t('err.network')} ${t('common.offlineHint')}` : error.message });
    }
  };

  return (
    <section className="panel export" aria-labelledby="export-title">
      <h2 id="export-title" className="h3">
        {t('component.exportTitle')}
      </h2>
      <label htmlFor="detail-target">{t('ws.target')}</label>
      <select id="detail-target" value={target} onChange={(e) => onTarget(e.target.value)}>
        {(targets.length ? targets : [{ id: target, label: target } as Target]).map((tg) => (
          <option key={tg.id} value={tg.id}>
            {tg.label}
          </option>
        ))}
      </select>
      {!current && (
        <p className="muted small" role="status">
          {t('component.codeLoading')}
        </p>
      )}
      <div className="export__actions">
        <CopyButton text={entry?.content ?? ''} label={t('component.copyCode')} describedBy="export-copy-what" />
        <span id="export-copy-what" className="visually-hidden">
          {entry ? t('component.copyCodeOf', { file: entry.path }) : ''}
        </span>
        <button type="button" className="button button--small" aria-disabled={download.kind === 'busy'} onClick={() => void downloadZip()}>
          {t('component.download')}
        </button>
      </div>
      <p role="status" className={download.kind === 'failed' ? 'text-danger small' : 'muted small'}>
        {download.kind === 'busy'
          ? t('component.downloading')
          : download.kind === 'done'
            ? t('component.downloaded', { file: download.file })
            : download.kind === 'failed'
              ? t('component.downloadFailed', { message: download.message })
              : ''}
      </p>
      {pen ? (
        // A plain form POST, as CodePen's prefill API asks; the pen opens in a new tab.
        <form className="export__codepen" method="post" action={CODEPEN_DEFINE_URL} target="_blank" rel="noopener noreferrer" data-testid="codepen-form">
          <input type="hidden" name="data" value={JSON.stringify(pen)} />
          <button type="submit" className="button button--small" aria-describedby="codepen-hint">
            {t('component.codepen')}
          </button>
          <p id="codepen-hint" className="field__hint">
            {t('component.codepenHint')}
          </p>
        </form>
      ) : (
        current && <p className="muted small">{t('component.codepenUnsupported', { target: label })}</p>
      )}
    </section>
  );
}
