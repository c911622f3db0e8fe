import { parseTemplate, TmplAstBoundText, TmplAstElement, TmplAstText, type TmplAstNode } from '@angular/compiler';
import { performCompilation, type AngularCompilerOptions } from '@angular/compiler-cli';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { compile } from './compile.js';
import { angularTemplateOf, scratchDir, typeCheck } from './testing/real-compilers.js';
import { ALL_SPECS, HOSTILE_TEXTS } from './testing/specs.js';
import { testTokens } from './testing/tokens.js';

const tokens = testTokens();
const outputs = ALL_SPECS.map(([name, spec]) => ({ name, out: compile(spec, tokens, 'angular-css') }));
const sourceOf = (name: string) => outputs.find((o) => o.name === name)!.out.files[0]!.content;

/** Text as Angular's template parser sees it: static text, or the source of an interpolation. */
function texts(nodes: readonly TmplAstNode[]): string[] {
  return nodes.flatMap((node): string[] => {
    if (node instanceof TmplAstText) return [node.value];
    if (node instanceof TmplAstBoundText) return [`BOUND:${(node.value as unknown as { source: string }).source}`];
    if (node instanceof TmplAstElement) return texts(node.children);
    return 'children' in node ? texts((node as { children: TmplAstNode[] }).children) : [];
  });
}

describe('angular-css', () => {
  it('writes a standalone component with signal inputs, @Output emitters, signals and control flow', () => {
    const source = sourceOf('pricing-card');
    expect(source).toContain("import { Component, EventEmitter, Output, booleanAttribute, input, signal } from '@angular/core';");
    expect(source).toContain("  selector: 'app-pricing-card',\n  standalone: true,\n  template: `");
    expect(source).toContain("readonly title = input('Pro');");
    expect(source).toContain('readonly highlighted = input(false, { transform: booleanAttribute });');
    expect(source).toContain('@Output() readonly choose = new EventEmitter<void>();');
    expect(source).toContain('protected readonly selected = signal(false);');
    expect(source).toContain('this.selected.update((current) => !current);');
    expect(source).toContain('@for (item of featureItems; track item.id) {');
    expect(source).toContain('@if (selected()) {Selected} @else {Choose plan}');
    expect(source).toContain('[attr.aria-pressed]="selected()"');
    expect(source).toContain('  styles: `\n    :host {\n      display: contents;');
    expect(sourceOf('signup-form')).toContain('[disabled]="!agreed()"');
    expect(sourceOf('awkward-names')).toContain("readonly classValue = input('primary', { alias: 'class' });");
    expect(sourceOf('awkward-names')).toContain("@Output('new') readonly newEvent = new EventEmitter<string>();");
  });

  it("parses every template with @angular/compiler's parseTemplate, without errors", () => {
    for (const { name, out } of outputs) {
      const parsed = parseTemplate(angularTemplateOf(out.files[0]!.content), `${name}.html`, {});
      expect(parsed.errors ?? [], name).toEqual([]);
    }
  });

  it('keeps hostile text out of interpolation: braces become string literals, not expressions', () => {
    const parsed = parseTemplate(angularTemplateOf(sourceOf('hostile-text')), 'hostile.html', {});
    const all = texts(parsed.nodes);
    for (const bound of all.filter((t) => t.startsWith('BOUND:'))) {
      // Every interpolation is a component member or a quoted literal.
      expect(bound).toMatch(/^BOUND:(?:\{\{ (?:'[^']*'|label\(\)|note\(\)|item\.text) \}\})+$/);
    }
    expect(all.filter((t) => !t.startsWith('BOUND:')).join('')).toContain(HOSTILE_TEXTS[0]);
  });

  it('type-checks against @angular/core (experimentalDecorators) with no unused code', () => {
    const files = Object.fromEntries(outputs.map(({ name, out }) => [`${name}/${out.files[0]!.path}`, out.files[0]!.content]));
    expect(typeCheck(files, { experimentalDecorators: true, useDefineForClassFields: false })).toEqual([]);
  });

  describe('AOT', () => {
    const scratch = scratchDir('angular');
    afterAll(() => scratch.remove());

    it('compiles ahead of time with @angular/compiler-cli, strict template type-checking on', () => {
      const rootNames = outputs.map(({ name, out }) => scratch.write(`src/${name}/${out.files[0]!.path}`, out.files[0]!.content));
      const { diagnostics, emitResult } = performCompilation({
        rootNames,
        options: {
          target: ts.ScriptTarget.ES2022,
          module: ts.ModuleKind.ES2022,
          moduleResolution: ts.ModuleResolutionKind.Bundler,
          lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
          strict: true,
          skipLibCheck: true,
          experimentalDecorators: true,
          strictTemplates: true,
          strictInjectionParameters: true,
          // Angular's extended checks (e.g. a signal read without calling it) fail the build too.
          extendedDiagnostics: { defaultCategory: 'error' } as unknown as AngularCompilerOptions['extendedDiagnostics'],
          outDir: `${scratch.dir}/dist`,
          types: [],
        },
      });
      expect(diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
      expect(emitResult?.emitSkipped).toBe(false);
    });
  });
});
