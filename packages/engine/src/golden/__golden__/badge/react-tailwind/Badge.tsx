
/** Status badge */
export interface BadgeProps {
  /** @default 'New' */
  label?: string;
}

/** Status badge */
export function Badge({ label = 'New' }: BadgeProps) {
  return (
    <span className="text-text bg-surface-muted border-border py-xs px-sm gap-xs rounded-full border-(length:--border-width) text-xs font-semibold leading-tight inline-flex items-center whitespace-nowrap border-solid"><span className="text-on-primary bg-primary rounded-full inline-flex shrink-0 items-center justify-center w-sm h-sm" aria-hidden="true" />{label}</span>
  );
}
