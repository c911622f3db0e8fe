import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { diffPng, passes } from './pixel-diff.js';

type Rgba = [number, number, number, number];

function png(width: number, height: number, fill: Rgba, paint?: (x: number, y: number) => Rgba | undefined): Buffer {
  const image = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const colour = paint?.(x, y) ?? fill;
      image.data.set(colour, (y * width + x) * 4);
    }
  }
  return PNG.sync.write(image);
}

function redPixels(buffer: Buffer): Array<{ x: number; y: number }> {
  const image = PNG.sync.read(buffer);
  const found: Array<{ x: number; y: number }> = [];
  for (let i = 0; i < image.data.length; i += 4) {
    if (image.data[i] === 255 && image.data[i + 1] === 0 && image.data[i + 2] === 0) found.push({ x: (i / 4) % image.width, y: Math.floor(i / 4 / image.width) });
  }
  return found;
}

const WHITE: Rgba = [255, 255, 255, 255];
const BLUE: Rgba = [11, 100, 119, 255];

describe('diffPng', () => {
  it('finds nothing between identical images', () => {
    const a = png(40, 30, WHITE);
    const result = diffPng(a, png(40, 30, WHITE));
    expect(result).toMatchObject({ changedPixels: 0, ratio: 0, width: 40, height: 30, sizeMismatch: false });
    expect(redPixels(result.diffPng)).toEqual([]);
    expect(passes(result, 0)).toBe(true);
  });

  it('counts a changed block and marks exactly it in red', () => {
    const block = (x: number, y: number) => (x >= 10 && x < 20 && y >= 5 && y < 15 ? BLUE : undefined);
    const result = diffPng(png(40, 30, WHITE), png(40, 30, WHITE, block));
    expect(result.changedPixels).toBe(100);
    expect(result.ratio).toBeCloseTo(100 / 1200, 10);
    const red = redPixels(result.diffPng);
    expect(red).toHaveLength(100);
    expect(red.every(({ x, y }) => x >= 10 && x < 20 && y >= 5 && y < 15)).toBe(true);
    expect(passes(result, 0.05)).toBe(false);
    expect(passes(result, 0.1)).toBe(true);
  });

  it('ignores a difference below the threshold and catches it above', () => {
    const nearWhite: Rgba = [250, 250, 250, 255];
    const slight = (x: number) => (x < 10 ? nearWhite : undefined);
    expect(diffPng(png(20, 20, WHITE), png(20, 20, WHITE, slight), { threshold: 0.1 }).changedPixels).toBe(0);
    expect(diffPng(png(20, 20, WHITE), png(20, 20, WHITE, slight), { threshold: 0 }).changedPixels).toBe(200);
  });

  it('compares different sizes on the union canvas and counts the padding as changed', () => {
    const result = diffPng(png(40, 30, WHITE), png(40, 35, WHITE));
    expect(result).toMatchObject({ width: 40, height: 35, sizeMismatch: true, changedPixels: 40 * 5 });
    const red = redPixels(result.diffPng);
    expect(red).toHaveLength(200);
    expect(red.every(({ y }) => y >= 30)).toBe(true);

    const wider = diffPng(png(30, 10, WHITE), png(20, 12, WHITE));
    // Union 30×12 minus the 20×10 both cover.
    expect(wider).toMatchObject({ width: 30, height: 12, changedPixels: 30 * 12 - 20 * 10 });
  });
});
