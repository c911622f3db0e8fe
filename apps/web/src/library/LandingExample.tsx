import { useEffect, useState } from 'react';
import { useT } from '../app/prefs';
import type { Example } from './examples';
import { loadFirstExample } from './library-api';
import { LiveExampleFrame } from './LiveExampleSection';
import { useExamplePreview } from './useExamplePreview';
import { useTargetLabels } from './useTargetLabels';

// A compact dashboard in plain HTML + CSS: the lightest preview document (no framework runtime)
// for the landing page, and one that fits the frame without scrolling.
const LANDING_EXAMPLE = { category: 'dashboards', target: 'html-css' } as const;

/** One curated example, live in a sandboxed frame (lazy chunk of the landing page). */
export default function LandingExample() {
  const t = useT();
  const targetLabel = useTargetLabels();
  const [example, setExample] = useState<Example | null>(null);
  const [listFailed, setListFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const preview = useExamplePreview(example, true);

  useEffect(() => {
    let live = true;
    setListFailed(false);
    loadFirstExample(LANDING_EXAMPLE.category, LANDING_EXAMPLE.target).then(
      (found) => live && (found ? setExample(found) : setListFailed(true)),
      () => live && setListFailed(true),
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  if (listFailed || preview.failed) {
    const retry = () => (listFailed ? setAttempt((n) => n + 1) : preview.retry());
    return (
      <LiveExampleFrame
        note={
          <>
            {t('library.landing.error')}{' '}
            <button type="button" className="button button--small" onClick={retry}>
              {t('common.retry')}
            </button>
          </>
        }
      />
    );
  }
  return (
    <LiveExampleFrame
      note={preview.ready ? undefined : t('library.landing.loading')}
      caption={example ? t('library.landing.caption', { name: example.name, target: targetLabel(example.target) }) : undefined}
    >
      {preview.url && example && (
        <iframe
          ref={preview.frameRef}
          className="live-example__frame"
          src={preview.url}
          sandbox="allow-scripts"
          title={t('library.landing.frameTitle', { name: example.name })}
          data-ready={preview.ready}
        />
      )}
    </LiveExampleFrame>
  );
}
