import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useAuth } from '../app/auth';
import { useT } from '../app/prefs';
import type { ProviderList } from '../lib/anclora-api';
import type { MessageKey } from '../lib/i18n';

const NAMES: Record<string, MessageKey> = {
  offline: 'ws.providerOffline',
  anthropic: 'ws.providerAnthropic',
  openai: 'ws.providerOpenai',
};

interface ProviderPickerProps {
  /** The chosen provider, or null for the server's default. */
  value: string | null;
  onChange(provider: string | null): void;
}

/**
 * The AI provider, shown only when the server has more than one configured.
 * Providers the plan does not include stay visible but disabled, with the way to get them.
 */
export function ProviderPicker({ value, onChange }: ProviderPickerProps) {
  const t = useT();
  const auth = useAuth();
  const [list, setList] = useState<ProviderList | null>(null);

  useEffect(() => {
    if (auth.status === 'checking') return;
    let live = true;
    auth.request<ProviderList>('/api/generations/providers').then(
      (body) => live && setList(body),
      // Without the list the server's default is used: nothing to choose, nothing broken.
      () => live && setList(null),
    );
    return () => {
      live = false;
    };
  }, [auth, auth.status]);

  // A choice the plan no longer allows (signed out) falls back to the default.
  useEffect(() => {
    if (list && value && !list.providers.some((p) => p.id === value && p.allowed)) onChange(null);
  }, [list, value, onChange]);

  if (!list || list.providers.length < 2) return null;
  const locked = list.providers.some((p) => !p.allowed);
  const label = (p: ProviderList['providers'][number]) => {
    const name = t(NAMES[p.id] ?? 'ws.providerOther', { id: p.id, model: p.model });
    if (p.id === list.default) return t('ws.providerDefault', { name });
    return p.allowed ? name : `${name} — ${t('ws.providerPro')}`;
  };

  return (
    <div className="field">
      <label htmlFor="ws-provider">{t('ws.provider')}</label>
      <select
        id="ws-provider"
        value={value ?? list.default}
        aria-describedby={locked ? 'ws-provider-hint' : undefined}
        onChange={(e) => onChange(e.target.value === list.default ? null : e.target.value)}
      >
        {list.providers.map((p) => (
          <option key={p.id} value={p.id} disabled={!p.allowed}>
            {label(p)}
          </option>
        ))}
      </select>
      {locked && (
        <p id="ws-provider-hint" className="field__hint">
          {t('ws.providerLocked')} <Link to="/pricing">{t('ws.providerUpgrade')}</Link>
        </p>
      )}
    </div>
  );
}
