import { describe, expect, it } from 'vitest';
import { importHtml } from '../import/import-html.js';
import pricingCard from '../spec/fixtures/pricing-card.json' with { type: 'json' };
import { parseSpec } from '../spec/validate-spec.js';
import { PRESET_IDS, getPreset } from '../tokens/presets/index.js';
import { analyzeSpec } from './analyze-spec.js';
import { QualityReportSchema } from './quality-report.js';

describe('analyzeSpec with the built-in presets', () => {
  it.each(PRESET_IDS)('finds the pricing-card fixture clean with %s', (id) => {
    const report = analyzeSpec(parseSpec(pricingCard), getPreset(id));
    expect(QualityReportSchema.parse(report)).toEqual(report);
    expect(report.summary).toEqual({ errors: 0, warnings: 0, passed: true });
    expect(report.tokenCompliance.unknownTokens).toEqual([]);
    expect(report.contrast.pairs.every((p) => p.ratio >= p.required || p.state === 'disabled')).toBe(true);
  });

  it('measures the CTA on anclora-ocean with its real colours', () => {
    const pairs = analyzeSpec(parseSpec(pricingCard), getPreset('anclora-ocean')).contrast.pairs.filter((p) => p.path === 'root.children[3]');
    expect(pairs.map((p) => [p.state, p.backgroundColor, p.ratio])).toEqual([
      ['base', '#0b6477', 6.77],
      ['hover', '#09505f', 9.03],
      ['disabled', expect.any(String), 2.32],
    ]);
  });

  it('maps pasted Anclora colours back to the preset tokens on import', () => {
    const ocean = getPreset('anclora-ocean');
    const { spec, mapped } = importHtml(
      '<button class="btn" type="button" style="background:#0B6477;color:#fff;padding:.5rem 1rem;border-radius:8px">Start</button>',
      ocean,
    );
    expect(spec.root.style?.base).toEqual({ backgroundColor: '{color.primary}', color: '{color.on-primary}', padding: '{space.sm} {space.md}', borderRadius: '{radius.md}' });
    expect(mapped).toContainEqual({ value: '#0B6477', token: 'color.primary' });
    expect(analyzeSpec(spec, ocean).tokenCompliance.ratio).toBe(1);
  });
});
