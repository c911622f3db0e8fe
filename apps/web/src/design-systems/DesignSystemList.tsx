import { Link } from 'react-router';
import { useT } from '../app/prefs';
import type { DesignSystemView } from './design-systems-api';

interface DesignSystemListProps {
  systems: DesignSystemView[];
  selectedId: string | null;
  signedIn: boolean;
}

/** Your design systems, then the presets; each links to its bookmarkable detail (?id=). */
export function DesignSystemList({ systems, selectedId, signedIn }: DesignSystemListProps) {
  const t = useT();
  const own = systems.filter((s) => !s.builtIn);
  const presets = systems.filter((s) => s.builtIn);
  return (
    <nav className="ds-list" aria-label={t('ds.title')}>
      <Link to="/design-systems" className="button button--small ds-list__new" aria-current={selectedId === null ? 'page' : undefined}>
        {t('ds.new')}
      </Link>
      {signedIn && (
        <>
          <h2 className="h3">{t('ds.own')}</h2>
          {own.length === 0 ? (
            <p className="muted small" data-testid="ds-own-empty">
              {t('ds.ownEmpty')}
            </p>
          ) : (
            <ListItems systems={own} selectedId={selectedId} testId="ds-own-list" />
          )}
        </>
      )}
      <h2 className="h3">{t('ds.presets')}</h2>
      <ListItems systems={presets} selectedId={selectedId} testId="ds-preset-list" />
    </nav>
  );
}

function ListItems({ systems, selectedId, testId }: { systems: DesignSystemView[]; selectedId: string | null; testId: string }) {
  const t = useT();
  return (
    <ul className="ds-list__items" data-testid={testId}>
      {systems.map((s) => (
        <li key={s.id}>
          <Link to={`/design-systems?id=${encodeURIComponent(s.id)}`} className="ds-list__link" aria-current={s.id === selectedId ? 'page' : undefined}>
            <span className="ds-list__name">{s.name}</span>
            <span className="small muted">
              {t('ds.tokenCount', { n: s.tokenCount })}
              {!s.builtIn && ` · ${t('ds.version', { v: s.version })}`}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
