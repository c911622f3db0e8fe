/**
 * Tolerant extraction of the first JSON value from a model's text: servers
 * without structured output wrap JSON in prose or ``` fences. Scans for the
 * first `{` or `[` whose balanced span parses; strings are respected so a
 * brace inside a string does not end the span.
 */
const MAX_CANDIDATES = 20;

export function extractJson(text: string): unknown {
  let tried = 0;
  for (let start = 0; start < text.length && tried < MAX_CANDIDATES; start += 1) {
    const ch = text[start];
    if (ch !== '{' && ch !== '[') continue;
    tried += 1;
    const end = balancedEnd(text, start);
    if (end === -1) continue;
    try {
      return JSON.parse(text.slice(start, end + 1));
    } catch {
      // Not JSON after all (e.g. "{placeholder}" in prose); try the next opener.
    }
  }
  return undefined;
}

/** Index of the bracket closing the one at `start`, or -1 when the text ends first. */
function balancedEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i += 1) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i += 1;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') depth += 1;
    else if (ch === '}' || ch === ']') {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return -1;
}
