import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/**
 * Pixel comparison of two screenshots for visual regression.
 *
 * Images of different sizes (a page that grew or shrank) are compared on the
 * union canvas: both are placed at the top-left of a canvas as wide and as
 * tall as the larger of each, the uncovered area is transparent, and every
 * pixel of the padding counts as changed — a size change is a change.
 */
export interface DiffOptions {
  /** pixelmatch's per-pixel colour distance threshold, 0–1; smaller is stricter (default 0.1). */
  threshold?: number;
}

export interface DiffResult {
  /** PNG of the union canvas: changed pixels red over a faded copy of the baseline, anti-aliasing yellow. */
  diffPng: Buffer;
  changedPixels: number;
  /** changedPixels / (width × height); 0 for two empty images. */
  ratio: number;
  width: number;
  height: number;
  /** The images' dimensions differ; the padding was counted as changed. */
  sizeMismatch: boolean;
}

const RED: [number, number, number] = [255, 0, 0];

export function diffPng(baseline: Buffer, current: Buffer, options: DiffOptions = {}): DiffResult {
  const a = PNG.sync.read(baseline);
  const b = PNG.sync.read(current);
  const width = Math.max(a.width, b.width);
  const height = Math.max(a.height, b.height);
  const sizeMismatch = a.width !== b.width || a.height !== b.height;
  const left = sizeMismatch ? padTo(a, width, height) : a.data;
  const right = sizeMismatch ? padTo(b, width, height) : b.data;
  const out = new PNG({ width, height });
  // includeAA: false — pixels pixelmatch detects as anti-aliasing are not counted (drawn yellow).
  const matched = pixelmatch(left, right, out.data, width, height, { threshold: options.threshold ?? 0.1, includeAA: false, diffColor: RED });
  const changedPixels = matched + (sizeMismatch ? markPadding(out.data, width, height, a, b) : 0);
  const total = width * height;
  // No per-row filter search: pngjs tries all five filters per row by default, which made the encode
  // 160 ms of a 270 ms diff at 1200×800; unfiltered it is about 20 ms, at a larger (still compressed) file.
  return { diffPng: PNG.sync.write(out, { filterType: 0 }), changedPixels, ratio: total === 0 ? 0 : changedPixels / total, width, height, sizeMismatch };
}

/** The result is within tolerance: at most `maxRatio` of the pixels changed. */
export function passes(result: Pick<DiffResult, 'ratio'>, maxRatio: number): boolean {
  return result.ratio <= maxRatio;
}

function padTo(image: PNG, width: number, height: number): Buffer {
  const data = Buffer.alloc(width * height * 4); // transparent black
  for (let y = 0; y < image.height; y++) {
    image.data.copy(data, y * width * 4, y * image.width * 4, (y + 1) * image.width * 4);
  }
  return data;
}

/** Paints red every pixel outside either image; returns how many pixelmatch had not already flagged. */
function markPadding(data: Buffer, width: number, height: number, a: PNG, b: PNG): number {
  let count = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (x < a.width && y < a.height && x < b.width && y < b.height) continue;
      const i = (y * width + x) * 4;
      if (data[i] === RED[0] && data[i + 1] === RED[1] && data[i + 2] === RED[2]) continue;
      data[i] = RED[0];
      data[i + 1] = RED[1];
      data[i + 2] = RED[2];
      data[i + 3] = 255;
      count += 1;
    }
  }
  return count;
}
