import { useEffect, useRef, useState } from 'react';
import { useT } from '../app/prefs';

interface CopyButtonProps {
  text: string;
  label: string;
  /** Extra words for screen readers (what is copied), shown as the button's description. */
  describedBy?: string;
}

/** Copies text to the clipboard and says so (visibly, and in a live region). */
export function CopyButton({ text, label, describedBy }: CopyButtonProps) {
  const t = useT();
  const [result, setResult] = useState<'ok' | 'failed' | null>(null);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setResult('ok');
    } catch {
      setResult('failed');
    }
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setResult(null), 3000);
  };

  return (
    <span className="copy-button">
      <button type="button" className="button button--small" onClick={() => void copy()} disabled={!text} aria-describedby={describedBy}>
        {label}
      </button>
      <span role="status" className={result === 'failed' ? 'text-danger small' : 'muted small'}>
        {result === 'ok' ? t('common.copied') : result === 'failed' ? t('common.copyFailed') : ''}
      </span>
    </span>
  );
}
