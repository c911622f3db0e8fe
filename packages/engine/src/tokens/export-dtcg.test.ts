import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportDtcg } from './export-dtcg.js';
import { importCssVariables } from './import-css-variables.js';
import { importDtcg } from './import-dtcg.js';
import { importStyleDictionary } from './import-style-dictionary.js';
import { importTailwindTheme } from './import-tailwind-theme.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('exportDtcg', () => {
  const harbor = importDtcg(fixture('harbor.tokens.json'), 'Harbor');
  const json = JSON.parse(exportDtcg(harbor));

  it('writes DTCG 2025.10 objects with an explicit $type', () => {
    expect(json.color.palette.blue['600']).toEqual({ $type: 'color', $value: { colorSpace: 'srgb', components: [0.1451, 0.3882, 0.9216], hex: '#2563eb' } });
    expect(json.color.palette.blue['500'].$value).toEqual({ colorSpace: 'oklch', components: [0.623, 0.214, 259.815] });
    expect(json.space['400']).toEqual({ $type: 'dimension', $value: { value: 1, unit: 'rem' } });
    expect(json.motion.duration.quick.$value).toEqual({ value: 120, unit: 'ms' });
    expect(json.font.family.sans.$value).toEqual(['Inter Variable', 'Inter', 'system-ui', 'sans-serif']);
    expect(json.motion.fade.$value).toEqual({ duration: { value: 120, unit: 'ms' }, delay: { value: 0, unit: 'ms' }, timingFunction: [0.2, 0, 0, 1] });
  });

  it('writes aliases as references and a group’s own token as $root', () => {
    expect(json.color.brand.primary).toEqual({ $type: 'color', $value: '{color.palette.blue.600}', $description: "The brand's blue." });
    expect(json.color.action.$root.$value).toBe('{color.action.primary}');
  });

  it('round-trips a group named __proto__ instead of turning it into a prototype', () => {
    const set = importDtcg('{"__proto__": {"x": {"$type": "number", "$value": 1}}}', 'x');
    expect(importDtcg(exportDtcg(set), 'x')).toEqual(set);
  });

  it('puts short arrays on one line', () => {
    expect(exportDtcg(harbor)).toContain('"components": [0.1451, 0.3882, 0.9216]');
  });

  it.each([
    ['DTCG', () => harbor],
    ['Style Dictionary', () => importStyleDictionary(fixture('lighthouse.style-dictionary.json'), 'Lighthouse')],
    ['CSS variables', () => importCssVariables(fixture('nautilus.variables.css'), 'Nautilus')],
    ['Tailwind theme', () => importTailwindTheme(fixture('quayside.tailwind.css'), 'Quayside')],
  ])('round-trips the %s fixture', (_, load) => {
    const set = load();
    expect(importDtcg(exportDtcg(set), set.name)).toEqual(set);
  });
});
