import { describe, expect, it } from 'vitest';
import { testTokens } from '../quality/testing/test-tokens.js';
import { ImportLog } from './import-log.js';
import { readClasses } from './tailwind-classes.js';

const read = (classes: string, styled: string[] = []) => {
  const log = new ImportLog();
  const ctx = { tokens: testTokens(), log, styledClasses: new Set(styled), cache: new Map() };
  return { ...readClasses(classes.split(' '), ctx, 'root'), log };
};

describe('readClasses', () => {
  it('reads spacing, sizing and layout utilities as CSS', () => {
    expect(read('p-4 -mt-2 w-1/2 min-h-screen grid-cols-3 col-span-2 flex-1 truncate').rules.flatMap((r) => r.css)).toEqual([
      ['padding', '1rem'],
      ['margin-top', '-0.5rem'],
      ['width', '50%'],
      ['min-height', '100vh'],
      ['grid-template-columns', 'repeat(3, minmax(0, 1fr))'],
      ['grid-column', 'span 2 / span 2'],
      ['flex', '1 1 0%'],
      ['overflow', 'hidden'],
      ['text-overflow', 'ellipsis'],
      ['white-space', 'nowrap'],
    ]);
  });

  it('prefers the design system\'s own theme names, then Tailwind defaults', () => {
    const { rules, log } = read('bg-primary text-lg rounded-full shadow-xl font-mono bg-blue-600 bg-black/50');
    expect(rules.flatMap((r) => r.css)).toEqual([
      ['background-color', '{color.primary}'],
      ['font-size', '{font.size.lg}'],
      ['border-radius', '{radius.full}'],
      ['box-shadow', '0 20px 25px -5px rgb(0 0 0 / 0.1), 0 8px 10px -6px rgb(0 0 0 / 0.1)'],
      ['font-family', '{font.family.mono}'],
      ['background-color', '#155dfc'],
      ['background-color', '#00000080'],
    ]);
    expect(log.mapped).toContainEqual({ value: 'bg-primary', token: 'color.primary' });
  });

  it('puts variants in states and breakpoints and composes rings', () => {
    expect(read('ring-1 ring-border focus-visible:ring-2 focus-visible:ring-focus md:p-8').rules).toEqual([
      { bucket: 'md', css: [['padding', '2rem']] },
      { bucket: 'base', css: [['box-shadow', '0 0 0 1px {color.border}']] },
      { bucket: 'focusVisible', css: [['box-shadow', '0 0 0 2px {color.focus}']] },
    ]);
  });

  it('keeps plain and stylesheet classes as names and reports what it cannot map', () => {
    const { names, rules, log } = read('card p-4 text-muted group-hover:underline flex', ['flex']);
    expect(names).toEqual(['card', 'flex']);
    expect(rules).toEqual([{ bucket: 'base', css: [['padding', '1rem']] }]);
    expect(log.unsupported.map((u) => u.construct)).toEqual(['text-muted', 'group-hover:underline']);
  });
});
