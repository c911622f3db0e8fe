import { Link } from 'react-router';
import { useT } from '../app/prefs';
import { keepItHref, stashTrialWork, type TrialWork } from './trial-stash';

/**
 * The anonymous visitor's invitation to keep the result. Following either link
 * stashes the work; back on the workspace with the keep marker, signed in, it is saved.
 */
export function KeepItCallout({ work }: { work: TrialWork }) {
  const t = useT();
  const keep = () => stashTrialWork(sessionStorage, work);
  return (
    <div className="panel callout">
      <h2 className="h3">{t('ws.keepIt')}</h2>
      <p>{t('ws.keepItBody')}</p>
      <div className="actions">
        <Link className="button button--primary" to={keepItHref('signup')} onClick={keep}>
          {t('nav.signup')}
        </Link>
        <Link to={keepItHref('signin')} onClick={keep}>
          {t('ws.keepSignin')}
        </Link>
      </div>
    </div>
  );
}
