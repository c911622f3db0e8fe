import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useAuth } from '../app/auth';
import { useT } from '../app/prefs';
import type { HttpError } from '../lib/http';
import { ApiErrorNotice } from './ApiErrorNotice';
import { asHttpError, deleteDesignSystem, renameDesignSystem, type DesignSystemView, type SavedDesignSystem } from './design-systems-api';

interface ManageProps {
  system: DesignSystemView;
  onRenamed(saved: SavedDesignSystem): void;
  onDeleted(system: DesignSystemView): void;
}

/** Rename, and delete after an explicit confirmation, for a design system you own. */
export function ManageDesignSystem({ system, onRenamed, onDeleted }: ManageProps) {
  const t = useT();
  const auth = useAuth();
  const id = useId();
  const [name, setName] = useState(system.name);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<HttpError | null>(null);
  const [renamed, setRenamed] = useState<string | null>(null);
  // The question opens on the safe answer.
  const keepRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);

  useEffect(() => setName(system.name), [system.name]);
  useEffect(() => {
    if (confirming) keepRef.current?.focus();
  }, [confirming]);

  const rename = async (event: FormEvent) => {
    event.preventDefault();
    const next = name.trim();
    if (busy || !next || next === system.name) return;
    setBusy(true);
    setError(null);
    try {
      const saved = await renameDesignSystem(auth.request, system.id, next);
      setRenamed(saved.name);
      onRenamed(saved);
    } catch (cause) {
      setError(asHttpError(cause));
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await deleteDesignSystem(auth.request, system.id);
      onDeleted(system);
    } catch (cause) {
      setError(asHttpError(cause));
      setBusy(false);
    }
  };

  const cancel = () => {
    setConfirming(false);
    // Back where the keyboard user was before the question.
    window.setTimeout(() => deleteRef.current?.focus(), 0);
  };

  return (
    <section className="ds-manage" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('ds.manage')}</h3>
      <form className="ds-manage__rename" onSubmit={(e) => void rename(e)}>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('ds.rename')}</label>
          <input id={`${id}-name`} value={name} maxLength={120} autoComplete="off" onChange={(e) => setName(e.target.value)} />
        </div>
        <button type="submit" className="button" aria-disabled={busy || !name.trim() || name.trim() === system.name}>
          {t('ds.renameSave')}
        </button>
      </form>
      <p role="status" className="small">
        {renamed && renamed === system.name ? t('ds.renamed', { name: renamed }) : ''}
      </p>
      {!confirming ? (
        <p>
          <button ref={deleteRef} type="button" className="button button--danger" onClick={() => setConfirming(true)}>
            {t('ds.delete')}
          </button>
        </p>
      ) : (
        <div className="notice notice--warn" role="group" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`}>{t('ds.deleteConfirm', { name: system.name, n: system.tokenCount })}</p>
          <div className="actions">
            <button type="button" className="button button--danger" aria-disabled={busy} onClick={() => void remove()}>
              {t('ds.deleteYes')}
            </button>
            <button ref={keepRef} type="button" className="button" onClick={cancel}>
              {t('ds.deleteNo')}
            </button>
          </div>
        </div>
      )}
      <div aria-live="polite">{error && <ApiErrorNotice error={error} />}</div>
    </section>
  );
}
