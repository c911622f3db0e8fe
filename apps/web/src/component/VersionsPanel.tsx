import { useCallback, useEffect, useState } from 'react';
import { usePrefs } from '../app/prefs';
import type { ComponentDetail } from '../lib/anclora-api';
import { errorMessage } from '../lib/http';
import type { componentApi, VersionItem } from './component-api';
import { diffSpecs, type SpecDiff } from './spec-diff';
import { SpecDiffView } from './SpecDiffView';

interface VersionsPanelProps {
  api: ReturnType<typeof componentApi>;
  /** The component's current version: the list reloads when it changes. */
  currentVersion: number;
  onRestored(detail: ComponentDetail): void;
}

/** Version history (the owner's only): each version's note and date, a diff between any two, and restore (as a new version). */
export function VersionsPanel({ api, currentVersion, onRestored }: VersionsPanelProps) {
  const { t, lang } = usePrefs();
  const [items, setItems] = useState<VersionItem[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  const [diff, setDiff] = useState<{ from: number; to: number; result: SpecDiff } | null>(null);
  const [comparing, setComparing] = useState(false);
  const [status, setStatus] = useState<{ tone: 'info' | 'good' | 'bad'; text: string } | null>(null);
  const [restoring, setRestoring] = useState<number | null>(null);

  useEffect(() => {
    let live = true;
    setLoadError(null);
    api.versions().then(
      (list) => {
        if (!live) return;
        setItems(list);
        // Default comparison: the previous version against the current one.
        setTo(list[0]?.version ?? null);
        setFrom(list[1]?.version ?? list[0]?.version ?? null);
      },
      (cause: unknown) => live && setLoadError(errorMessage(cause)),
    );
    return () => {
      live = false;
    };
  }, [api, currentVersion, attempt]);

  const compare = useCallback(async () => {
    if (from === null || to === null || from === to || comparing) return;
    setComparing(true);
    setStatus(null);
    try {
      const [a, b] = await Promise.all([api.version(from), api.version(to)]);
      setDiff({ from, to, result: await diffSpecs(a.spec, b.spec) });
    } catch (cause) {
      setStatus({ tone: 'bad', text: t('component.compareFailed', { message: errorMessage(cause) }) });
    } finally {
      setComparing(false);
    }
  }, [api, comparing, from, t, to]);

  const restore = async (version: number) => {
    if (restoring !== null) return;
    setRestoring(version);
    setStatus({ tone: 'info', text: t('component.restoring', { v: version }) });
    try {
      const detail = await api.restore(version);
      setStatus({ tone: 'good', text: t('component.restored', { from: version, to: detail.component.version }) });
      onRestored(detail);
    } catch (cause) {
      setStatus({ tone: 'bad', text: t('component.restoreFailed', { v: version, message: errorMessage(cause) }) });
    } finally {
      setRestoring(null);
    }
  };

  const date = (iso: string) => new Date(iso).toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="panel versions" aria-labelledby="versions-title">
      <h2 id="versions-title">{t('component.versionsTitle')}</h2>
      {loadError ? (
        <div className="notice notice--bad" role="alert">
          <p>{t('component.versionsError', { message: loadError })}</p>
          <button type="button" className="button button--small" onClick={() => setAttempt((n) => n + 1)}>
            {t('common.retry')}
          </button>
        </div>
      ) : !items ? (
        <p className="muted" role="status">
          {t('component.versionsLoading')}
        </p>
      ) : items.length === 0 ? (
        <p className="muted">{t('component.versionsEmpty')}</p>
      ) : (
        <>
          <div className="versions__table-wrap">
            <table className="versions__table" data-testid="versions-table">
              <thead>
                <tr>
                  <th scope="col">{t('component.versionCol')}</th>
                  <th scope="col">{t('component.noteCol')}</th>
                  <th scope="col">{t('component.dateCol')}</th>
                  <th scope="col">{t('component.actionCol')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={item.version} aria-current={item.current ? 'true' : undefined}>
                    <th scope="row">
                      {item.version}
                      {item.current && <span className="badge badge--good versions__current">{t('component.current')}</span>}
                    </th>
                    <td>{item.note || <span className="muted">{t('component.noNote')}</span>}</td>
                    <td>
                      <time dateTime={item.createdAt}>{date(item.createdAt)}</time>
                    </td>
                    <td>
                      {!item.current && (
                        <button type="button" className="button button--small" aria-disabled={restoring !== null} onClick={() => void restore(item.version)}>
                          {t('component.restore')}
                          <span className="visually-hidden"> {t('component.restoreVersion', { v: item.version })}</span>
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          <h3>{t('component.compareTitle')}</h3>
          <form
            className="versions__compare"
            onSubmit={(event) => {
              event.preventDefault();
              void compare();
            }}
          >
            <VersionSelect id="version-from" label={t('component.from')} items={items} value={from} onChange={setFrom} />
            <VersionSelect id="version-to" label={t('component.to')} items={items} value={to} onChange={setTo} />
            <button type="submit" className="button" aria-disabled={comparing || from === to}>
              {comparing ? t('component.comparing') : t('component.compare')}
            </button>
          </form>
          {from === to && <p className="muted small">{t('component.sameVersion')}</p>}
        </>
      )}
      <p role="status" className={status ? `notice notice--${status.tone}` : 'component-status'}>
        {status?.text ?? ''}
      </p>
      {diff && <SpecDiffView diff={diff.result} from={diff.from} to={diff.to} />}
    </section>
  );
}

interface VersionSelectProps {
  id: string;
  label: string;
  items: VersionItem[];
  value: number | null;
  onChange(version: number): void;
}

/** One end of the comparison: a labelled choice among the component's versions. */
function VersionSelect({ id, label, items, value, onChange }: VersionSelectProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(Number(e.target.value))}>
        {items.map((item) => (
          <option key={item.version} value={item.version}>
            {item.version}
          </option>
        ))}
      </select>
    </div>
  );
}
