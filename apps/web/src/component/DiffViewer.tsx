import { useId, useState } from 'react';
import { useT } from '../app/prefs';

export type ViewerMode = 'side' | 'overlay' | 'swipe';
const MODES: readonly ViewerMode[] = ['side', 'overlay', 'swipe'];

interface DiffViewerProps {
  viewport: number;
  baselineUrl: string;
  currentUrl: string;
  diffUrl: string;
}

/**
 * Baseline against current render, three ways: side by side (with the diff
 * image), overlaid with an opacity slider, or a swipe slider that reveals the
 * current render over the baseline from the left. The modes are radio
 * buttons and the sliders are native range inputs, so all of it works from
 * the keyboard.
 */
export function DiffViewer({ viewport, baselineUrl, currentUrl, diffUrl }: DiffViewerProps) {
  const t = useT();
  const id = useId();
  const [mode, setMode] = useState<ViewerMode>('side');
  const [opacity, setOpacity] = useState(50);
  const [reveal, setReveal] = useState(50);
  const alt = {
    baseline: t('component.baselineImage', { n: viewport }),
    current: t('component.currentImage', { n: viewport }),
    diff: t('component.diffImage', { n: viewport }),
  };

  return (
    <div className="diff-viewer" data-mode={mode}>
      <fieldset className="diff-viewer__modes">
        <legend>{t('component.viewerMode')}</legend>
        {MODES.map((m) => (
          <label key={m} className="diff-viewer__mode">
            <input type="radio" name={`${id}-mode`} value={m} checked={mode === m} onChange={() => setMode(m)} />
            {t(`component.mode.${m}`)}
          </label>
        ))}
      </fieldset>

      {mode === 'side' && (
        <div className="diff-viewer__side" data-testid="viewer-side">
          {(
            [
              ['baseline', baselineUrl],
              ['current', currentUrl],
              ['diff', diffUrl],
            ] as const
          ).map(([kind, src]) => (
            <figure key={kind} className="diff-viewer__figure">
              <img src={src} alt={alt[kind]} style={{ maxWidth: viewport }} />
              <figcaption className="small">{alt[kind]}</figcaption>
            </figure>
          ))}
        </div>
      )}

      {mode === 'overlay' && (
        <div className="diff-viewer__stacked" data-testid="viewer-overlay">
          <label htmlFor={`${id}-opacity`}>{t('component.opacity')}</label>
          <input id={`${id}-opacity`} type="range" min={0} max={100} step={5} value={opacity} aria-valuetext={`${opacity}%`} onChange={(e) => setOpacity(Number(e.target.value))} />
          <div className="diff-viewer__stage" style={{ maxWidth: viewport }}>
            <img src={baselineUrl} alt={alt.baseline} />
            <img className="diff-viewer__top" src={currentUrl} alt={alt.current} style={{ opacity: opacity / 100 }} />
          </div>
        </div>
      )}

      {mode === 'swipe' && (
        <div className="diff-viewer__stacked" data-testid="viewer-swipe">
          <label htmlFor={`${id}-swipe`}>{t('component.swipe')}</label>
          <input
            id={`${id}-swipe`}
            type="range"
            min={0}
            max={100}
            step={1}
            value={reveal}
            aria-valuetext={t('component.swipeValue', { n: reveal })}
            onChange={(e) => setReveal(Number(e.target.value))}
          />
          <div className="diff-viewer__stage" style={{ maxWidth: viewport }}>
            <img src={baselineUrl} alt={alt.baseline} />
            {/* The current render shows left of the handle; clip-path keeps both images the same size and place. */}
            <img className="diff-viewer__top" src={currentUrl} alt={alt.current} style={{ clipPath: `inset(0 ${100 - reveal}% 0 0)` }} />
            <span className="diff-viewer__handle" aria-hidden="true" style={{ left: `${reveal}%` }} />
          </div>
        </div>
      )}
    </div>
  );
}
