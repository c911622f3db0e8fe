import { useState } from 'react';
import { useAuth } from '../app/auth';
import { useT } from '../app/prefs';
import { fetchDownload, saveBlob, type ComponentSpec, type DownloadRequest } from '../lib/anclora-api';
import { HttpError } from '../lib/http';

interface DownloadZipProps {
  spec: ComponentSpec;
  target: string;
  designSystemId: string;
  /** The saved component when what is on screen is its current version; else the spec is exported as is. */
  componentId: string | null;
}

type State = { phase: 'idle' } | { phase: 'busy' } | { phase: 'done'; fileName: string } | { phase: 'error'; message: string };

/** "Download zip" for the current target: the saved component's export, or POST /api/export for unsaved work. */
export function DownloadZip({ spec, target, designSystemId, componentId }: DownloadZipProps) {
  const t = useT();
  const { getToken, refresh } = useAuth();
  const [state, setState] = useState<State>({ phase: 'idle' });

  const download = async () => {
    if (state.phase === 'busy') return;
    setState({ phase: 'busy' });
    const request: DownloadRequest = componentId
      ? { path: `/api/components/${encodeURIComponent(componentId)}/export?target=${encodeURIComponent(target)}`, fallbackName: `component-${target}.zip` }
      : { path: '/api/export', method: 'POST', body: { spec, target, designSystemId }, fallbackName: `${spec.name}-${target}.zip` };
    try {
      let result;
      try {
        result = await fetchDownload(request, getToken());
      } catch (error) {
        // An expired access token: renew once and retry.
        if (error instanceof HttpError && error.status === 401 && getToken() && (await refresh())) result = await fetchDownload(request, getToken());
        else throw error;
      }
      saveBlob(result.blob, result.fileName);
      setState({ phase: 'done', fileName: result.fileName });
    } catch (error) {
      const message = error instanceof HttpError && error.status === 0 ? `${t('err.network')} ${t('common.offlineHint')}` : error instanceof Error ? error.message : String(error);
      setState({ phase: 'error', message });
    }
  };

  return (
    <>
      <button type="button" className="button button--small" aria-disabled={state.phase === 'busy'} onClick={() => void download()}>
        {state.phase === 'busy' ? t('ws.downloading') : t('ws.download')}
      </button>
      <span className="visually-hidden" role="status">
        {state.phase === 'done' ? t('ws.downloaded', { file: state.fileName }) : ''}
      </span>
      {state.phase === 'error' && (
        <p className="notice notice--bad download-error" role="alert">
          {t('ws.downloadFailed', { message: state.message })}
        </p>
      )}
    </>
  );
}
