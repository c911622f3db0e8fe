import { parseTemplate } from '@angular/compiler';
import { compileScript, compileStyle, compileTemplate, parse as parseSfc } from '@vue/compiler-sfc';
import { transformSync } from 'esbuild';
import { parseFragment } from 'parse5';
import postcss from 'postcss';
import { compile as compileSvelte } from 'svelte/compiler';
import type { TokenSet } from '../../tokens/model.js';
import type { CompiledOutput } from '../files.js';
import { checkTailwindClasses } from '../tailwind/tailwind-check.js';
import { loadTailwindStylesheet } from '../tailwind/testing/load-stylesheet.js';
import { angularTemplateOf, typeCheck } from './real-compilers.js';

/**
 * Runs every compiled file through its framework's real compiler, batching
 * the slow ones (one TypeScript program for all React/Chakra files, one for
 * all Angular and web components, one Tailwind build for every class used).
 * Returns the problems as "target label: message"; empty means all passed.
 * Used by the golden and property tests, which compile many specs at once.
 */
export async function verifyOutputs(batch: Array<{ label: string; output: CompiledOutput }>, tokens: TokenSet): Promise<string[]> {
  const problems: string[] = [];
  const react: Record<string, string> = {};
  const typed: Record<string, string> = {};
  const tailwind = new Set<string>();
  const fail = (label: string, target: string, message: string) => problems.push(`${target} ${label}: ${message}`);

  for (const { label, output } of batch) {
    const { target } = output;
    const dir = label.replace(/[^a-zA-Z0-9-]/g, '_');
    for (const file of output.files) {
      const where = `${dir}/${target}/${file.path}`;
      try {
        if (file.language === 'html') {
          const errors: string[] = [];
          parseFragment(file.content, { onParseError: (e) => errors.push(e.code) });
          if (errors.length > 0) fail(label, target, `HTML parse errors ${errors.join(', ')}`);
          for (const match of file.content.matchAll(/<style>([\s\S]*?)<\/style>/g)) postcss.parse(match[1]!);
        } else if (file.language === 'css') {
          postcss.parse(file.content);
        } else if (file.language === 'tsx') {
          transformSync(file.content, { loader: 'tsx', jsx: 'automatic' });
          react[`${where}`] = file.content;
        } else if (file.language === 'ts') {
          transformSync(file.content, { loader: 'ts' });
          if (target === 'react-chakra') react[where] = file.content;
          else typed[where] = file.content;
          if (target === 'angular-css') {
            const { errors } = parseTemplate(angularTemplateOf(file.content), where, { preserveWhitespaces: false });
            if (errors?.length) fail(label, target, `Angular template: ${errors.map((e) => e.msg).join('; ')}`);
          }
        } else if (file.language === 'vue') {
          const { descriptor, errors } = parseSfc(file.content, { filename: where });
          if (errors.length > 0) fail(label, target, `Vue parse: ${errors.map(String).join('; ')}`);
          // A component without props or state has no <script> at all; compileScript needs one.
          const hasScript = Boolean(descriptor.script || descriptor.scriptSetup);
          const script = hasScript ? compileScript(descriptor, { id: 'data-v-check', inlineTemplate: true }) : undefined;
          const template = compileTemplate({
            source: descriptor.template!.content,
            filename: where,
            id: 'data-v-check',
            scoped: descriptor.styles.some((s) => s.scoped),
            compilerOptions: { ...(script ? { bindingMetadata: script.bindings } : {}) },
          });
          if (template.errors.length > 0) fail(label, target, `Vue template: ${template.errors.map(String).join('; ')}`);
          for (const style of descriptor.styles) {
            const result = compileStyle({ source: style.content, filename: where, id: 'data-v-check', scoped: style.scoped });
            if (result.errors.length > 0) fail(label, target, `Vue style: ${result.errors.map(String).join('; ')}`);
          }
        } else if (file.language === 'svelte') {
          const result = compileSvelte(file.content, { filename: where, generate: 'client' });
          const warnings = result.warnings.map((w) => w.code);
          if (warnings.length > 0) fail(label, target, `Svelte warnings: ${warnings.join(', ')}`);
        }
      } catch (error) {
        fail(label, target, `${file.path}: ${(error as Error).message.split('\n')[0]}`);
      }
      if (target.endsWith('-tailwind') && file.language !== 'css') {
        for (const match of file.content.matchAll(/class(?:Name)?="([^"]*)"/g)) for (const c of match[1]!.split(/\s+/)) if (c) tailwind.add(c);
      }
    }
  }

  if (Object.keys(react).length > 0) {
    for (const d of typeCheck(react, { jsx: 4 /* react-jsx */, types: ['react'], noUnusedLocals: true })) problems.push(`tsc (react): ${d}`);
  }
  if (Object.keys(typed).length > 0) {
    for (const d of typeCheck(typed, { experimentalDecorators: true })) problems.push(`tsc (angular/web-component): ${d}`);
  }
  if (tailwind.size > 0) {
    const { missing } = await checkTailwindClasses(tailwind, tokens, loadTailwindStylesheet);
    if (missing.length > 0) problems.push(`tailwind: classes that generate no CSS: ${missing.join(' ')}`);
  }
  return problems;
}
