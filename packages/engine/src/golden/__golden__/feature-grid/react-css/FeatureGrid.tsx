import './FeatureGrid.css';

interface FeatureItem {
  id: string;
  title: string;
  body: string;
  icon: string;
  href: string;
  featured: boolean;
}

const featureItems: FeatureItem[] = [
  { id: 'feature1', title: 'Instant generation', body: 'Describe a component and get a working version in seconds, online or offline.', icon: 'M13 2 4 14h7l-1 8 9-12h-7z', href: '#feature-1', featured: false },
  { id: 'feature2', title: 'Your design tokens', body: 'Colours, spacing and type come from your system, never from guesswork.', icon: 'M12 3 2 8l10 5 10-5zM2 13l10 5 10-5', href: '#feature-2', featured: false },
  { id: 'feature3', title: 'Accessible by default', body: 'Labels, focus styles and contrast are checked on every change.', icon: 'M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6z', href: '#feature-3', featured: false },
  { id: 'feature4', title: 'Every framework', body: 'React, Vue, Svelte, Angular, Web Components and plain HTML from one spec.', icon: 'M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0M3 12h18M12 3a14 14 0 0 1 0 18M12 3a14 14 0 0 0 0 18', href: '#feature-4', featured: false },
  { id: 'feature5', title: 'Visual regression', body: 'Approve a baseline and see exactly which pixels changed.', icon: 'M5 20V11M12 20V5M19 20v-6M3 20h18', href: '#feature-5', featured: false },
  { id: 'feature6', title: 'Built for teams', body: 'Roles, shared libraries and version history for the whole team.', icon: 'M5.5 8a3.5 3.5 0 1 0 7 0a3.5 3.5 0 1 0 -7 0M2 20a7 7 0 0 1 14 0M16 4.5a3.5 3.5 0 0 1 0 7M18 14a6 6 0 0 1 4 6', href: '#feature-6', featured: false },
];

/** Grid of 6 features */
export function FeatureGrid() {
  return (
    <section className="feature-grid__features" aria-labelledby="features-title">
      <header className="feature-grid__features-header">
        <p className="feature-grid__features-eyebrow">Features</p>
        <h2 className="feature-grid__features-title" id="features-title">Everything your team needs to ship UI</h2>
        <p className="feature-grid__features-subtitle">From the first prompt to the last pixel, every step is checked against your design system.</p>
      </header>
      <ul className="feature-grid__features-grid">
        {featureItems.map((item) => (
          <li key={item.id} className="feature-grid__feature">
            {item.featured && (
              <span className="feature-grid__feature-ring" aria-hidden="true" />
            )}
            <span className="feature-grid__feature-icon" aria-hidden="true">
              <svg
                className="feature-grid__svg-1"
                viewBox="0 0 24 24"
                fill="none"
                stroke="currentColor"
                strokeWidth="2"
                strokeLinecap="round"
                strokeLinejoin="round"
                focusable="false"
                width="20"
                height="20"
                aria-hidden="true"
              >
                <path className="feature-grid__path-1" d={item.icon} />
              </svg>
            </span>
            <h3 className="feature-grid__feature-title">{item.title}</h3>
            <p className="feature-grid__feature-body">{item.body}</p>
            <a className="feature-grid__feature-link" href={item.href}>Learn more<svg className="feature-grid__svg-2" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path className="feature-grid__path-2" d="M5 12h14M13 6l6 6-6 6" /></svg></a>
          </li>
        ))}
      </ul>
    </section>
  );
}
