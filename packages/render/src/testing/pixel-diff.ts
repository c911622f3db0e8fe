import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/**
 * Share of pixels that differ between two PNG screenshots (pixelmatch,
 * threshold 0.1, anti-aliasing differences ignored); 1 when the sizes differ.
 */
export function changedPixelRatio(a: Buffer, b: Buffer): number {
  const left = PNG.sync.read(a);
  const right = PNG.sync.read(b);
  if (left.width !== right.width || left.height !== right.height) return 1;
  const changed = pixelmatch(left.data, right.data, undefined, left.width, left.height, { threshold: 0.1, includeAA: false });
  return changed / (left.width * left.height);
}
