/**
 * A lookup in a table keyed by strings from the input. Plain `table[key]`
 * would answer "constructor" or "toString" with Object.prototype's
 * functions; hostile files must get "unknown", not a crash.
 */
export const own = <V>(table: Readonly<Record<string, V>>, key: string): V | undefined => (Object.hasOwn(table, key) ? table[key] : undefined);
