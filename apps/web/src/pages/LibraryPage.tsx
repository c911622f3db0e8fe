import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useT, useTitle } from '../app/prefs';
import { asHttpError, type HttpError } from '../lib/http';
import { ExampleCard } from '../library/ExampleCard';
import { facetCounts, filterExamples, filterToSearch, readFilter, type ExampleList, type LibraryFilter } from '../library/examples';
import { LibraryFilters } from '../library/LibraryFilters';
import { loadExamples } from '../library/library-api';
import { useTargetLabels } from '../library/useTargetLabels';
import '../library/library.css';

/** The curated examples, filtered by category and styling in the URL (?category=&target=), each with a live thumbnail. */
export default function LibraryPage() {
  const t = useT();
  useTitle(t('library.title'));
  const [params, setParams] = useSearchParams();
  const { category, target } = readFilter(params);
  const filter = useMemo<LibraryFilter>(() => ({ category, target }), [category, target]);
  const targetLabel = useTargetLabels();
  const [list, setList] = useState<ExampleList | null>(null);
  const [error, setError] = useState<HttpError | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setError(null);
    loadExamples().then(
      (body) => live && setList(body),
      (cause: unknown) => live && setError(asHttpError(cause)),
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  const shown = useMemo(() => (list ? filterExamples(list.items, filter) : []), [list, filter]);
  const counts = useMemo(() => facetCounts(list?.items ?? [], filter), [list, filter]);
  const change = (next: LibraryFilter) => setParams(new URLSearchParams(filterToSearch(next)), { preventScrollReset: true });

  return (
    <div className="container page library">
      <h1>{t('library.title')}</h1>
      <p className="library__lead">{t('library.lead')}</p>
      {error ? (
        <div className="notice notice--bad" role="alert">
          <p>{error.status === 0 ? `${t('err.network')} ${t('common.offlineHint')}` : t('library.loadError', { message: error.message })}</p>
          <button type="button" className="button" onClick={() => setAttempt((n) => n + 1)}>
            {t('common.retry')}
          </button>
        </div>
      ) : !list ? (
        <p role="status" className="muted">
          {t('common.loading')}
        </p>
      ) : (
        <>
          <LibraryFilters filter={filter} counts={counts} onChange={change} />
          <p role="status" className="library__status muted" data-testid="library-status">
            {t('library.showing', { n: shown.length, total: list.items.length })}
          </p>
          {shown.length === 0 ? (
            <div className="panel empty-state">
              <p>{t('library.empty')}</p>
              <button type="button" className="button button--primary" onClick={() => change({ category: null, target: null })}>
                {t('library.showAll')}
              </button>
            </div>
          ) : (
            <ul className="library-grid" data-testid="library-grid">
              {shown.map((example) => (
                <li key={example.id}>
                  <ExampleCard example={example} targetLabel={targetLabel(example.target)} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
