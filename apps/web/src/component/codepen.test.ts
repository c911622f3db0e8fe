import { describe, expect, it } from 'vitest';
import { compileAll, generateSpec, presets, type TargetId } from '@anclora/engine';
import { codePenData, supportsCodePen, TAILWIND_BROWSER } from './codepen';

// Real compiler output, so the pen is built from what the API serves.
const spec = generateSpec('login form').spec;
const outputs = new Map(compileAll(spec, presets['anclora-ocean']).map((o) => [o.target, o]));
const penFor = (target: TargetId) => {
  const out = outputs.get(target)!;
  return codePenData({ name: spec.name, description: spec.description ?? null, target, files: out.files, entry: out.entry });
};

describe('codePenData', () => {
  it('html-css: the markup in the HTML panel and the <style> rules in the CSS panel', () => {
    const pen = penFor('html-css')!;
    expect(pen.title).toBe(spec.name);
    expect(pen.html).not.toContain('<style');
    expect(pen.html).toContain('<form');
    expect(pen.css).toContain('--color-primary: #0b6477;');
    expect(pen.css.startsWith(':root {')).toBe(true);
    expect(pen).toMatchObject({ js: '', js_pre_processor: 'none', editors: '110' });
  });

  it('html-tailwind: the browser build of Tailwind v4 and the token theme in the head', () => {
    const pen = penFor('html-tailwind')!;
    expect(pen.js_external).toBe(TAILWIND_BROWSER);
    expect(pen.head).toMatch(/^<style type="text\/tailwindcss">/);
    expect(pen.head).toContain('@theme {');
    expect(pen.head).not.toContain('@import "tailwindcss"');
    expect(pen.html).toContain('class="');
  });

  it('react-css: TSX with esm.sh imports, the CSS file in the CSS panel, and a mount', () => {
    const pen = penFor('react-css')!;
    expect(pen.js_pre_processor).toBe('typescript');
    expect(pen.html).toBe('<div id="root"></div>\n');
    expect(pen.js).toContain("import React from 'https://esm.sh/react@19';");
    expect(pen.js).toContain("from 'https://esm.sh/react@19';");
    expect(pen.js).not.toMatch(/from\s+['"]react['"]/);
    expect(pen.js).not.toContain("import './");
    expect(pen.js).toContain('export function LoginForm(');
    expect(pen.js.trimEnd().endsWith("createRoot(document.getElementById('root')!).render(<LoginForm />);")).toBe(true);
    expect(pen.css).toContain('.login-form__login');
    expect(pen.js_external).toBeUndefined();
  });

  it('react-chakra: the theme inlined before the component, rendered inside ChakraProvider', () => {
    const pen = penFor('react-chakra')!;
    expect(pen.js).not.toMatch(/from\s+['"]@chakra-ui\/react['"]/);
    expect(pen.js).toContain('https://esm.sh/@chakra-ui/react@3?deps=react@19,react-dom@19');
    expect(pen.js.indexOf('export const system')).toBeLessThan(pen.js.indexOf('export function LoginForm'));
    expect(pen.js).toContain('<ChakraProvider value={system}>');
  });

  it('react-tailwind: Tailwind in the head, no CSS panel', () => {
    const pen = penFor('react-tailwind')!;
    expect(pen.js_external).toBe(TAILWIND_BROWSER);
    expect(pen.css).toBe('');
  });

  it('web-component: the element in the HTML panel and its TypeScript class in the JS panel', () => {
    const pen = penFor('web-component')!;
    expect(pen.html).toBe('<login-form></login-form>\n');
    expect(pen.js).toContain("customElements.define('login-form'");
  });

  it('has no pen for targets that need a build step CodePen has not got', () => {
    for (const target of ['vue-css', 'vue-tailwind', 'svelte-css', 'angular-css'] as const) {
      expect(supportsCodePen(target)).toBe(false);
      expect(penFor(target)).toBeNull();
    }
    expect(codePenData({ name: 'x', target: 'html-css', files: [], entry: 'x.html' })).toBeNull();
  });
});
