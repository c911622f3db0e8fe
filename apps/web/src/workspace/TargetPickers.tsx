import { useT } from '../app/prefs';
import type { DesignSystemSummary, Target } from '../lib/anclora-api';

interface TargetPickersProps {
  targets: Target[] | null;
  targetsFailed: boolean;
  onRetryTargets(): void;
  target: string;
  onTarget(target: string): void;
  designSystems: DesignSystemSummary[];
  designSystemId: string;
  onDesignSystem(id: string): void;
}

/** The target (framework + styling) and design-system pickers; presets and your own systems are grouped. */
export function TargetPickers({ targets, targetsFailed, onRetryTargets, target, onTarget, designSystems, designSystemId, onDesignSystem }: TargetPickersProps) {
  const t = useT();
  const presets = designSystems.filter((d) => d.builtIn);
  const own = designSystems.filter((d) => !d.builtIn);
  return (
    <>
      <div className="field">
        <label htmlFor="ws-target">{t('ws.target')}</label>
        <select id="ws-target" value={target} onChange={(e) => onTarget(e.target.value)}>
          {(targets ?? [{ id: target, label: target } as Target]).map((tg) => (
            <option key={tg.id} value={tg.id}>
              {tg.label}
            </option>
          ))}
        </select>
        {targetsFailed && (
          <p className="field__error">
            {t('ws.targetsError')}{' '}
            <button type="button" className="button button--small button--link" onClick={onRetryTargets}>
              {t('common.retry')}
            </button>
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor="ws-ds">{t('ws.designSystem')}</label>
        <select id="ws-ds" value={designSystemId} onChange={(e) => onDesignSystem(e.target.value)}>
          {/* Before the list loads, or when it could not be loaded, the chosen id is still shown (not silently swapped for another). */}
          {!designSystems.some((d) => d.id === designSystemId) && <option value={designSystemId}>{designSystemId === 'anclora-ocean' ? 'Anclora Ocean' : designSystemId}</option>}
          {presets.length > 0 && (
            <optgroup label={t('ws.designSystemPresets')}>
              {presets.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </optgroup>
          )}
          {own.length > 0 && (
            <optgroup label={t('ws.designSystemOwn')}>
              {own.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </div>
    </>
  );
}
