import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useAuth } from '../app/auth';
import { usePrefs, useTitle } from '../app/prefs';
import type { ComponentPage } from '../lib/anclora-api';
import { HttpError } from '../lib/http';
import { pageCount, positiveInt } from '../lib/preview-protocol';

const LIMIT = 10;

/** Your saved components, newest first, with the search and the page in the URL (?q=&page=). */
export default function ComponentsPage() {
  const { t, lang } = usePrefs();
  useTitle(t('list.title'));
  const auth = useAuth();
  const [params, setParams] = useSearchParams();
  const page = positiveInt(params.get('page'), 1);
  const query = params.get('q')?.trim() ?? '';
  const [data, setData] = useState<ComponentPage | null>(null);
  const [error, setError] = useState<HttpError | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (auth.status !== 'signed-in') return;
    let live = true;
    setError(null);
    const search = query ? `&q=${encodeURIComponent(query)}` : '';
    auth.request<ComponentPage>(`/api/components?page=${page}&limit=${LIMIT}${search}`).then(
      (body) => live && setData(body),
      (cause: unknown) => live && setError(cause instanceof HttpError ? cause : new HttpError(0, 'NETWORK_ERROR', String(cause))),
    );
    return () => {
      live = false;
    };
  }, [auth, auth.status, page, query, attempt]);

  const pages = data ? pageCount(data.total, data.limit) : 1;
  const go = (next: number) => setParams({ ...(query ? { q: query } : {}), ...(next === 1 ? {} : { page: String(next) }) });
  const searchFor = (q: string) => setParams(q.trim() ? { q: q.trim() } : {});

  return (
    <div className="container page">
      <h1>{t('list.title')}</h1>
      {auth.status === 'checking' ? (
        <p role="status" className="muted">
          {t('auth.checking')}
        </p>
      ) : auth.status === 'anonymous' ? (
        <div className="panel">
          <p>{t('list.signin')}</p>
          <p className="actions">
            <Link className="button button--primary" to="/signin?next=/components">
              {t('nav.signin')}
            </Link>
            <Link to="/signup?next=/components">{t('nav.signup')}</Link>
          </p>
        </div>
      ) : error ? (
        <div className="notice notice--bad" role="alert">
          <p>{error.status === 0 ? `${t('err.network')} ${t('common.offlineHint')}` : t('common.error', { message: error.message })}</p>
          <button type="button" className="button" onClick={() => setAttempt((n) => n + 1)}>
            {t('common.retry')}
          </button>
        </div>
      ) : !data ? (
        <p role="status" className="muted">
          {t('common.loading')}
        </p>
      ) : data.items.length === 0 && page === 1 && query ? (
        <>
          <SearchForm initial={query} onSearch={searchFor} />
          <div className="panel empty-state">
            <p role="status">{t('list.noMatch', { q: query })}</p>
            <button type="button" className="button" onClick={() => searchFor('')}>
              {t('list.clearSearch')}
            </button>
          </div>
        </>
      ) : data.items.length === 0 && page === 1 ? (
        <div className="panel empty-state">
          <p>{t('list.empty')}</p>
          <Link className="button button--primary" to="/workspace">
            {t('list.emptyCta')}
          </Link>
        </div>
      ) : (
        <>
          <SearchForm initial={query} onSearch={searchFor} />
          {query && (
            <p role="status" className="muted">
              {t('list.matches', { n: data.total, q: query })}
            </p>
          )}
          <ul className="component-list" data-testid="component-list">
            {data.items.map((c) => (
              <li key={c.id} className="component-list__item">
                <Link to={`/components/${c.id}`} className="component-list__name">
                  {c.name}
                </Link>
                {c.description && <span className="muted">{c.description}</span>}
                <span className="small muted">
                  {t('list.version', { v: c.version })} · {t('list.updated', { date: new Date(c.updatedAt).toLocaleString(lang) })}
                  {c.isPublic && (
                    <>
                      {' '}
                      · <span className="badge badge--good">{t('list.public')}</span>
                    </>
                  )}
                </span>
              </li>
            ))}
          </ul>
          <nav className="pagination" aria-label={t('list.page', { page, pages })}>
            <button type="button" className="button" disabled={page <= 1} onClick={() => go(page - 1)}>
              {t('common.previous')}
            </button>
            <span aria-current="page">{t('list.page', { page, pages })}</span>
            <button type="button" className="button" disabled={page >= pages} onClick={() => go(page + 1)}>
              {t('common.next')}
            </button>
          </nav>
        </>
      )}
    </div>
  );
}

/** A search box that applies on submit (Enter or the button), so each keystroke is not a request. */
function SearchForm({ initial, onSearch }: { initial: string; onSearch(q: string): void }) {
  const { t } = usePrefs();
  const [value, setValue] = useState(initial);
  useEffect(() => setValue(initial), [initial]);
  return (
    <form
      role="search"
      className="list-search"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(value);
      }}
    >
      <label htmlFor="list-search">{t('list.search')}</label>
      <div className="list-search__row">
        <input id="list-search" type="search" value={value} maxLength={100} onChange={(event) => setValue(event.target.value)} />
        <button type="submit" className="button">
          {t('list.searchButton')}
        </button>
      </div>
    </form>
  );
}
