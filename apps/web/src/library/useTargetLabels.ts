import { useEffect, useState } from 'react';
import { loadTargets } from '../TargetList';

/** Target id → its label from GET /api/targets (e.g. "React + Tailwind"); the id until the list arrives. */
export function useTargetLabels(): (targetId: string) => string {
  const [labels, setLabels] = useState<Record<string, string>>({});
  useEffect(() => {
    let live = true;
    loadTargets().then(
      (targets) => live && setLabels(Object.fromEntries(targets.map((target) => [target.id, target.label]))),
      // Without the list the id is still a readable label.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return (targetId) => labels[targetId] ?? targetId;
}
