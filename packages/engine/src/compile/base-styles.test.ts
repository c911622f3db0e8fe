import { describe, expect, it } from 'vitest';
import type { StyleBlock } from '../spec/style.js';
import { withUserAgentDefaults } from './base-styles.js';
import type { AttrModel, ElementModel } from './model.js';

const element = (tag: string, style: StyleBlock, attrs: Record<string, string> = {}): ElementModel =>
  ({
    kind: 'element',
    tag,
    isSvg: false,
    style,
    attrs: Object.entries(attrs).map(([name, text]): AttrModel => ({ name, boolean: false, value: { kind: 'static', text } })),
  }) as unknown as ElementModel;

const NO_BORDER_COLOR = { borderColor: false };

describe('withUserAgentDefaults', () => {
  it('keeps a sized, padded box content-box, as the user agent sizes it', () => {
    const style = { base: { width: '2rem', height: '2rem', padding: '4px' } };
    expect(withUserAgentDefaults(element('span', style), NO_BORDER_COLOR)?.base).toEqual({ ...style.base, boxSizing: 'content-box' });
  });

  it('leaves boxes alone where box-sizing changes nothing or the spec chose it', () => {
    for (const style of [{ base: { width: '2rem' } }, { base: { padding: '4px' } }, { base: { width: '2rem', padding: '4px', boxSizing: 'border-box' } }]) {
      expect(withUserAgentDefaults(element('div', style), NO_BORDER_COLOR)).toBe(style);
    }
    // Buttons and checkboxes are border-box in the user agent already.
    const sized = { base: { width: '1rem', padding: '2px' } };
    expect(withUserAgentDefaults(element('button', sized), NO_BORDER_COLOR)).toBe(sized);
    expect(withUserAgentDefaults(element('input', sized, { type: 'checkbox' }), NO_BORDER_COLOR)).toBe(sized);
    // A text field is padded by the user agent even when the spec does not pad it.
    expect(withUserAgentDefaults(element('input', { base: { width: '100%' } }), NO_BORDER_COLOR)?.base?.boxSizing).toBe('content-box');
  });

  it('separates table cells and draws unstyled borders in currentColor where a reset would not', () => {
    expect(withUserAgentDefaults(element('table', { base: { width: '100%' } }), NO_BORDER_COLOR)?.base).toEqual({ width: '100%', borderCollapse: 'separate' });
    const bordered = { base: { borderWidth: '1px', borderStyle: 'solid' } };
    expect(withUserAgentDefaults(element('div', bordered), { borderColor: true })?.base?.borderColor).toBe('currentColor');
    expect(withUserAgentDefaults(element('div', bordered), NO_BORDER_COLOR)).toBe(bordered);
    expect(withUserAgentDefaults(element('div', { base: { borderWidth: '0' } }), { borderColor: true })?.base?.borderColor).toBeUndefined();
  });
});
