import { useId, useState } from 'react';
import { useAuth } from '../app/auth';
import { useT } from '../app/prefs';
import { ApiErrorNotice } from './ApiErrorNotice';
import { createDesignSystem, type DesignSystemView, type SavedDesignSystem } from './design-systems-api';
import { useSubmit } from './useSubmit';

/** Create your own design system as a copy of a built-in preset. */
export function PresetForm({ presets, onCreated }: { presets: DesignSystemView[]; onCreated(saved: SavedDesignSystem): void }) {
  const t = useT();
  const auth = useAuth();
  const id = useId();
  const [preset, setPreset] = useState(presets[0]?.id ?? 'anclora-ocean');
  const [name, setName] = useState('');
  const [nameMissing, setNameMissing] = useState(false);
  const { busy, error, onSubmit } = useSubmit(() => {
    if (!name.trim()) {
      setNameMissing(true);
      return false;
    }
    return createDesignSystem(auth.request, { name: name.trim(), preset }).then(onCreated);
  });

  return (
    <form className="panel form" onSubmit={(e) => void onSubmit(e)} aria-labelledby={`${id}-title`} noValidate>
      <h2 id={`${id}-title`}>{t('ds.presetTitle')}</h2>
      <p className="muted small">{t('ds.presetLead')}</p>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-preset`}>{t('ds.preset')}</label>
          <select
            id={`${id}-preset`}
            value={preset}
            onChange={(e) => setPreset(e.target.value)}
          >
            {presets.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('ds.name')}</label>
          <input
            id={`${id}-name`}
            value={name}
            maxLength={120}
            autoComplete="off"
            aria-invalid={nameMissing || undefined}
            aria-describedby={nameMissing ? `${id}-name-error` : undefined}
            onChange={(e) => {
              setName(e.target.value);
              setNameMissing(false);
            }}
          />
          {nameMissing && (
            <p id={`${id}-name-error`} className="field__error">
              {t('ds.nameRequired')}
            </p>
          )}
        </div>
      </div>
      <div className="actions">
        <button type="submit" className="button button--primary" aria-disabled={busy}>
          {busy ? t('ds.creating') : t('ds.presetSubmit')}
        </button>
      </div>
      <div aria-live="polite">{error && <ApiErrorNotice error={error} />}</div>
    </form>
  );
}
