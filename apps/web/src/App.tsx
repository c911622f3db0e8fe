import { ProductIntro } from './ProductIntro';
import { ServiceStatus } from './ServiceStatus';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { TargetList } from './TargetList';

export function App() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <SiteHeader />
      <main id="main" className="container stack">
        <ProductIntro />
        <TargetList />
        <ServiceStatus />
      </main>
      <SiteFooter />
    </>
  );
}
