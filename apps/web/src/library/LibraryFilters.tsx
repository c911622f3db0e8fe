import { useT } from '../app/prefs';
import type { MessageKey } from '../lib/i18n';
import { CATEGORIES, STYLING_TARGETS, type FacetCounts, type LibraryFilter } from './examples';

interface Option<V> {
  value: V | null;
  label: string;
  count: number;
}

/** Two groups of toggle buttons (category, styling), each with how many cards it would show. */
export function LibraryFilters({ filter, counts, onChange }: { filter: LibraryFilter; counts: FacetCounts; onChange(next: LibraryFilter): void }) {
  const t = useT();
  const categories: Option<LibraryFilter['category']>[] = [
    { value: null, label: t('library.all'), count: counts.category.all },
    ...CATEGORIES.map((c) => ({ value: c, label: t(`library.category.${c}` as MessageKey), count: counts.category[c] })),
  ];
  const stylings: Option<LibraryFilter['target']>[] = [
    { value: null, label: t('library.all'), count: counts.target.all },
    ...STYLING_TARGETS.map((s) => ({ value: s, label: t(`library.styling.${s}` as MessageKey), count: counts.target[s] })),
  ];
  return (
    <section className="library-filters" aria-labelledby="library-filters-title">
      <h2 id="library-filters-title" className="visually-hidden">
        {t('library.filters')}
      </h2>
      <FilterGroup id="category" label={t('library.category')} options={categories} selected={filter.category} onSelect={(category) => onChange({ ...filter, category })} />
      <FilterGroup id="styling" label={t('library.styling')} options={stylings} selected={filter.target} onSelect={(target) => onChange({ ...filter, target })} />
    </section>
  );
}

function FilterGroup<V>({ id, label, options, selected, onSelect }: { id: string; label: string; options: Option<V>[]; selected: V | null; onSelect(value: V | null): void }) {
  const labelId = `library-filter-${id}`;
  return (
    <div className="library-filters__group" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="library-filters__label">
        {label}
      </span>
      <div className="chips">
        {options.map((option) => (
          <button key={String(option.value)} type="button" className="chip" aria-pressed={option.value === selected} onClick={() => onSelect(option.value)}>
            {option.label} ({option.count})
          </button>
        ))}
      </div>
    </div>
  );
}
