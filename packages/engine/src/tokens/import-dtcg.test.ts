import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EngineError } from '../engine-error.js';
import { importDtcg } from './import-dtcg.js';

const harbor = readFileSync(new URL('./fixtures/harbor.tokens.json', import.meta.url), 'utf8');

function errorOf(run: () => unknown): EngineError {
  try {
    run();
  } catch (error) {
    if (error instanceof EngineError) return error;
    throw error;
  }
  throw new Error('expected an EngineError');
}

describe('importDtcg on the Harbor fixture', () => {
  const set = importDtcg(harbor, 'Harbor');
  const t = (path: string) => set.tokens[path]!;

  it('keeps the name and every token, in source order', () => {
    expect(set.name).toBe('Harbor');
    expect(Object.keys(set.tokens)).toHaveLength(51);
    expect(Object.keys(set.tokens).slice(0, 3)).toEqual(['color.palette.blue.100', 'color.palette.blue.500', 'color.palette.blue.600']);
  });

  it('inherits $type from the nearest group that sets it', () => {
    expect(t('color.legacy-accent')).toMatchObject({ type: 'color', css: '#ff6b35' });
    expect(t('space.inset.card').type).toBe('dimension');
    expect(t('opacity.disabled')).toMatchObject({ type: 'number', value: 0.38 });
  });

  it('turns colour objects of any space into CSS text', () => {
    expect(t('color.palette.blue.600').css).toBe('#2563eb');
    expect(t('color.palette.blue.500').css).toBe('oklch(62.3% 0.214 259.815)');
    expect(t('color.palette.coral.500').css).toBe('color(display-p3 0.9608 0.4157 0.3529)');
    expect(t('color.palette.slate.500').css).toBe('hsl(215 16.3% 46.9%)');
    expect(t('color.palette.ink-shadow').css).toBe('rgb(15 23 42 / 0.12)');
  });

  it('resolves chained aliases and remembers the direct target', () => {
    // color.action.primary → color.brand.primary → color.palette.blue.600
    expect(t('color.action.primary')).toEqual({ path: 'color.action.primary', type: 'color', css: '#2563eb', value: '#2563eb', aliasOf: 'color.brand.primary' });
    expect(t('color.brand.primary')).toMatchObject({ aliasOf: 'color.palette.blue.600', description: "The brand's blue." });
    expect(t('space.inset.card')).toMatchObject({ css: '1.5rem', aliasOf: 'space.600' });
  });

  it('reads $root as the group’s own token', () => {
    expect(t('color.action')).toMatchObject({ css: '#2563eb', aliasOf: 'color.action.primary', description: 'Default action colour.' });
  });

  it('reads dimensions, durations, families, weights and Béziers', () => {
    expect(t('space.100').css).toBe('4px');
    expect(t('space.400').css).toBe('1rem');
    expect(t('motion.duration.calm').css).toBe('0.3s');
    expect(t('font.family.sans')).toMatchObject({ css: '"Inter Variable", Inter, system-ui, sans-serif', value: ['Inter Variable', 'Inter', 'system-ui', 'sans-serif'] });
    expect(t('font.family.mono').value).toEqual(['JetBrains Mono']);
    expect(t('font.weight.regular').value).toBe(400);
    expect(t('font.weight.semibold').value).toBe(600);
    expect(t('motion.easing.standard').css).toBe('cubic-bezier(0.2, 0, 0, 1)');
  });

  it('resolves aliases inside composite values', () => {
    expect(t('elevation.raised').css).toBe('0 1px 3px 0 rgb(15 23 42 / 0.12)');
    expect(t('elevation.overlay').value).toEqual([
      { color: 'rgb(15 23 42 / 0.12)', offsetX: '0', offsetY: '10px', blur: '15px', spread: '-3px' },
      { color: 'rgb(0 0 0 / 0.05)', offsetX: '0', offsetY: '4px', blur: '6px', spread: '-4px' },
    ]);
    expect(t('typography.title').value).toEqual({
      fontFamily: '"Inter Variable", Inter, system-ui, sans-serif',
      fontSize: '1.5rem',
      fontWeight: 600,
      lineHeight: 1.25,
      letterSpacing: '-0.01rem',
    });
    expect(t('typography.card-title')).toMatchObject({ type: 'typography', aliasOf: 'typography.title', css: '' });
    expect(t('border.control')).toMatchObject({ css: '1px solid #e2e8f0', value: { color: '#e2e8f0', width: '1px', style: 'solid' } });
    expect(t('motion.fade').css).toBe('120ms cubic-bezier(0.2, 0, 0, 1) 0ms');
    expect(t('gradient.hero').value).toEqual([
      { color: '#2563eb', position: 0 },
      { color: 'color(display-p3 0.9608 0.4157 0.3529)', position: 1 },
    ]);
  });

  it('follows JSON-pointer $ref into another token’s value', () => {
    expect(t('elevation.pressed').value).toEqual([{ color: 'rgb(15 23 42 / 0.12)', offsetX: '0', offsetY: '2px', blur: '4px', spread: '0', inset: true }]);
  });

  it('keeps stroke styles with dash arrays', () => {
    expect(t('border.focus-dashed')).toMatchObject({ css: 'dashed', value: { dashArray: ['4px', '2px'], lineCap: 'round' } });
  });

  it('takes parsed JSON as well as text', () => {
    expect(importDtcg(JSON.parse(harbor), 'Harbor')).toEqual(set);
  });
});

describe('importDtcg groups', () => {
  it('applies $extends: the extended group’s tokens, overridden by the group’s own', () => {
    const set = importDtcg(
      {
        button: { $type: 'color', background: { $value: '#0b6477' }, text: { $value: '#ffffff' } },
        'button-danger': { $extends: '{button}', background: { $value: '#dc2626' } },
      },
      'x',
    );
    expect(set.tokens['button-danger.background']?.css).toBe('#dc2626');
    expect(set.tokens['button-danger.text']).toMatchObject({ type: 'color', css: '#ffffff' });
  });

  it('refuses a group that extends itself through another', () => {
    const error = errorOf(() => importDtcg({ a: { $extends: '{b}', x: { $type: 'number', $value: 1 } }, b: { $extends: '{a}' } }, 'x'));
    expect(error.code).toBe('TOKEN_ALIAS_CYCLE');
    expect(error.message).toContain('a → b → a');
  });

  it('normalises names into lower-case paths and aliases the same way', () => {
    const set = importDtcg({ Colors: { $type: 'color', brandPrimary: { $value: '#0b6477' }, link: { $value: '{Colors.brandPrimary}' } } }, 'x');
    expect(Object.keys(set.tokens)).toEqual(['colors.brand-primary', 'colors.link']);
    expect(set.tokens['colors.link']?.aliasOf).toBe('colors.brand-primary');
  });

  it('reads a whole-value JSON pointer as an alias', () => {
    const set = importDtcg({ a: { $type: 'color', $value: '#ffffff' }, b: { $type: 'color', $value: { $ref: '#/a/$value' } } }, 'x');
    expect(set.tokens.b).toMatchObject({ css: '#ffffff', aliasOf: 'a' });
  });

  it('keeps a group called __proto__ as an ordinary group', () => {
    const source = '{"__proto__": {"x": {"$type": "number", "$value": 1}}}';
    const set = importDtcg(source, 'x');
    expect(Object.keys(set.tokens)).toEqual(['__proto__.x']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('takes the type of the aliased token when none is declared', () => {
    const set = importDtcg({ a: { $type: 'duration', $value: '200ms' }, b: { $value: '{a}' } }, 'x');
    expect(set.tokens.b?.type).toBe('duration');
  });
});

describe('importDtcg errors', () => {
  it('names both paths of an a → b → a cycle', () => {
    const error = errorOf(() => importDtcg({ a: { $type: 'color', $value: '{b}' }, b: { $type: 'color', $value: '{a}' } }, 'x'));
    expect(error.code).toBe('TOKEN_ALIAS_CYCLE');
    expect(error.message).toContain('a → b → a');
    expect(error.issues[0]?.path).toBe('a');
  });

  it('finds cycles hidden inside composites and through chains', () => {
    const error = errorOf(() =>
      importDtcg(
        {
          c: { $type: 'color', $value: '{d}' },
          d: { $type: 'color', $value: '{e}' },
          e: { $type: 'shadow', $value: { color: '{c}', offsetX: '0', offsetY: '1px', blur: '2px', spread: '0' } },
        },
        'x',
      ),
    );
    expect(error.code).toBe('TOKEN_ALIAS_CYCLE');
    expect(error.message).toContain('c → d → e → c');
  });

  it('reports a self-reference as a cycle', () => {
    expect(errorOf(() => importDtcg({ a: { $type: 'color', $value: '{a}' } }, 'x')).message).toContain('a → a');
  });

  it('names the path of an unknown $type, on a token or a group', () => {
    const onToken = errorOf(() => importDtcg({ color: { brand: { $type: 'colour', $value: '#fff' } } }, 'x'));
    expect(onToken).toMatchObject({ code: 'UNKNOWN_TOKEN_TYPE' });
    expect(onToken.issues[0]?.path).toBe('color.brand');
    const onGroup = errorOf(() => importDtcg({ motion: { $type: 'animation', spin: { $value: 'spin 1s' } } }, 'x'));
    expect(onGroup.code).toBe('UNKNOWN_TOKEN_TYPE');
    expect(onGroup.issues[0]?.path).toBe('motion');
  });

  it('reports an alias to a token that does not exist', () => {
    const error = errorOf(() => importDtcg({ color: { $type: 'color', link: { $value: '{color.brand.primary}' } } }, 'x'));
    expect(error.code).toBe('UNKNOWN_TOKEN_ALIAS');
    expect(error.issues[0]?.path).toBe('color.link');
    expect(error.message).toContain('color.brand.primary');
  });

  it('reports an alias to a group, not a token, as missing', () => {
    expect(errorOf(() => importDtcg({ g: { a: { $type: 'number', $value: 1 } }, b: { $type: 'number', $value: '{g}' } }, 'x')).code).toBe('UNKNOWN_TOKEN_ALIAS');
  });

  it('reports values that do not fit their type, and type clashes through aliases', () => {
    const bad = errorOf(() => importDtcg({ space: { $type: 'dimension', md: { $value: { value: '16', unit: 'px' } } } }, 'x'));
    expect(bad.code).toBe('INVALID_TOKEN_VALUE');
    expect(bad.issues[0]?.path).toBe('space.md');
    const clash = errorOf(() => importDtcg({ a: { $type: 'color', $value: '#fff' }, b: { $type: 'dimension', $value: '{a}' } }, 'x'));
    expect(clash).toMatchObject({ code: 'INVALID_TOKEN_VALUE' });
    expect(clash.message).toMatch(/aliases "a", a color/);
  });

  it('reports an untyped value that shows no type', () => {
    expect(errorOf(() => importDtcg({ flag: { $value: true } }, 'x')).code).toBe('UNKNOWN_TOKEN_TYPE');
  });

  it('reports malformed JSON and files that are not token groups', () => {
    const malformed = errorOf(() => importDtcg('{ "color": { "$type": "color", ', 'x'));
    expect(malformed.code).toBe('INVALID_TOKEN_FILE');
    expect(malformed.message).toMatch(/not valid JSON/);
    expect(errorOf(() => importDtcg('[1, 2]', 'x')).code).toBe('INVALID_TOKEN_FILE');
    expect(errorOf(() => importDtcg('null', 'x')).code).toBe('INVALID_TOKEN_FILE');
    expect(errorOf(() => importDtcg({ color: 'red' }, 'x')).issues[0]?.path).toBe('color');
  });

  it('refuses two names that normalise to the same path', () => {
    const error = errorOf(() => importDtcg({ fontSize: { $type: 'number', $value: 1 }, 'font-size': { $type: 'number', $value: 2 } }, 'x'));
    expect(error.code).toBe('DUPLICATE_TOKEN_PATH');
    expect(error.issues[0]?.path).toBe('font-size');
  });

  it('stops 1000-level nesting with a clear error instead of crashing', () => {
    let nested: Record<string, unknown> = { leaf: { $type: 'number', $value: 1 } };
    for (let i = 0; i < 1000; i += 1) nested = { group: nested };
    for (const source of [nested, JSON.stringify(nested)]) {
      const error = errorOf(() => importDtcg(source, 'x'));
      expect(error.code).toBe('TOKEN_FILE_TOO_DEEP');
      expect(error.message).toMatch(/more than 32 levels/);
    }
  });

  it('resolves a 20,000-long alias chain without overflowing the stack', () => {
    const file: Record<string, unknown> = { t0: { $type: 'dimension', $value: '4px' } };
    for (let i = 1; i < 20_000; i += 1) file[`t${i}`] = { $value: `{t${i - 1}}` };
    const set = importDtcg(file, 'x');
    expect(set.tokens.t19999).toMatchObject({ type: 'dimension', css: '4px', aliasOf: 't19998' });
  });

  it('refuses more tokens than TOKEN_LIMITS allows', () => {
    const file: Record<string, unknown> = {};
    for (let i = 0; i <= 20_000; i += 1) file[`t${i}`] = { $type: 'number', $value: i };
    expect(errorOf(() => importDtcg(file, 'x')).code).toBe('TOKEN_FILE_TOO_LARGE');
  });

  it('refuses values nested deeper than any composite', () => {
    let value: unknown = '#fff';
    for (let i = 0; i < 50; i += 1) value = [value];
    expect(errorOf(() => importDtcg({ a: { $type: 'gradient', $value: value } }, 'x')).code).toBe('INVALID_TOKEN_VALUE');
  });
});
