import { useEffect, useRef, type ReactNode } from 'react';
import { Link, NavLink, useLocation, useNavigate } from 'react-router';
import { LANGS, type Lang } from '../lib/i18n';
import { useAuth } from './auth';
import { useOnline, usePrefs, type ThemeChoice } from './prefs';

const LANG_NAMES: Record<Lang, string> = { en: 'English', es: 'Español' };

export function Layout({ children }: { children: ReactNode }) {
  const { t } = usePrefs();
  const online = useOnline();
  const main = useRef<HTMLElement>(null);
  const location = useLocation();
  const first = useRef(true);

  // After a client-side navigation, move focus to the new page so screen readers announce it.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus({ preventScroll: false });
  }, [location.pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('skip')}
      </a>
      <SiteHeader />
      {!online && (
        <div className="offline-banner" role="status">
          <div className="container">{t('offline')}</div>
        </div>
      )}
      <main id="main" ref={main} tabIndex={-1} className="site-main">
        {children}
      </main>
      <footer className="site-footer">
        <div className="container site-footer__inner">
          <p>{t('footer.tagline')}</p>
          <p>
            <a href="/api/docs">{t('nav.apiDocs')}</a>
          </p>
        </div>
      </footer>
    </>
  );
}

function SiteHeader() {
  const { t, lang, setLang, theme, setTheme } = usePrefs();
  const auth = useAuth();
  const navigate = useNavigate();
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link className="brand" to="/">
          <svg aria-hidden="true" width="24" height="24" viewBox="0 0 24 24" className="brand__mark">
            <path d="M12 2 3 7v10l9 5 9-5V7z" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
            <path d="M12 7v10M7.5 9.5 12 12l4.5-2.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
          {t('app.name')}
        </Link>
        <nav aria-label={t('nav.primary')}>
          <ul className="nav-list">
            <li>
              <NavLink to="/" end>
                {t('nav.home')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/workspace">{t('nav.workspace')}</NavLink>
            </li>
            <li>
              <NavLink to="/library">{t('library.title')}</NavLink>
            </li>
            <li>
              <NavLink to="/design-systems">{t('ds.title')}</NavLink>
            </li>
            {auth.status === 'signed-in' && (
              <li>
                <NavLink to="/components">{t('nav.components')}</NavLink>
              </li>
            )}
            <li>
              <NavLink to="/pricing">{t('pricing.title')}</NavLink>
            </li>
          </ul>
        </nav>
        <div className="header-tools">
          <label className="header-select">
            <span className="visually-hidden">{t('prefs.language')}</span>
            <select value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
              {LANGS.map((l) => (
                <option key={l} value={l} lang={l}>
                  {LANG_NAMES[l]}
                </option>
              ))}
            </select>
          </label>
          <label className="header-select">
            <span className="visually-hidden">{t('prefs.theme')}</span>
            <select value={theme} onChange={(e) => setTheme(e.target.value as ThemeChoice)}>
              <option value="system">
                {t('prefs.theme')}: {t('prefs.theme.system')}
              </option>
              <option value="light">
                {t('prefs.theme')}: {t('prefs.theme.light')}
              </option>
              <option value="dark">
                {t('prefs.theme')}: {t('prefs.theme.dark')}
              </option>
            </select>
          </label>
          {auth.status === 'signed-in' && auth.user ? (
            <>
              <span className="header-user">{t('nav.signedInAs', { name: auth.user.name ?? auth.user.email })}</span>
              <button
                type="button"
                className="button button--header"
                onClick={() => {
                  void auth.logout().finally(() => navigate('/'));
                }}
              >
                {t('nav.signout')}
              </button>
            </>
          ) : auth.status === 'anonymous' ? (
            <>
              <NavLink className="header-link" to="/signin">
                {t('nav.signin')}
              </NavLink>
              <NavLink className="button button--header" to="/signup">
                {t('nav.signup')}
              </NavLink>
            </>
          ) : null}
        </div>
      </div>
    </header>
  );
}
