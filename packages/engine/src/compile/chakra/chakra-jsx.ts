/**
 * Prints Chakra style props as source: JSX attributes for the react-chakra
 * emitter (`bg="primary" p={{ base: "lg", md: "xl" }}`) and object literals.
 * Values are JSON-quoted, so no spec text can end an attribute or a string.
 */

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** An object key as TypeScript writes it: bare when it is an identifier, quoted otherwise. */
export const tsKey = (key: string): string => (IDENTIFIER.test(key) ? key : JSON.stringify(key));

/** A props value (string, number, boolean or nested plain object) as a one-line TS/JS expression. */
export function tsLiteral(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return JSON.stringify(value);
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    return `{ ${entries.map(([k, v]) => `${tsKey(k)}: ${tsLiteral(v)}`).join(', ')} }`;
  }
  throw new TypeError(`not a style-prop value: ${String(value)}`);
}

/** JSX attributes, one string per prop, in the props' order: `bg="primary"`, `_hover={{ bg: "primary-hover" }}`. */
export function chakraJsxAttributes(props: Record<string, unknown>): string[] {
  return Object.entries(props).flatMap(([name, value]) => {
    if (value === undefined) return [];
    if (typeof value === 'string' && !/["\\{}&<>]/.test(value)) return [`${name}="${value}"`];
    return [`${name}={${tsLiteral(value)}}`];
  });
}
