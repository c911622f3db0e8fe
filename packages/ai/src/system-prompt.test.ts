import { describe, expect, it } from 'vitest';
import { refinementMessage, repairMessage, systemPrompt } from './system-prompt.js';
import { tokens, validSpec } from './test-fixtures.js';

describe('system prompt', () => {
  it('lists the role tokens with values, the target, the viewport, the quality rules and the language rule', () => {
    const text = systemPrompt({ tokens, target: 'svelte-css', viewport: 768 });
    expect(text).toContain('{color.primary} = #0b6477');
    expect(text).toContain('{space.md} =');
    expect(text).toContain('Target: svelte-css');
    expect(text).toContain('768 px');
    for (const rule of ['WCAG 2.2 AA', 'Mobile-first', 'hover, focusVisible, active and disabled', 'Tokens only', 'Semantic HTML', 'Accessible names']) {
      expect(text).toContain(rule);
    }
    expect(text).toMatch(/English or Spanish.*language of the prompt/s);
  });

  it('asks a refinement for an RFC 6902 patch against the current spec, and repairs name the paths', () => {
    const text = refinementMessage('make it red', validSpec);
    expect(text).toContain(JSON.stringify(validSpec));
    expect(text).toContain('RFC 6902');
    expect(repairMessage([{ code: 'SCHEMA', message: 'Invalid option', path: 'root.tag' }], false)).toContain('root.tag: Invalid option');
  });
});
