import { useEffect, useRef, useState } from 'react';
import { useT } from '../app/prefs';
import { fitScale, originOf, readPreviewMessage, type AuditViolation, type PreviewPerf } from '../lib/preview-protocol';

export const VIEWPORTS = [
  { width: 375, key: 'preview.mobile' },
  { width: 768, key: 'preview.tablet' },
  { width: 1200, key: 'preview.desktop' },
] as const;
const FRAME_HEIGHT = 640;

export interface AuditResult {
  violations: AuditViolation[];
  passes: number;
}

interface PreviewPaneProps {
  url: string | null;
  loading: boolean;
  error: string | null;
  name: string;
  onAudit(result: AuditResult | null): void;
  /** The preview's own performance figures when it is ready (null while a new one loads). */
  onPerf?(perf: PreviewPerf | null): void;
  /** Set by the quality panel: the selector to highlight in the frame. */
  highlight?: { selector: string; seq: number } | null;
}

/** The sandboxed preview (never same-origin) at 375 / 768 / 1200 px, scaled down to fit the pane. */
export function PreviewPane({ url, loading, error, name, onAudit, onPerf, highlight }: PreviewPaneProps) {
  const t = useT();
  const [width, setWidth] = useState<number>(1200);
  const [paneWidth, setPaneWidth] = useState(0);
  const [runtimeError, setRuntimeError] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  const pane = useRef<HTMLDivElement>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  const onAuditRef = useRef(onAudit);
  onAuditRef.current = onAudit;
  const onPerfRef = useRef(onPerf);
  onPerfRef.current = onPerf;

  useEffect(() => {
    const element = pane.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setPaneWidth(entry?.contentRect.width ?? 0));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    setRuntimeError(null);
    setReady(false);
    onAuditRef.current(null);
    onPerfRef.current?.(null);
    if (!url) return;
    const origin = originOf(url);
    if (!origin) return;
    const onMessage = (event: MessageEvent) => {
      const message = readPreviewMessage(event, frame.current?.contentWindow, origin);
      if (!message) return;
      if (message.type === 'anclora:ready') {
        setReady(true);
        onPerfRef.current?.(message.perf ?? null);
      }
      else if (message.type === 'anclora:error') setRuntimeError(message.message);
      else onAuditRef.current({ violations: message.violations, passes: message.passes });
    };
    addEventListener('message', onMessage);
    return () => removeEventListener('message', onMessage);
  }, [url]);

  useEffect(() => {
    if (!highlight || !url) return;
    // The sandboxed frame's origin is opaque, so '*' is the only target that reaches it; the message holds no secret.
    frame.current?.contentWindow?.postMessage({ type: 'anclora:highlight', selector: highlight.selector }, '*');
  }, [highlight, url]);

  const scale = fitScale(width, paneWidth);
  return (
    <section className="panel preview" aria-labelledby="preview-title">
      <div className="panel__header">
        <h2 id="preview-title">{t('preview.title')}</h2>
        <div className="segmented" role="group" aria-label={t('preview.viewport')}>
          {VIEWPORTS.map((v) => (
            <button key={v.width} type="button" aria-pressed={width === v.width} onClick={() => setWidth(v.width)}>
              {t(v.key)}
            </button>
          ))}
        </div>
      </div>
      {scale < 1 && url && <p className="muted small">{t('preview.scaled', { n: Math.round(scale * 100) })}</p>}
      {error && (
        <p className="notice notice--bad" role="alert">
          {t('preview.error', { message: error })}
        </p>
      )}
      {runtimeError && (
        <details className="notice notice--warn">
          <summary>{t('preview.runtimeError')}</summary>
          <pre className="pre-wrap">{runtimeError}</pre>
        </details>
      )}
      <div ref={pane} className="preview__pane" aria-busy={loading}>
        {url ? (
          <div className="preview__stage" style={{ width: width * scale, height: FRAME_HEIGHT * scale }}>
            <iframe
              ref={frame}
              className="preview__frame"
              src={url}
              sandbox="allow-scripts"
              title={t('preview.frameTitle', { name })}
              width={width}
              height={FRAME_HEIGHT}
              data-ready={ready}
              style={{ width, height: FRAME_HEIGHT, transform: scale < 1 ? `scale(${scale})` : undefined }}
            />
          </div>
        ) : (
          <p className="preview__empty muted">{loading ? t('preview.loading') : t('preview.empty')}</p>
        )}
        {loading && url && (
          <p className="preview__loading" role="status">
            {t('preview.loading')}
          </p>
        )}
      </div>
    </section>
  );
}
