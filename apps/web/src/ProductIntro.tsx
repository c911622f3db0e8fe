import { API_DOCS_URL } from './links';

export function ProductIntro() {
  return (
    <section className="intro" aria-labelledby="intro-title">
      <h1 id="intro-title">Your design system, in every framework — rendered and verified</h1>
      <p className="intro__lead">
        Describe a UI component in English or Spanish, or paste the code you already have, and Anclora Render
        turns it into a component built from your own design tokens, in the framework you use.
      </p>
      <p>
        Every result is rendered live at mobile, tablet and desktop widths and checked for real: accessibility
        (WCAG 2.2 AA), design-token compliance, visual regression against approved baselines, and render
        performance.
      </p>
      <p>
        <a className="button button--primary" href={API_DOCS_URL}>
          Read the API docs
        </a>
      </p>
    </section>
  );
}
