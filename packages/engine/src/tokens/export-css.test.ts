import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { exportCss } from './export-css.js';
import { importCssVariables } from './import-css-variables.js';
import { importDtcg } from './import-dtcg.js';
import { cssVarName } from './model.js';
import { pathFromCssVar } from './token-path.js';
import { PRESET_IDS, presets } from './presets/index.js';

const declarationsOf = (css: string) => {
  const map = new Map<string, string>();
  postcss.parse(css).walkDecls((d) => {
    map.set(d.prop, d.value);
  });
  return map;
};

describe('exportCss', () => {
  const set = importDtcg(
    {
      color: { $type: 'color', brand: { $value: '#0B6477' }, primary: { $value: '{color.brand}' } },
      shadow: { md: { $type: 'shadow', $value: '0 4px 6px -1px rgb(0 0 0 / 0.1), 0 2px 4px -2px rgb(0 0 0 / 0.1)' } },
      font: {
        body: { $type: 'typography', $value: { fontFamily: ['Inter', 'Segoe UI', 'sans-serif'], fontSize: '1rem', fontWeight: 400, lineHeight: 1.5 } },
        lead: { $type: 'typography', $value: '{font.body}' },
      },
    },
    'Demo */ <b>',
  );
  const css = exportCss(set);

  it('writes one :root rule that postcss parses', () => {
    const root = postcss.parse(css);
    expect(root.nodes.filter((n) => n.type === 'rule').map((n) => (n as postcss.Rule).selector)).toEqual([':root']);
  });

  it('keeps aliases as var() so the cascade keeps the relation', () => {
    expect(declarationsOf(css).get('--color-primary')).toBe('var(--color-brand)');
    expect(declarationsOf(css).get('--color-brand')).toBe('#0b6477');
  });

  it('writes shadows as CSS shadow lists and typography as one variable per part', () => {
    const d = declarationsOf(css);
    expect(d.get('--shadow-md')).toBe('0 4px 6px -1px rgb(0 0 0 / 0.1), 0 2px 4px -2px rgb(0 0 0 / 0.1)');
    expect(d.get('--font-body-font-family')).toBe('Inter, "Segoe UI", sans-serif');
    expect(d.get('--font-body-font-size')).toBe('1rem');
    expect(d.get('--font-body-font-weight')).toBe('400');
    expect(d.get('--font-body-line-height')).toBe('1.5');
    expect(d.has('--font-body')).toBe(false);
    expect(d.get('--font-lead-font-size')).toBe('var(--font-body-font-size)');
  });

  it('cannot be broken out of by the set name', () => {
    expect(css.split('*/')).toHaveLength(2);
  });

  it('is deterministic and ends with a newline', () => {
    expect(exportCss(set)).toBe(css);
    expect(css.endsWith('}\n')).toBe(true);
  });

  it.each(PRESET_IDS)('re-imports the %s preset with the same values and aliases', (id) => {
    const preset = presets[id];
    const back = importCssVariables(exportCss(preset), preset.name);
    for (const token of Object.values(preset.tokens)) {
      if (token.type === 'typography') continue;
      const again = back.tokens[pathFromCssVar(cssVarName(token.path))];
      expect(again?.css, token.path).toBe(token.css);
      if (token.aliasOf) expect(again?.aliasOf).toBe(pathFromCssVar(cssVarName(token.aliasOf)));
    }
  });
});
