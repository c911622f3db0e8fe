import type { ReadinessCheck } from './api';
import { formatLatency } from './format';
import { StatusBadge } from './StatusBadge';

interface ReadinessCheckListProps {
  checks: Record<string, ReadinessCheck>;
}

export function ReadinessCheckList({ checks }: ReadinessCheckListProps) {
  const entries = Object.entries(checks).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return <p className="muted">The API reported no dependency checks.</p>;

  return (
    <ul className="check-list" aria-label="Dependency checks">
      {entries.map(([name, check]) => (
        <li key={name} className="check-list__item">
          <span className="check-list__name">{name}</span>
          <StatusBadge status={check.status} />
          <span className="check-list__meta">
            {check.required ? 'required' : 'optional'}
            {check.latencyMs !== undefined && ` · ${formatLatency(check.latencyMs)}`}
          </span>
          {check.error && <span className="check-list__error">{check.error}</span>}
        </li>
      ))}
    </ul>
  );
}
