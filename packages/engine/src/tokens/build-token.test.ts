import { describe, expect, it } from 'vitest';
import type { EngineError } from '../engine-error.js';
import { buildToken, TOKEN_TYPES } from './build-token.js';

const build = (type: Parameters<typeof buildToken>[1], raw: unknown) => buildToken('test.token', type, raw);
const failure = (type: Parameters<typeof buildToken>[1], raw: unknown): EngineError => {
  try {
    build(type, raw);
  } catch (error) {
    return error as EngineError;
  }
  throw new Error('expected a failure');
};

describe('buildToken', () => {
  it('knows all thirteen DTCG types', () => {
    expect(TOKEN_TYPES).toHaveLength(13);
  });

  it('reads dimensions as objects or CSS text, canonically', () => {
    expect(build('dimension', { value: 16, unit: 'px' }).css).toBe('16px');
    expect(build('dimension', '.50rem').css).toBe('0.5rem');
    expect(build('dimension', { value: 0, unit: 'rem' }).css).toBe('0');
    expect(build('dimension', 'clamp(1rem, 2vw, 2rem)').css).toBe('clamp(1rem, 2vw, 2rem)');
    expect(failure('dimension', 16).message).toMatch(/has no unit/);
    expect(failure('dimension', { value: 1, unit: 'parsecs' }).code).toBe('INVALID_TOKEN_VALUE');
  });

  it('reads durations, numbers, weights, families and Béziers', () => {
    expect(build('duration', { value: 0.2, unit: 's' }).css).toBe('0.2s');
    expect(build('duration', '150ms').value).toBe('150ms');
    expect(build('number', 'calc(1.75 / 1.125)').value).toBe(1.5556);
    expect(build('fontWeight', 'semi-bold').value).toBe(600);
    expect(build('fontWeight', 'extrabold').value).toBe(800);
    expect(failure('fontWeight', 1200).code).toBe('INVALID_TOKEN_VALUE');
    expect(build('fontFamily', ['Segoe UI', 'sans-serif']).css).toBe('"Segoe UI", sans-serif');
    expect(build('fontFamily', "'Open Sans', Arial").value).toEqual(['Open Sans', 'Arial']);
    expect(build('cubicBezier', 'ease-in-out').value).toEqual([0.42, 0, 0.58, 1]);
    expect(failure('cubicBezier', [2, 0, 0, 1]).message).toMatch(/x in 0–1/);
  });

  it('reads CSS shadow lists into layers with every length spelled out', () => {
    const token = build('shadow', '0 1px rgb(0 0 0 / 0.05), inset 0 2px 4px -1px #000');
    expect(token.value).toEqual([
      { color: 'rgb(0 0 0 / 0.05)', offsetX: '0', offsetY: '1px', blur: '0', spread: '0' },
      { color: '#000000', offsetX: '0', offsetY: '2px', blur: '4px', spread: '-1px', inset: true },
    ]);
    expect(token.css).toBe('0 1px 0 0 rgb(0 0 0 / 0.05), inset 0 2px 4px -1px #000000');
    expect(failure('shadow', '1px red').message).toMatch(/2 to 4 lengths/);
  });

  it('names the failing part of a composite', () => {
    const error = failure('typography', { fontFamily: 'Inter', fontSize: 'big' });
    expect(error.message).toMatch(/fontSize/);
    expect(error.issues[0]?.path).toBe('test.token');
  });

  it('fills typography gaps with CSS initial values and keeps css empty', () => {
    const token = build('typography', { fontFamily: 'Inter', fontSize: '1rem' });
    expect(token.css).toBe('');
    expect(token.value).toEqual({ fontFamily: 'Inter', fontSize: '1rem', fontWeight: 400, lineHeight: 'normal' });
  });

  it('writes borders, transitions and gradients as CSS shorthands', () => {
    expect(build('border', '2px dashed #E2E8F0').css).toBe('2px dashed #e2e8f0');
    expect(build('transition', { duration: '200ms', timingFunction: [0.4, 0, 0.2, 1] }).css).toBe('200ms cubic-bezier(0.4, 0, 0.2, 1) 0ms');
    expect(build('transition', '0.2s ease-in-out 50ms').value).toEqual({ duration: '0.2s', delay: '50ms', timingFunction: 'cubic-bezier(0.42, 0, 0.58, 1)' });
    expect(failure('transition', 'fade 1s 2s 3s').code).toBe('INVALID_TOKEN_VALUE');
    expect(build('gradient', [{ color: '#fff', position: 0 }, { color: '#000', position: 1.4 }]).css).toBe('linear-gradient(#ffffff 0%, #000000 100%)');
  });

  it('refuses values that could break out of a declaration or load something', () => {
    expect(failure('color', 'red; } body { display: none').code).toBe('INVALID_TOKEN_VALUE');
    expect(failure('dimension', 'calc(1px); x: url(https://evil.test)').code).toBe('INVALID_TOKEN_VALUE');
    expect(failure('gradient', 'linear-gradient(url(x.png))').code).toBe('INVALID_TOKEN_VALUE');
    // A font name is quoted and escaped instead: it cannot close a <style> element.
    const family = build('fontFamily', ['</style><script>alert(1)</script>']).css;
    expect(family).not.toContain('<');
    expect(family.startsWith('"')).toBe(true);
  });
});
