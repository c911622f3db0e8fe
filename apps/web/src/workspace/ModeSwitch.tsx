import { useT } from '../app/prefs';

export type WorkspaceMode = 'describe' | 'paste';

/** "Describe | Paste code": a radio group (arrow keys move the choice), drawn as a segmented control. */
export function ModeSwitch({ mode, onChange }: { mode: WorkspaceMode; onChange(mode: WorkspaceMode): void }) {
  const t = useT();
  return (
    <fieldset className="mode-switch">
      <legend className="visually-hidden">{t('ws.mode')}</legend>
      {(['describe', 'paste'] as const).map((value) => (
        <label key={value} className="mode-switch__option">
          <input type="radio" name="ws-mode" value={value} checked={mode === value} onChange={() => onChange(value)} />
          <span>{value === 'describe' ? t('ws.modeDescribe') : t('ws.modePaste')}</span>
        </label>
      ))}
    </fieldset>
  );
}
