import './EmptyState.css';

/** Empty state with a call to action */
export interface EmptyStateProps {
  /** @default 'No projects yet' */
  title?: string;
  /** @default 'Projects keep your components, versions and design tokens together. Create your first one to get started.' */
  body?: string;
  /** @default 'Create project' */
  cta?: string;
  onCreate?: () => void;
  onImport?: () => void;
}

/** Empty state with a call to action */
export function EmptyState({ title = 'No projects yet', body = 'Projects keep your components, versions and design tokens together. Create your first one to get started.', cta = 'Create project', onCreate, onImport }: EmptyStateProps) {

  function handleEmptyCtaClick() {
    onCreate?.();
  }

  function handleEmptySecondaryClick() {
    onImport?.();
  }

  return (
    <section className="empty-state__empty" aria-labelledby="empty-title">
      <div className="empty-state__empty-illustration" aria-hidden="true">
        <svg
          className="empty-state__svg-1"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
          focusable="false"
          width="36"
          height="36"
          aria-hidden="true"
        >
          <path className="empty-state__path-1" d="M3 6h6l2 2h10v11H3z" />
        </svg>
        <span className="empty-state__empty-illustration-badge">
          <svg
            className="empty-state__svg-2"
            viewBox="0 0 24 24"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
            focusable="false"
            width="14"
            height="14"
            aria-hidden="true"
          >
            <path className="empty-state__path-2" d="M12 5v14M5 12h14" />
          </svg>
        </span>
      </div>
      <h2 className="empty-state__empty-title" id="empty-title">{title}</h2>
      <p className="empty-state__empty-body">{body}</p>
      <div className="empty-state__empty-actions">
        <button className="empty-state__empty-cta" type="button" onClick={handleEmptyCtaClick}><svg className="empty-state__svg-3" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path className="empty-state__path-3" d="M12 5v14M5 12h14" /></svg>{cta}</button>
        <button
          className="empty-state__empty-secondary"
          type="button"
          onClick={handleEmptySecondaryClick}
        ><svg className="empty-state__svg-4" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path className="empty-state__path-4" d="M12 16V4M7 9l5-5 5 5M4 20h16" /></svg>Import from code</button>
      </div>
      <p className="empty-state__empty-help">Need a hand? <a className="empty-state__empty-help-link" href="#docs">Read the quick-start guide</a></p>
    </section>
  );
}
