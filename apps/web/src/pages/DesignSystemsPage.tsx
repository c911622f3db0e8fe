import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useAuth } from '../app/auth';
import { useT, useTitle } from '../app/prefs';
import type { HttpError } from '../lib/http';
import { ApiErrorNotice } from '../design-systems/ApiErrorNotice';
import { asHttpError, listDesignSystems, type DesignSystemView, type SavedDesignSystem } from '../design-systems/design-systems-api';
import { DesignSystemDetail } from '../design-systems/DesignSystemDetail';
import { DesignSystemList } from '../design-systems/DesignSystemList';
import { ImportForm } from '../design-systems/ImportForm';
import { PresetForm } from '../design-systems/PresetForm';
import '../design-systems/design-systems.css';

/**
 * Design systems: the presets and your own in a list; the selected one's
 * tokens and exports (bookmarkable as ?id=); otherwise the ways to add one.
 */
export default function DesignSystemsPage() {
  const t = useT();
  useTitle(t('ds.title'));
  const auth = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const selectedId = params.get('id');
  const [systems, setSystems] = useState<DesignSystemView[] | null>(null);
  const [error, setError] = useState<HttpError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState<SavedDesignSystem | null>(null);
  const [deleted, setDeleted] = useState<string | null>(null);
  // A bookmark's first load keeps focus where the browser put it; later choices move it to the detail.
  const initialId = useRef(selectedId);
  const moved = useRef(false);
  useEffect(() => {
    if (selectedId !== initialId.current) moved.current = true;
  }, [selectedId]);
  const signedIn = auth.status === 'signed-in';

  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    if (auth.status === 'checking') return;
    let live = true;
    setError(null);
    listDesignSystems(auth.request).then(
      (list) => live && setSystems(list),
      (cause: unknown) => live && setError(asHttpError(cause)),
    );
    return () => {
      live = false;
    };
  }, [auth.request, auth.status, attempt]);

  const created = (next: SavedDesignSystem) => {
    setSaved(next);
    setDeleted(null);
    reload();
    navigate(`/design-systems?id=${encodeURIComponent(next.id)}`);
  };

  const presets = systems?.filter((s) => s.builtIn) ?? [];

  return (
    <div className="container container--wide page ds-page">
      <h1>{t('ds.title')}</h1>
      <p className="intro__lead">{t('ds.lead')}</p>
      <div role="status" className="live">
        {deleted && !selectedId && <p className="notice notice--good">{t('ds.deleted', { name: deleted })}</p>}
      </div>
      {auth.status === 'checking' || (!systems && !error) ? (
        <p role="status" className="muted">
          {t('common.loading')}
        </p>
      ) : error && !systems ? (
        <div>
          <p>{t('ds.loadError')}</p>
          <ApiErrorNotice error={error} onRetry={reload} />
        </div>
      ) : (
        <div className="ds-layout">
          <DesignSystemList systems={systems ?? []} selectedId={selectedId} signedIn={signedIn} />
          <div className="ds-main">
            {selectedId ? (
              <DesignSystemDetail
                key={selectedId}
                id={selectedId}
                saved={saved}
                focusOnLoad={moved.current || selectedId !== initialId.current}
                onRenamed={() => reload()}
                onDeleted={(system) => {
                  setSaved(null);
                  setDeleted(system.name);
                  reload();
                  navigate('/design-systems');
                }}
              />
            ) : signedIn ? (
              <>
                <p className="muted">{t('ds.chooseHint')}</p>
                <ImportForm onCreated={created} />
                <PresetForm presets={presets} onCreated={created} />
              </>
            ) : (
              <>
                <section className="panel" aria-labelledby="ds-signin-title" data-testid="ds-signin">
                  <h2 id="ds-signin-title">{t('ds.signinTitle')}</h2>
                  <p>{t('ds.signinBody')}</p>
                  <p className="actions">
                    <Link className="button button--primary" to="/signin?next=/design-systems">
                      {t('nav.signin')}
                    </Link>
                    <Link to="/signup?next=/design-systems">{t('nav.signup')}</Link>
                  </p>
                </section>
                <p className="muted">{t('ds.chooseHint')}</p>
              </>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
