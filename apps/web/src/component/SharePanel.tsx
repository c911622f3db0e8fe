import { useCallback, useState } from 'react';
import { Link } from 'react-router';
import { useAuth } from '../app/auth';
import { useT } from '../app/prefs';
import type { ComponentView } from '../lib/anclora-api';
import { errorMessage } from '../lib/http';
import { CopyButton } from './CopyButton';
import { embedSnippet, shareUrl } from './share-links';

interface SharePanelProps {
  component: ComponentView;
  onChange(component: ComponentView): void;
}

/** The public switch; once public, the share link and the embed snippet to copy. */
export function SharePanel({ component, onChange }: SharePanelProps) {
  const t = useT();
  const auth = useAuth();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const toggle = useCallback(async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      onChange(await auth.request<ComponentView>(`/api/components/${encodeURIComponent(component.id)}`, { method: 'PATCH', body: { isPublic: !component.isPublic } }));
    } catch (cause) {
      setError(errorMessage(cause));
    } finally {
      setBusy(false);
    }
  }, [auth, busy, component, onChange]);

  const link = shareUrl(location.origin, component.id);
  const snippet = embedSnippet(location.origin, component.id, t('component.embedFrameTitle', { name: component.name }));
  return (
    <section className="panel" aria-labelledby="share-title">
      <h2 id="share-title" className="h3">
        {t('detail.share')}
      </h2>
      <button type="button" role="switch" className="switch" aria-checked={component.isPublic} aria-labelledby="share-title" aria-busy={busy} onClick={() => void toggle()}>
        <span className="switch__track" aria-hidden="true">
          <span className="switch__thumb" />
        </span>
      </button>
      {component.isPublic ? (
        <>
          <p className="share__link">
            {t('detail.shareOn')} <a href={link}>{link}</a>
          </p>
          <CopyButton text={link} label={t('component.copyLink')} />
          <h3>{t('component.embedTitle')}</h3>
          <label htmlFor="embed-snippet">{t('component.embedLabel')}</label>
          <textarea id="embed-snippet" className="share__snippet" readOnly rows={4} value={snippet} aria-describedby="embed-hint" onFocus={(e) => e.currentTarget.select()} />
          <p id="embed-hint" className="field__hint">
            {t('component.embedHint')}
          </p>
          <CopyButton text={snippet} label={t('component.copySnippet')} />
        </>
      ) : (
        <p className="muted">{t('detail.shareOff')}</p>
      )}
      {error && (
        <p className="notice notice--bad" role="alert">
          {error}
        </p>
      )}
      <p>
        <Link to={`/workspace?component=${component.id}`}>{t('detail.openWorkspace')}</Link>
      </p>
    </section>
  );
}
