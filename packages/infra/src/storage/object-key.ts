import { errors } from '@anclora/shared';

/** S3's own limit; enforcing it everywhere keeps the local adapter from accepting keys S3 would refuse. */
export const MAX_KEY_BYTES = 1024;

// Shown in error messages instead of the whole key, so a hostile 1 MB key
// cannot blow up logs and responses.
const describe = (key: string): string => (key.length > 80 ? `${key.slice(0, 80)}…` : key);

/** The reason a key or prefix is unsafe in both adapters, or undefined when it is safe. */
function unsafeReason(value: string): string | undefined {
  if (value.startsWith('/')) return 'it must be relative (no leading "/")';
  if (value.includes('\\')) return 'backslashes are not allowed';
  if (value.includes('\0')) return 'NUL bytes are not allowed';
  if (value.split('/').includes('..')) return '".." segments are not allowed';
  if (Buffer.byteLength(value, 'utf8') > MAX_KEY_BYTES) return `it is longer than ${MAX_KEY_BYTES} bytes`;
  return undefined;
}

/**
 * Throws INVALID_STORAGE_KEY unless the key is a safe, relative,
 * slash-separated path. Both adapters call this before touching anything, so a
 * key can never escape the folder or bucket and means the same object in both.
 */
export function assertValidKey(key: string): void {
  if (key === '') throw errors.invalidKey(key, 'it is empty');
  const reason = unsafeReason(key);
  if (reason) throw errors.invalidKey(describe(key), reason);
  // On disk "a//b", "a/./b" and "a/" collapse into other paths while S3 keeps
  // them distinct; rejecting them keeps the two adapters in agreement.
  if (key.split('/').some((segment) => segment === '' || segment === '.')) {
    throw errors.invalidKey(describe(key), 'empty or "." segments are not allowed');
  }
}

/**
 * Throws INVALID_STORAGE_KEY for a list() prefix that could escape the root.
 * Looser than a key: '' lists everything, and a prefix may end with '/' or
 * stop mid-segment ("renders/ab" matches "renders/abc/1.png").
 */
export function assertValidPrefix(prefix: string): void {
  const reason = unsafeReason(prefix);
  if (reason) throw errors.invalidKey(describe(prefix), reason);
}

/**
 * Orders keys by their UTF-8 bytes, which is how S3 sorts listings; JavaScript's
 * default sort uses UTF-16 units and disagrees for characters beyond U+FFFF.
 */
export function compareKeys(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
