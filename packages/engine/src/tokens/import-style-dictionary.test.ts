import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EngineError } from '../engine-error.js';
import type { SkippedToken } from './import-options.js';
import { importStyleDictionary } from './import-style-dictionary.js';

const lighthouse = readFileSync(new URL('./fixtures/lighthouse.style-dictionary.json', import.meta.url), 'utf8');

function errorOf(run: () => unknown): EngineError {
  try {
    run();
  } catch (error) {
    if (error instanceof EngineError) return error;
    throw error;
  }
  throw new Error('expected an EngineError');
}

describe('importStyleDictionary on the Lighthouse fixture', () => {
  const skipped: SkippedToken[] = [];
  const set = importStyleDictionary(lighthouse, 'Lighthouse', { onSkip: (s) => skipped.push(s) });
  const t = (path: string) => set.tokens[path]!;

  it('imports the base and semantic tiers in source order', () => {
    expect(Object.keys(set.tokens)).toHaveLength(35);
    expect(Object.keys(set.tokens).slice(0, 4)).toEqual(['color.base.gray.light', 'color.base.gray.medium', 'color.base.gray.dark', 'color.base.red']);
  });

  it('resolves {x.y.value} and {x.y} references as aliases', () => {
    expect(t('color.font.base')).toMatchObject({ type: 'color', css: '#111111', aliasOf: 'color.base.gray.dark' });
    expect(t('color.font.inverse')).toMatchObject({ css: '#ffffff', aliasOf: 'color.base.white' });
    expect(t('color.background.brand')).toMatchObject({ css: '#00796b', aliasOf: 'color.base.teal' });
    expect(t('size.font.base')).toMatchObject({ css: '1rem', aliasOf: 'size.font.medium' });
  });

  it('infers types without `type` and maps Style Dictionary / Tokens Studio type names', () => {
    expect(t('color.base.teal')).toMatchObject({ type: 'color', css: '#00796b' });
    expect(t('font.family.base')).toMatchObject({ type: 'fontFamily', value: ['Open Sans', 'Helvetica', 'Arial', 'sans-serif'] });
    expect(t('font.weight.bold')).toMatchObject({ type: 'fontWeight', value: 700 });
    expect(t('font.line-height.body')).toMatchObject({ type: 'number', value: 1.5 });
    expect(t('font.line-height.heading')).toMatchObject({ type: 'dimension', css: '32px' });
    expect(t('time.fast')).toMatchObject({ type: 'duration', css: '150ms' });
    expect(t('shadow.inner')).toMatchObject({ type: 'shadow', css: 'inset 0 1px 2px 0 rgb(0 0 0 / 0.1)' });
  });

  it('gives CTI size numbers rem and typed dimension numbers px, as Style Dictionary’s transforms do', () => {
    expect(t('size.font.small').css).toBe('0.75rem');
    expect(t('size.padding.large').css).toBe('2rem');
    expect(t('size.border.width').css).toBe('1px');
  });

  it('reads Tokens Studio shadows and embedded references', () => {
    expect(t('shadow.card').value).toEqual([{ color: 'rgb(0 0 0 / 0.15)', offsetX: '0', offsetY: '2px', blur: '4px', spread: '0' }]);
    expect(t('border.default')).toMatchObject({ type: 'border', css: '1px solid #cccccc' });
  });

  it('resolves references inside composites', () => {
    expect(t('typography.body').value).toEqual({ fontFamily: '"Open Sans", Helvetica, Arial, sans-serif', fontSize: '1rem', fontWeight: 400, lineHeight: 1.5 });
  });

  it('keeps comments as descriptions', () => {
    expect(t('color.base.gray.light').description).toBe('Dividers and disabled borders');
  });

  it('skips assets and content strings, and says so', () => {
    expect(skipped.map((s) => s.name)).toEqual(['asset.font.icons', 'content.icon.close']);
    expect(skipped[1]?.reason).toMatch(/content/);
    expect(set.tokens['asset.font.icons']).toBeUndefined();
  });
});

describe('importStyleDictionary errors', () => {
  it('names both paths of a cycle', () => {
    const error = errorOf(() => importStyleDictionary({ a: { value: '{b.value}' }, b: { value: '{a}' } }, 'x'));
    expect(error.code).toBe('TOKEN_ALIAS_CYCLE');
    expect(error.message).toContain('a → b → a');
  });

  it('reports a reference to a missing token with the referring path', () => {
    const error = errorOf(() => importStyleDictionary({ color: { link: { value: '{color.brand.value}' } } }, 'x'));
    expect(error.code).toBe('UNKNOWN_TOKEN_ALIAS');
    expect(error.issues[0]?.path).toBe('color.link');
  });

  it('reports a value that does not fit its declared type', () => {
    expect(errorOf(() => importStyleDictionary({ c: { value: 'banana', type: 'color' } }, 'x')).code).toBe('INVALID_TOKEN_VALUE');
  });

  it('reports malformed JSON and deep nesting', () => {
    expect(errorOf(() => importStyleDictionary('{"color": ', 'x')).code).toBe('INVALID_TOKEN_FILE');
    let nested: Record<string, unknown> = { leaf: { value: 1 } };
    for (let i = 0; i < 1000; i += 1) nested = { g: nested };
    expect(errorOf(() => importStyleDictionary(nested, 'x')).code).toBe('TOKEN_FILE_TOO_DEEP');
  });
});
