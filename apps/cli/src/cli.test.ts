import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { TARGET_IDS } from '@anclora/engine';

const root = path.resolve(import.meta.dirname, '../../..');
const fixtures = path.join(root, 'packages/engine/src');
const work = mkdtempSync(path.join(os.tmpdir(), 'anclora-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// tsx's loader by path: the CLI runs in a scratch folder, where 'tsx' would not resolve.
const tsxLoader = pathToFileURL(path.join(root, 'node_modules/tsx/dist/loader.mjs')).href;

/** Runs the CLI from source exactly as the bin does from its bundle. */
function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', tsxLoader, path.join(root, 'apps/cli/src/cli.ts'), ...args], {
    cwd: work,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('anclora-render CLI', () => {
  it('generate writes every target and the spec for a Spanish prompt', () => {
    const out = path.join(work, 'pricing');
    const run = cli('generate', 'tarjeta de precios con 3 planes, el del medio destacado', '--target', 'all', '--out', out);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('archetype: pricing-table');
    expect(readdirSync(out).sort()).toEqual([...TARGET_IDS, 'spec.json'].sort());
    const spec = JSON.parse(readFileSync(path.join(out, 'spec.json'), 'utf8'));
    expect(spec.specVersion).toBe(1);
    expect(readdirSync(path.join(out, 'react-tailwind'))).toContain('tailwind.css');
  });

  it('compile prints one target to stdout, with an imported token file', () => {
    const run = cli('compile', path.join(fixtures, 'spec/fixtures/pricing-card.json'), '--target', 'vue-css', '--tokens', path.join(fixtures, 'tokens/fixtures/harbor.tokens.json'));
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('<script setup lang="ts">');
    expect(run.stdout).toContain('defineEmits');
  });

  it('import turns pasted HTML into a spec and reports what it dropped', () => {
    const file = path.join(work, 'page.html');
    writeFileSync(file, '<section class="promo"><h2>Sale</h2><a href="/shop" onclick="x()">Shop now</a><script>x()</script></section>');
    const run = cli('import', file);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).root.tag).toBe('section');
    expect(run.stderr).toMatch(/unsupported: .*script/);
  });

  it('check exits 0 for a clean spec and 1 when the quality report has errors', () => {
    const good = cli('check', path.join(fixtures, 'spec/fixtures/pricing-card.json'));
    expect(good.code, good.stdout).toBe(0);
    expect(good.stdout).toMatch(/score \d+/);
    const bad = path.join(work, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        specVersion: 1,
        name: 'Bad',
        root: { kind: 'element', tag: 'div', children: [{ kind: 'element', tag: 'button', attrs: { type: 'button' }, style: { base: { color: '#ffffff', backgroundColor: '#fefefe' } } }] },
      }),
    );
    const failed = cli('check', bad);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain('interactive-name');
  });

  it('tokens convert turns a DTCG file into CSS variables', () => {
    const run = cli('tokens', 'convert', path.join(fixtures, 'tokens/fixtures/harbor.tokens.json'), '--to', 'css');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(':root {');
    expect(run.stdout).toMatch(/--color-[a-z-]+: /);
  });

  it('answers bad usage and bad input with exit code 2 and a message, never a stack trace', () => {
    const unknown = cli('compile', path.join(fixtures, 'spec/fixtures/pricing-card.json'), '--target', 'cobol');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown target(s): cobol');
    const missing = cli('check', path.join(work, 'nope.json'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('file not found');
    const broken = path.join(work, 'broken.json');
    writeFileSync(broken, '{ "specVersion": ');
    const invalid = cli('check', broken);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain('not valid JSON');
    expect(invalid.stderr).not.toMatch(/\n\s+at /);
  });
});
