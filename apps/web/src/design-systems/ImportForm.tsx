import { useId, useState, type ChangeEvent } from 'react';
import { useAuth } from '../app/auth';
import { useT } from '../app/prefs';
import { errorMessage } from '../lib/http';
import { ApiErrorNotice } from './ApiErrorNotice';
import { createDesignSystem, type SavedDesignSystem } from './design-systems-api';
import { detectImportFormat, IMPORT_FORMATS, isImportFormat, type ImportFormat } from './formats';
import { useSubmit } from './useSubmit';

/** The API's body limit for a token file (DesignSystemBody.source maxLength). */
const MAX_SOURCE = 2_000_000;

/** "brand.tokens.json" → "brand": a default name for a chosen file. */
const nameFromFile = (fileName: string) => fileName.replace(/(\.tokens)?\.[a-z]+$/i, '').replace(/[-_.]+/g, ' ').trim();

/** Import a token file: upload (read in the browser) or paste, in one of the four formats. */
export function ImportForm({ onCreated }: { onCreated(saved: SavedDesignSystem): void }) {
  const t = useT();
  const auth = useAuth();
  const id = useId();
  const [name, setName] = useState('');
  const [source, setSource] = useState('');
  const [format, setFormat] = useState<ImportFormat>('dtcg');
  // Once the user picks a format, detection stops overriding it.
  const [formatChosen, setFormatChosen] = useState(false);
  const [detected, setDetected] = useState<ImportFormat | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [missing, setMissing] = useState<{ name: boolean; source: boolean }>({ name: false, source: false });
  const { busy, error, onSubmit } = useSubmit(() => {
    const problems = { name: !name.trim(), source: !source.trim() };
    setMissing(problems);
    if (problems.name || problems.source) return false;
    return createDesignSystem(auth.request, { name: name.trim(), format, source }).then(onCreated);
  });

  const detect = (fileName: string, text: string) => {
    const guess = detectImportFormat(fileName, text);
    setDetected(guess);
    if (!formatChosen) setFormat(guess);
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setFileProblem(null);
    if (!file) return;
    if (file.size > MAX_SOURCE * 4) {
      setFileProblem(t('ds.fileTooLarge'));
      return;
    }
    try {
      const text = await file.text();
      if (text.length > MAX_SOURCE) {
        setFileProblem(t('ds.fileTooLarge'));
        return;
      }
      setSource(text);
      setFormatChosen(false);
      const guess = detectImportFormat(file.name, text);
      setDetected(guess);
      setFormat(guess);
      if (!name.trim()) setName(nameFromFile(file.name));
      setMissing({ name: false, source: false });
    } catch (cause) {
      setFileProblem(t('ds.fileUnreadable', { message: errorMessage(cause) }));
    }
  };

  return (
    <form className="panel form" onSubmit={(e) => void onSubmit(e)} aria-labelledby={`${id}-title`} noValidate>
      <h2 id={`${id}-title`}>{t('ds.importTitle')}</h2>
      <p className="muted small">{t('ds.importLead')}</p>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('ds.file')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,.css,.tokens,application/json,text/css"
          aria-describedby={`${id}-file-hint${fileProblem ? ` ${id}-file-error` : ''}`}
          onChange={(e) => void onFile(e)}
        />
        <p id={`${id}-file-hint`} className="field__hint">
          {t('ds.fileHint')}
        </p>
        {fileProblem && (
          <p id={`${id}-file-error`} className="field__error" role="alert">
            {fileProblem}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-source`}>{t('ds.source')}</label>
        <textarea
          id={`${id}-source`}
          className="ds-source"
          rows={8}
          spellCheck={false}
          value={source}
          maxLength={MAX_SOURCE}
          aria-invalid={missing.source || undefined}
          aria-describedby={missing.source ? `${id}-source-error` : undefined}
          onChange={(e) => {
            setSource(e.target.value);
            detect('', e.target.value);
            if (missing.source) setMissing((m) => ({ ...m, source: false }));
          }}
        />
        {missing.source && (
          <p id={`${id}-source-error`} className="field__error">
            {t('ds.sourceRequired')}
          </p>
        )}
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('ds.name')}</label>
          <input
            id={`${id}-name`}
            value={name}
            maxLength={120}
            autoComplete="off"
            aria-invalid={missing.name || undefined}
            aria-describedby={missing.name ? `${id}-name-error` : undefined}
            onChange={(e) => {
              setName(e.target.value);
              if (missing.name) setMissing((m) => ({ ...m, name: false }));
            }}
          />
          {missing.name && (
            <p id={`${id}-name-error`} className="field__error">
              {t('ds.nameRequired')}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-format`}>{t('ds.format')}</label>
          <select
            id={`${id}-format`}
            value={format}
            aria-describedby={detected ? `${id}-format-hint` : undefined}
            onChange={(e) => {
              if (isImportFormat(e.target.value)) setFormat(e.target.value);
              setFormatChosen(true);
            }}
          >
            {IMPORT_FORMATS.map((f) => (
              <option key={f} value={f}>
                {t(`ds.format.${f}`)}
              </option>
            ))}
          </select>
          {detected && (
            <p id={`${id}-format-hint`} className="field__hint">
              {t('ds.formatDetected', { format: t(`ds.format.${detected}`) })}
            </p>
          )}
        </div>
      </div>
      <div className="actions">
        <button type="submit" className="button button--primary" aria-disabled={busy}>
          {busy ? t('ds.importing') : t('ds.importSubmit')}
        </button>
      </div>
      <div aria-live="polite">{error && <ApiErrorNotice error={error} />}</div>
    </form>
  );
}
