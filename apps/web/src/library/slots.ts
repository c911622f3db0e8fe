/** A release function: idempotent, so a timeout and a load event may both call it. */
export type Release = () => void;

/**
 * A first-come first-served limit on work running at once (here: preview documents being built
 * and loaded, so a long library page never loads dozens of framework runtimes together).
 */
export function createSlots(limit: number) {
  let active = 0;
  const waiting: Array<() => void> = [];

  const grant = (): Release => {
    active += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      active -= 1;
      waiting.shift()?.();
    };
  };

  return {
    /** Resolves when a slot is free; the holder must call the release it gets. */
    acquire(): Promise<Release> {
      if (active < limit) return Promise.resolve(grant());
      return new Promise((resolve) => waiting.push(() => resolve(grant())));
    },
    get active() {
      return active;
    },
    get waiting() {
      return waiting.length;
    },
  };
}
