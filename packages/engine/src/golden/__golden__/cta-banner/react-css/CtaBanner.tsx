import './CtaBanner.css';

/** Call-to-action banner */
export interface CtaBannerProps {
  /** @default 'Ready to ship your design system everywhere?' */
  title?: string;
  /** @default 'Start free today. Upgrade when your team is ready — no credit card needed.' */
  body?: string;
  /** @default 'Start for free' */
  primaryLabel?: string;
  /** @default 'Talk to sales' */
  secondaryLabel?: string;
}

/** Call-to-action banner */
export function CtaBanner({ title = 'Ready to ship your design system everywhere?', body = 'Start free today. Upgrade when your team is ready — no credit card needed.', primaryLabel = 'Start for free', secondaryLabel = 'Talk to sales' }: CtaBannerProps) {
  return (
    <section className="cta-banner__cta" aria-labelledby="cta-title">
      <div className="cta-banner__cta-text">
        <h2 className="cta-banner__cta-title" id="cta-title">{title}</h2>
        <p className="cta-banner__cta-body">{body}</p>
      </div>
      <div className="cta-banner__cta-actions">
        <a className="cta-banner__cta-primary" href="#get-started">{primaryLabel}<svg className="cta-banner__svg-1" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path className="cta-banner__path-1" d="M5 12h14M13 6l6 6-6 6" /></svg></a>
        <a className="cta-banner__cta-secondary" href="#contact-sales">{secondaryLabel}</a>
      </div>
    </section>
  );
}
