import { API_DOCS_URL } from './links';

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <a className="brand" href="/">
          Anclora Render
        </a>
        <nav aria-label="Primary">
          <ul className="nav-list">
            <li>
              <a href="#targets">Targets</a>
            </li>
            <li>
              <a href="#status">Service status</a>
            </li>
            <li>
              <a href={API_DOCS_URL}>API docs</a>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
