import { API_DOCS_URL } from './links';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <p>Anclora Render — one component spec, every framework.</p>
        <p>
          <a href={API_DOCS_URL}>API documentation</a>
        </p>
      </div>
    </footer>
  );
}
