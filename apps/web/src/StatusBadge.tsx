import type { CheckStatus, ReadinessStatus } from './api';

export type BadgeTone = 'good' | 'warn' | 'bad';

const TONES: Record<CheckStatus | ReadinessStatus, BadgeTone> = {
  ok: 'good',
  up: 'good',
  degraded: 'warn',
  down: 'bad',
};

interface StatusBadgeProps {
  status: CheckStatus | ReadinessStatus;
}

/** Status word with a colour cue; the text carries the meaning, colour only reinforces it. */
export function StatusBadge({ status }: StatusBadgeProps) {
  return <span className={`badge badge--${TONES[status]}`}>{status}</span>;
}
