import './Hero.css';

/** Hero section with headline, calls to action and a product preview */
export interface HeroProps {
  /** @default 'Build on-brand interfaces in minutes, not weeks' */
  title?: string;
  /** @default 'Describe a component in plain language and get production-ready code that follows your design system, in every framework your team uses.' */
  subtitle?: string;
  /** @default 'Start for free' */
  primaryLabel?: string;
  /** @default 'Watch the demo' */
  secondaryLabel?: string;
}

/** Hero section with headline, calls to action and a product preview */
export function Hero({ title = 'Build on-brand interfaces in minutes, not weeks', subtitle = 'Describe a component in plain language and get production-ready code that follows your design system, in every framework your team uses.', primaryLabel = 'Start for free', secondaryLabel = 'Watch the demo' }: HeroProps) {
  return (
    <section className="hero__hero" aria-labelledby="hero-title">
      <div className="hero__hero-content">
        <span className="hero__hero-eyebrow"><span className="hero__hero-eyebrow-icon"><svg className="hero__svg-1" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path className="hero__path-1" d="M12 3v4M12 17v4M3 12h4M17 12h4M6 6l2 2M16 16l2 2M6 18l2-2M16 8l2-2" /></svg></span>New · Svelte 5 export is here</span>
        <h1 className="hero__hero-title" id="hero-title">{title}</h1>
        <p className="hero__hero-subtitle">{subtitle}</p>
        <div className="hero__hero-actions">
          <a className="hero__hero-primary" href="#get-started">{primaryLabel}<svg className="hero__svg-2" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path className="hero__path-2" d="M5 12h14M13 6l6 6-6 6" /></svg></a>
          <a className="hero__hero-secondary" href="#demo">{secondaryLabel}</a>
        </div>
        <p className="hero__hero-proof"><span className="hero__hero-avatars" aria-hidden="true"><span className="hero__hero-avatar-1" aria-hidden="true">AK</span><span className="hero__hero-avatar-2" aria-hidden="true">JM</span><span className="hero__hero-avatar-3" aria-hidden="true">SR</span></span>Trusted by 2,000+ product teams</p>
      </div>
      <figure className="hero__hero-visual" aria-label="Component preview">
        <div className="hero__hero-window-bar" aria-hidden="true">
          <span className="hero__hero-swatch-close" aria-hidden="true" />
          <span className="hero__hero-swatch-minimise" aria-hidden="true" />
          <span className="hero__hero-swatch-expand" aria-hidden="true" />
        </div>
        <pre className="hero__hero-code"><code className="hero__hero-code-text">&lt;Button variant="primary"&gt;Save changes&lt;/Button&gt;</code></pre>
        <div className="hero__hero-sample">
          <span className="hero__hero-sample-button" aria-hidden="true">Save changes</span>
        </div>
        <figcaption className="hero__hero-tokens">Design tokens in use<span className="hero__hero-swatch-primary" aria-hidden="true" /><span className="hero__hero-swatch-accent" aria-hidden="true" /><span className="hero__hero-swatch-surface" aria-hidden="true" /></figcaption>
      </figure>
    </section>
  );
}
