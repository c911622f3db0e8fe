import { Link } from 'react-router';
import { useT } from '../app/prefs';
import type { MessageKey } from '../lib/i18n';
import { ExampleThumbnail } from './ExampleThumbnail';
import { CATEGORIES, type Example } from './examples';

const categoryKey = (category: string): MessageKey | null =>
  (CATEGORIES as readonly string[]).includes(category) ? (`library.category.${category}` as MessageKey) : null;

/** One curated example: its live thumbnail, what it is, and the way into the workspace. */
export function ExampleCard({ example, targetLabel }: { example: Example; targetLabel: string }) {
  const t = useT();
  const category = categoryKey(example.category);
  const titleId = `example-${example.id}`;
  return (
    <article className="library-card" aria-labelledby={titleId} data-example={example.id}>
      <ExampleThumbnail example={example} />
      <div className="library-card__body">
        <h2 id={titleId} className="library-card__name">
          {example.name}
        </h2>
        <p className="library-card__description">{example.description}</p>
        <dl className="facts library-card__facts">
          <div>
            <dt>{t('library.target')}</dt>
            <dd className="library-card__target">{targetLabel}</dd>
          </div>
          {category && (
            <div>
              <dt>{t('library.category')}</dt>
              <dd>{t(category)}</dd>
            </div>
          )}
        </dl>
        {/* The name completes the repeated visible label for screen-reader link lists. */}
        <Link
          className="button button--small library-card__open"
          to={`/workspace?example=${encodeURIComponent(example.id)}`}
          aria-label={`${t('library.open')}: ${example.name}`}
        >
          {t('library.open')}
        </Link>
      </div>
    </article>
  );
}
