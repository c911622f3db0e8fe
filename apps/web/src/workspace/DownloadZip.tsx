import { useState } from 'react';
import { useAuth } from '../app/auth';
import { useT } from '../app/prefs';
import { fetchDownloadSignedIn, saveBlob, type ComponentSpec, type DownloadRequest } from '../lib/anclora-api';
import { asHttpError } from '../lib/http';

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
  const auth = useAuth();
  const [state, setState] = useState<State>({ phase: 'idle' });

  const download = async () => {
    if (state.phase === 'busy') return;
    setState({ phase: 'busy' });
    const request: DownloadRequest = componentId
      ? { path: `/api/components/${encodeURIComponent(componentId)}/export?target=${encodeURIComponent(target)}`, fallbackName: `component-${target}.zip` }
      : { path: '/api/export', method: 'POST', body: { spec, target, designSystemId }, fallbackName: `${spec.name}-${target}.zip` };
    try {
      const result = await fetchDownloadSignedIn(request, auth);
      saveBlob(result.blob, result.fileName);
      setState({ phase: 'done', fileName: result.fileName });
    } catch (error) {
      const http = asHttpError(error);
      setState({ phase: 'error', message: http.status === 0 ? `${t('err.network')} ${t('common.offlineHint')}` : http.message });
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
