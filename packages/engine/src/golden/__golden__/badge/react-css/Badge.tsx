import './Badge.css';

/** Status badge */
export interface BadgeProps {
  /** @default 'New' */
  label?: string;
}

/** Status badge */
export function Badge({ label = 'New' }: BadgeProps) {
  return (
    <span className="badge__badge"><span className="badge__badge-dot" aria-hidden="true" />{label}</span>
  );
}
