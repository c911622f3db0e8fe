/**
 * Best-effort parse of a JSON document that is still streaming in: closes the
 * open string and containers and, when the tail is an incomplete token
 * (`tru`, a key without its value), cuts back to the last comma or opener.
 * Progress events show the spec "as far as it parses"; never throws.
 */
const MAX_CUTS = 8;

export function parsePartialJson(text: string): unknown {
  const start = text.search(/[{[]/);
  if (start === -1) return undefined;
  const stack: string[] = [];
  // Places where the text can be cut and closed: before a comma, after an opener.
  const cuts: Array<{ at: number; closers: string }> = [];
  let inString = false;
  let escaped = false;
  for (let i = start; i < text.length; i += 1) {
    const ch = text[i]!;
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === '\\') escaped = true;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') {
      stack.push(ch === '{' ? '}' : ']');
      cuts.push({ at: i + 1, closers: [...stack].reverse().join('') });
    } else if (ch === '}' || ch === ']') {
      stack.pop();
      if (stack.length === 0) return tryParse(text.slice(start, i + 1));
    } else if (ch === ',') cuts.push({ at: i, closers: [...stack].reverse().join('') });
  }
  let body = text.slice(start);
  if (inString) body = (escaped ? body.slice(0, -1) : body) + '"';
  const whole = tryParse(body + [...stack].reverse().join(''));
  if (whole !== undefined) return whole;
  for (let k = cuts.length - 1; k >= 0 && k >= cuts.length - MAX_CUTS; k -= 1) {
    const cut = cuts[k]!;
    const value = tryParse(text.slice(start, cut.at) + cut.closers);
    if (value !== undefined) return value;
  }
  return undefined;
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
