import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useT } from '../app/prefs';
import { useInView } from './useInView';
import './library.css';

// The live example's code (examples, previews, messages from the frame) is its own chunk, fetched
// only once the page has loaded and the section is on screen: the landing's first load stays small.
const LandingExample = lazy(() => import('./LandingExample'));

/** The landing page's live example, with the ways on to the library and pricing. */
export function LiveExampleSection() {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const inView = useInView(box, '0px');
  const loaded = usePageLoaded();
  const placeholder = <LiveExampleFrame note={t('library.landing.loading')} />;
  return (
    <section className="card live-example" aria-labelledby="live-example-title">
      <h2 id="live-example-title">{t('library.landing.title')}</h2>
      <p className="muted">{t('library.landing.lead')}</p>
      <div ref={box}>
        {inView && loaded ? (
          <Suspense fallback={placeholder}>
            <LandingExample />
          </Suspense>
        ) : (
          placeholder
        )}
      </div>
      <p className="live-example__links">
        <Link to="/library">{t('library.landing.library')}</Link>
        <Link to="/pricing">{t('library.landing.pricing')}</Link>
      </p>
    </section>
  );
}

/** The frame's box (fixed height, so nothing moves when the preview arrives) with a note over it. */
export function LiveExampleFrame({ note, caption, children }: { note?: ReactNode; caption?: string; children?: ReactNode }) {
  return (
    <>
      <div className="live-example__frame-box">
        {children}
        <div role="status" className={note ? 'live-example__note' : undefined}>
          {note}
        </div>
      </div>
      <p className="live-example__caption small muted">{caption ?? '\u00a0'}</p>
    </>
  );
}

/** True after the window's load event and an idle moment: heavy extras wait for the first paint. */
function usePageLoaded(): boolean {
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let cancel = () => undefined as void;
    const whenIdle = () => {
      if (typeof requestIdleCallback === 'function') {
        const id = requestIdleCallback(() => setLoaded(true), { timeout: 2000 });
        cancel = () => cancelIdleCallback(id);
      } else {
        const id = window.setTimeout(() => setLoaded(true), 200);
        cancel = () => window.clearTimeout(id);
      }
    };
    if (document.readyState === 'complete') whenIdle();
    else addEventListener('load', whenIdle, { once: true });
    return () => {
      removeEventListener('load', whenIdle);
      cancel();
    };
  }, []);
  return loaded;
}
