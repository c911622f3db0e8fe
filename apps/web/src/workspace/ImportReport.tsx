import { useT } from '../app/prefs';
import type { UnsupportedConstruct } from '../lib/anclora-api';

/** What the importer could not carry into the spec (it never drops anything silently). */
export function ImportReport({ items }: { items: readonly UnsupportedConstruct[] }) {
  const t = useT();
  return (
    <section className="panel" aria-labelledby="ws-import-report" data-testid="import-report">
      <h2 id="ws-import-report" className="h3">
        {t('ws.unsupportedTitle')}
      </h2>
      {items.length === 0 ? (
        <p className="muted">{t('ws.unsupportedNone')}</p>
      ) : (
        <>
          <p>{t('ws.unsupportedLead', { n: items.length })}</p>
          <ul className="finding-list">
            {items.map((item, i) => (
              <li key={i}>
                <code>{item.construct}</code>
                {item.path && item.path !== item.construct && (
                  <>
                    {' '}
                    <span className="muted small">({item.path})</span>
                  </>
                )}
                : {item.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
