import { useEffect, useRef, useState, type RefObject } from 'react';
import { useT } from '../app/prefs';
import { fitScale } from '../lib/preview-protocol';
import type { Example } from './examples';
import { useExamplePreview } from './useExamplePreview';
import { useInView } from './useInView';

// The document is laid out at a small-desktop width, then scaled down to the card.
const FRAME_WIDTH = 640;
const FRAME_HEIGHT = 400;

/**
 * A live, scaled-down preview of an example. Decorative next to the card's own heading and text:
 * hidden from assistive technology and out of the tab order (the card's link is the way in).
 */
export function ExampleThumbnail({ example }: { example: Example }) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const inView = useInView(box);
  const { url, ready, failed, frameRef, retry } = useExamplePreview(example, inView);
  const scale = fitScale(FRAME_WIDTH, useWidth(box));

  return (
    <div ref={box} className="library-thumb">
      {url && !failed && (
        <iframe
          ref={frameRef}
          className="library-thumb__frame"
          src={url}
          sandbox="allow-scripts"
          tabIndex={-1}
          aria-hidden="true"
          title={t('library.thumbTitle', { name: example.name })}
          width={FRAME_WIDTH}
          height={FRAME_HEIGHT}
          data-ready={ready}
          style={{ transform: `scale(${scale})` }}
        />
      )}
      {failed ? (
        <p className="library-thumb__note">
          {t('library.thumbError')}{' '}
          <button type="button" className="button button--small" onClick={retry}>
            {t('common.retry')}
          </button>
        </p>
      ) : (
        !ready && (
          <p className="library-thumb__note muted" aria-hidden="true">
            {t('library.thumbLoading')}
          </p>
        )
      )}
    </div>
  );
}

/** The element's content width, live. */
function useWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry?.contentRect.width ?? 0));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
