import { describe, expect, it } from 'vitest';
import { importCssVariables } from './import-css-variables.js';
import { importDtcg } from './import-dtcg.js';
import { ROLE_TOKENS, type RoleToken, type TokenSet } from './model.js';
import { presets } from './presets/index.js';
import { withRoles } from './roles.js';

const roles = Object.keys(ROLE_TOKENS) as RoleToken[];

function expectComplete(set: TokenSet) {
  for (const role of roles) expect(set.tokens[role]?.type, role).toBe(ROLE_TOKENS[role]);
  // Every alias points at a token of the set with the same value.
  for (const token of Object.values(set.tokens)) {
    if (token.aliasOf === undefined) continue;
    expect(set.tokens[token.aliasOf]?.css, `${token.path} → ${token.aliasOf}`).toBe(token.css);
  }
}

describe('withRoles', () => {
  it('maps common alternative names before falling back to the base', () => {
    const set = importDtcg(
      {
        colors: { $type: 'color', primary: { $value: '#6d28d9' }, foreground: { $value: '#111827' }, 'muted-foreground': { $value: '#4b5563' } },
        color: { $type: 'color', brand: { secondary: { $value: '#0f766e' } }, error: { 500: { $value: '#b91c1c' } } },
        spacing: { $type: 'dimension', 1: { $value: '4px' }, 2: { $value: '8px' }, 4: { $value: '16px' } },
        radii: { $type: 'dimension', pill: { $value: '999px' } },
        'font-family': { $type: 'fontFamily', body: { $value: ['Inter', 'sans-serif'] } },
        leading: { $type: 'number', tight: { $value: 1.2 } },
      },
      'Brand',
    );
    const { tokens, mapped, filled } = withRoles(set);
    expect(mapped).toMatchObject({
      'color.primary': 'colors.primary',
      'color.text': 'colors.foreground',
      'color.text-muted': 'colors.muted-foreground',
      'color.secondary': 'color.brand.secondary',
      'color.danger': 'color.error.500',
      'space.xs': 'spacing.1',
      'space.sm': 'spacing.2',
      'space.md': 'spacing.4',
      'radius.full': 'radii.pill',
      'font.family.base': 'font-family.body',
      'line-height.tight': 'leading.tight',
    });
    expect(tokens.tokens['color.primary']).toMatchObject({ css: '#6d28d9', aliasOf: 'colors.primary' });
    expect(filled).toContain('color.on-primary');
    expect(filled).not.toContain('color.primary');
    expect(Object.keys(mapped).length + filled.length).toBe(roles.length);
    expectComplete(tokens);
  });

  it('prefers a scale step over the base: color.primary.500 becomes color.primary', () => {
    const set = importCssVariables(':root { --color-primary-500: #2563eb; --color-primary-600: #1d4ed8; }', 'x');
    const { tokens, mapped } = withRoles(set);
    expect(tokens.tokens['color.primary']).toMatchObject({ css: '#2563eb', aliasOf: 'color.primary.500' });
    expect(mapped['color.primary']).toBe('color.primary.500');
  });

  it('derives space roles from a Tailwind-style spacing unit', () => {
    const { tokens, mapped } = withRoles(importCssVariables(':root { --spacing: 0.25rem; }', 'x'));
    expect(tokens.tokens['space.md']?.css).toBe('1rem');
    expect(tokens.tokens['space.xl']?.css).toBe('2rem');
    expect(mapped['space.md']).toBe('spacing × 4');
  });

  it('fills the rest from the base preset, Anclora Ocean by default', () => {
    const { tokens, filled, mapped } = withRoles({ name: 'Empty', tokens: {} });
    expect(filled).toEqual(roles);
    expect(mapped).toEqual({});
    expect(tokens.name).toBe('Empty');
    expect(tokens.tokens['color.primary']?.css).toBe('#0b6477');
    expect(tokens.tokens['radius.md']?.css).toBe('8px');
    expectComplete(tokens);
  });

  it('takes another base when given one, keeping its aliases only where they still hold', () => {
    const { tokens } = withRoles({ name: 'Empty', tokens: {} }, presets['material-3']);
    expect(tokens.tokens['color.primary']?.css).toBe('#6750a4');
    // Material's color.text aliases color.on-surface, which the result does not have.
    expect(tokens.tokens['color.text']?.aliasOf).toBeUndefined();
    // Its radius.sm aliases radius.small, also absent.
    expect(tokens.tokens['radius.sm']).toMatchObject({ css: '8px' });
    expectComplete(tokens);
  });

  it('replaces a role present with the wrong type', () => {
    const set = importCssVariables(':root { --color-primary: 4px; }', 'x');
    const { tokens, filled } = withRoles(set);
    expect(tokens.tokens['color.primary']?.type).toBe('color');
    expect(filled).toContain('color.primary');
  });

  it('leaves complete sets and the input untouched', () => {
    const ocean = presets['anclora-ocean'];
    const { tokens, filled, mapped } = withRoles(ocean);
    expect(filled).toEqual([]);
    expect(mapped).toEqual({});
    expect(tokens.tokens).toEqual(ocean.tokens);
    const partial = importCssVariables(':root { --colors-primary: #123456; }', 'x');
    withRoles(partial);
    expect(Object.keys(partial.tokens)).toEqual(['colors.primary']);
  });
});
