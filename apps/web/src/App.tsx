import { lazy, Suspense } from 'react';
import { BrowserRouter, Link, Route, Routes } from 'react-router';
import { AuthProvider } from './app/auth';
import { Layout } from './app/Layout';
import { PrefsProvider, useT, useTitle } from './app/prefs';
import { AuthPage } from './pages/AuthPage';
import { LandingPage } from './pages/LandingPage';

// The heavier screens load on demand, so the landing page's first load stays small.
const WorkspacePage = lazy(() => import('./workspace/WorkspacePage'));
const ComponentsPage = lazy(() => import('./pages/ComponentsPage'));
const ComponentDetailPage = lazy(() => import('./pages/ComponentDetailPage'));
const DesignSystemsPage = lazy(() => import('./pages/DesignSystemsPage'));
const LibraryPage = lazy(() => import('./pages/LibraryPage'));
const PricingPage = lazy(() => import('./pages/PricingPage'));

export function App() {
  return (
    <PrefsProvider>
      <AuthProvider>
        <BrowserRouter>
          <Layout>
            <Suspense fallback={<PageLoading />}>
              <Routes>
                <Route path="/" element={<LandingPage />} />
                <Route path="/workspace" element={<WorkspacePage />} />
                <Route path="/signin" element={<AuthPage mode="signin" />} />
                <Route path="/signup" element={<AuthPage mode="signup" />} />
                <Route path="/components" element={<ComponentsPage />} />
                <Route path="/components/:id" element={<ComponentDetailPage />} />
                <Route path="/design-systems" element={<DesignSystemsPage />} />
                <Route path="/library" element={<LibraryPage />} />
                <Route path="/pricing" element={<PricingPage />} />
                <Route path="*" element={<NotFound />} />
              </Routes>
            </Suspense>
          </Layout>
        </BrowserRouter>
      </AuthProvider>
    </PrefsProvider>
  );
}

function PageLoading() {
  const t = useT();
  return (
    <div className="container page">
      <p role="status" className="muted">
        {t('common.loading')}
      </p>
    </div>
  );
}

function NotFound() {
  const t = useT();
  useTitle(t('notFound.title'));
  return (
    <div className="container page">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to="/">{t('nav.home')}</Link>
      </p>
    </div>
  );
}
