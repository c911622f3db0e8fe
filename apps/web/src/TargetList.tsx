import { useEffect, useState } from 'react';
import { useT } from './app/prefs';
import type { Target } from './lib/anclora-api';
import { requestJson } from './lib/http';

/** GET /api/targets, shared by the landing page and the workspace (one request per page load). */
let targetsRequest: Promise<Target[]> | null = null;
export function loadTargets(): Promise<Target[]> {
  targetsRequest ??= requestJson<{ targets: Target[] }>('/api/targets').then(
    (body) => body.targets,
    (error: unknown) => {
      targetsRequest = null;
      throw error;
    },
  );
  return targetsRequest;
}

export function TargetList() {
  const t = useT();
  const [targets, setTargets] = useState<Target[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    loadTargets().then(
      (list) => live && (setTargets(list), setFailed(false)),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  return (
    <section id="targets" className="card" aria-labelledby="targets-title">
      <h2 id="targets-title">{t('landing.targetsTitle')}</h2>
      <p className="muted">{t('landing.targetsLead')}</p>
      {failed ? (
        <p className="notice notice--bad">
          {t('ws.targetsError')}{' '}
          <button type="button" className="button" onClick={() => setAttempt((n) => n + 1)}>
            {t('common.retry')}
          </button>
        </p>
      ) : !targets ? (
        <p className="muted" role="status">
          {t('common.loading')}
        </p>
      ) : (
        <ul className="target-list">
          {targets.map((target) => (
            <li key={target.id} className="target-list__item">
              <span className="target-list__label">{target.label}</span>
              <span className="target-list__detail">{target.detail}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
