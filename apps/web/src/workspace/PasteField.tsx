import { lazy, Suspense } from 'react';
import { useT } from '../app/prefs';

const CodeEditor = lazy(() => import('./CodeEditor'));

interface PasteFieldProps {
  value: string;
  onChange(value: string): void;
  /** Set when Import was pressed with nothing pasted. */
  missing: boolean;
}

/** The "Paste code" editor: HTML with its CSS (a <style> block), imported into a spec by the server. */
export function PasteField({ value, onChange, missing }: PasteFieldProps) {
  const t = useT();
  return (
    <div className="field paste-field">
      {/* CodeMirror's editable area is not a form control: it is named by aria-label, and this text is its visible label. */}
      <span id="ws-paste-label" className="paste-field__label">
        {t('ws.pasteLabel')}
      </span>
      <p id="ws-paste-hint" className="field__hint">
        {t('ws.pasteHint')}
      </p>
      <Suspense
        fallback={
          <p className="muted" role="status">
            {t('code.loadingEditor')}
          </p>
        }
      >
        <CodeEditor value={value} language="html" readOnly={false} label={t('ws.pasteLabel')} onChange={onChange} />
      </Suspense>
      {missing && (
        <p className="field__error" role="alert">
          {t('ws.pasteEmpty')}
        </p>
      )}
    </div>
  );
}
