import { useEffect, useRef, useState, type RefObject } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useAuth } from '../app/auth';
import { usePrefs, useTitle } from '../app/prefs';
import type { ComponentPage } from '../lib/anclora-api';
import { asHttpError, type HttpError } from '../lib/http';
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
  // The page of results with the search it answers, so the status never pairs a new query with old counts.
  const [data, setData] = useState<(ComponentPage & { query: string }) | null>(null);
  const [error, setError] = useState<HttpError | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (auth.status !== 'signed-in') return;
    let live = true;
    setError(null);
    const search = query ? `&q=${encodeURIComponent(query)}` : '';
    auth.request<ComponentPage>(`/api/components?page=${page}&limit=${LIMIT}${search}`).then(
      (body) => live && setData({ ...body, query }),
      (cause: unknown) => live && setError(asHttpError(cause)),
    );
    return () => {
      live = false;
    };
  }, [auth, auth.status, page, query, attempt]);

  const pages = data ? pageCount(data.total, data.limit) : 1;
  const go = (next: number) => setParams({ ...(query ? { q: query } : {}), ...(next === 1 ? {} : { page: String(next) }) });
  const searchFor = (q: string) => setParams(q.trim() ? { q: q.trim() } : {});
  const searchInput = useRef<HTMLInputElement>(null);
  const clearSearch = () => {
    searchFor('');
    // The button goes away with the "no match" panel: focus goes where the next search is typed.
    searchInput.current?.focus();
  };
  const signedIn = auth.status === 'signed-in';
  const noMatch = data !== null && data.items.length === 0 && data.page === 1 && data.query !== '';
  // Said by one region that is always there: a region inserted already filled is often not announced.
  const searchStatus = !data?.query ? '' : noMatch ? t('list.noMatch', { q: data.query }) : t('list.matches', { n: data.total, q: data.query });

  return (
    <div className="container page">
      <h1>{t('list.title')}</h1>
      {/* One form for every state below, so a search that changes what is shown never takes the focus away. */}
      {signedIn && (
        <>
          <SearchForm initial={query} onSearch={searchFor} inputRef={searchInput} />
          <div role="status" className="muted" data-testid="search-status">
            {searchStatus && <p>{searchStatus}</p>}
          </div>
        </>
      )}
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
      ) : noMatch ? (
        <div className="panel empty-state">
          <button type="button" className="button" onClick={clearSearch}>
            {t('list.clearSearch')}
          </button>
        </div>
      ) : data.items.length === 0 && page === 1 ? (
        <div className="panel empty-state">
          <p>{t('list.empty')}</p>
          <Link className="button button--primary" to="/workspace">
            {t('list.emptyCta')}
          </Link>
        </div>
      ) : (
        <>
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
function SearchForm({ initial, onSearch, inputRef }: { initial: string; onSearch(q: string): void; inputRef: RefObject<HTMLInputElement | null> }) {
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
        <input ref={inputRef} id="list-search" type="search" value={value} maxLength={100} onChange={(event) => setValue(event.target.value)} />
        <button type="submit" className="button">
          {t('list.searchButton')}
        </button>
      </div>
    </form>
  );
}
