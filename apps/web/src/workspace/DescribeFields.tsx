import type { KeyboardEvent, RefObject } from 'react';
import { useT } from '../app/prefs';

const SUGGESTIONS = [
  'Pricing table with 3 plans, the middle one highlighted',
  'Formulario de inicio de sesión',
  'Profile card with avatar, name and a follow button',
  'Barra de navegación con logo y menú',
  'Newsletter signup with an email field',
  'Tarjetas de estadísticas para un panel',
];

interface DescribeFieldsProps {
  prompt: string;
  onPromptChange(prompt: string): void;
  /** Set when Generate was pressed with an empty prompt. */
  missing: boolean;
  /** Ctrl/Cmd+Enter generates. */
  onSubmit(): void;
  promptRef: RefObject<HTMLTextAreaElement | null>;
}

/** The "Describe" mode: the prompt and the suggestion chips. */
export function DescribeFields({ prompt, onPromptChange, missing, onSubmit, promptRef }: DescribeFieldsProps) {
  const t = useT();
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) onSubmit();
  };
  return (
    <>
      <div className="field">
        <label htmlFor="ws-prompt">{t('ws.promptLabel')}</label>
        <textarea
          id="ws-prompt"
          ref={promptRef}
          rows={4}
          maxLength={4000}
          value={prompt}
          placeholder={t('ws.promptPlaceholder')}
          aria-invalid={missing || undefined}
          aria-describedby={missing ? 'ws-prompt-error' : undefined}
          onChange={(e) => onPromptChange(e.target.value)}
          onKeyDown={onKeyDown}
        />
        {missing && (
          <p id="ws-prompt-error" className="field__error" role="alert">
            {t('ws.promptPlaceholder')}
          </p>
        )}
      </div>
      <div className="chips" role="group" aria-label={t('ws.suggestions')}>
        {SUGGESTIONS.map((s) => (
          <button key={s} type="button" className="chip" aria-pressed={prompt === s} onClick={() => onPromptChange(s)}>
            {s}
          </button>
        ))}
      </div>
    </>
  );
}
