import { useEffect, useState } from 'react';
import { useAuth } from '../app/auth';
import type { DesignSystemSummary, Target } from '../lib/anclora-api';
import { loadTargets } from '../TargetList';
import { defaultDesignSystemName, DEFAULT_DESIGN_SYSTEM, missingDesignSystem, offlineDesignSystems } from './design-system-choice';

/**
 * The pickers: target, design system and model provider, with the lists they offer (targets, and the design
 * system presets for everyone plus your own when signed in). `designSystemParam` is the ?designSystem= link's id:
 * it is the first choice, and falls back to the default, saying so, when the API's list does not hold it.
 */
export function useWorkspaceChoices(designSystemParam: string | null) {
  const auth = useAuth();
  const [targets, setTargets] = useState<Target[] | null>(null);
  const [targetsFailed, setTargetsFailed] = useState(false);
  const [targetsAttempt, setTargetsAttempt] = useState(0);
  const [designSystems, setDesignSystems] = useState<DesignSystemSummary[]>([]);
  // False while the picker shows the offline fallback: a list that did not come from the API proves nothing missing.
  const [designSystemsFromApi, setDesignSystemsFromApi] = useState(false);
  const [target, setTarget] = useState('react-css');
  const [designSystemId, setDesignSystemId] = useState(designSystemParam ?? DEFAULT_DESIGN_SYSTEM);
  const [designSystemMissing, setDesignSystemMissing] = useState<string | null>(null);
  // null: the server's default provider.
  const [provider, setProvider] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    loadTargets().then(
      (list) => live && (setTargets(list), setTargetsFailed(false)),
      () => live && setTargetsFailed(true),
    );
    return () => {
      live = false;
    };
  }, [targetsAttempt]);
  useEffect(() => {
    if (auth.status === 'checking') return;
    let live = true;
    auth
      .request<{ designSystems: DesignSystemSummary[] }>('/api/design-systems')
      .then((body) => {
        if (!live) return;
        setDesignSystems(body.designSystems);
        setDesignSystemsFromApi(true);
      })
      .catch(() => {
        if (!live) return;
        setDesignSystems(offlineDesignSystems());
        setDesignSystemsFromApi(false);
      });
    return () => {
      live = false;
    };
  }, [auth, auth.status]);

  // Judged once per list: a design system chosen in the picker since then is left alone.
  useEffect(() => {
    const missing = missingDesignSystem(designSystemParam, designSystemId, designSystems, designSystemsFromApi);
    if (!missing) return;
    setDesignSystemId(DEFAULT_DESIGN_SYSTEM);
    setDesignSystemMissing(missing);
  }, [designSystems, designSystemsFromApi]);

  return {
    targets,
    targetsFailed,
    retryTargets: () => setTargetsAttempt((n) => n + 1),
    designSystems,
    defaultDesignSystemName: defaultDesignSystemName(designSystems),
    target,
    setTarget,
    designSystemId,
    /** A result brings its own design system: the not-found notice, if any, stays. */
    setDesignSystemId,
    /** The visitor picked one: the not-found notice goes. */
    chooseDesignSystem: (next: string) => {
      setDesignSystemId(next);
      setDesignSystemMissing(null);
    },
    designSystemMissing,
    provider,
    setProvider,
  };
}
