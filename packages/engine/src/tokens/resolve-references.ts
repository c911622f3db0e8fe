import { tokenError } from './token-error.js';

/**
 * Visits every id after the ids it references, without recursion, so a
 * 100,000-long alias chain neither overflows the stack nor hangs. A reference
 * to an id that does not exist is UNKNOWN_TOKEN_ALIAS; a loop is
 * TOKEN_ALIAS_CYCLE naming every path on it ("a → b → a").
 *
 * `visit` is called exactly once per id, when all its references are done.
 */
export function resolveInOrder(
  ids: Iterable<string>,
  referencesOf: (id: string) => readonly string[],
  exists: (id: string) => boolean,
  visit: (id: string) => void,
): void {
  const state = new Map<string, 'active' | 'done'>();
  for (const root of ids) {
    if (state.has(root)) continue;
    const stack: Array<{ id: string; refs: readonly string[]; next: number }> = [{ id: root, refs: referencesOf(root), next: 0 }];
    state.set(root, 'active');
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      if (frame.next >= frame.refs.length) {
        visit(frame.id);
        state.set(frame.id, 'done');
        stack.pop();
        continue;
      }
      const ref = frame.refs[frame.next++]!;
      if (!exists(ref)) {
        throw tokenError('UNKNOWN_TOKEN_ALIAS', `Token "${frame.id}" refers to "${ref}", which does not exist.`, frame.id);
      }
      const seen = state.get(ref);
      if (seen === 'done') continue;
      if (seen === 'active') {
        const cycle = [...stack.slice(stack.findIndex((f) => f.id === ref)).map((f) => f.id), ref];
        throw tokenError('TOKEN_ALIAS_CYCLE', `Alias cycle: ${cycle.join(' → ')}.`, ref);
      }
      state.set(ref, 'active');
      stack.push({ id: ref, refs: referencesOf(ref), next: 0 });
    }
  }
}
