import { Link } from 'react-router';
import { useT, useTitle } from '../app/prefs';
import { LiveExampleSection } from '../library/LiveExampleSection';
import { ServiceStatus } from '../ServiceStatus';
import { TargetList } from '../TargetList';

export function LandingPage() {
  const t = useT();
  useTitle(t('landing.title'));
  return (
    <div className="container stack">
      <section className="intro" aria-labelledby="intro-title">
        <h1 id="intro-title">{t('landing.title')}</h1>
        <p className="intro__lead">{t('landing.lead')}</p>
        <p>{t('landing.body')}</p>
        <p className="intro__actions">
          <Link className="button button--primary" to="/workspace">
            {t('landing.cta')}
          </Link>
          <span className="muted">{t('landing.trial')}</span>
        </p>
      </section>
      <LiveExampleSection />
      <section className="card" aria-labelledby="how-title">
        <h2 id="how-title">{t('landing.howTitle')}</h2>
        <ol className="steps">
          <li>{t('landing.step1')}</li>
          <li>{t('landing.step2')}</li>
          <li>{t('landing.step3')}</li>
          <li>{t('landing.step4')}</li>
        </ol>
      </section>
      <TargetList />
      <ServiceStatus />
    </div>
  );
}
