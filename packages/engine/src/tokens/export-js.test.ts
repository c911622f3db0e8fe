import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { exportJs, exportTs } from './export-js.js';
import { importDtcg } from './import-dtcg.js';
import { presets } from './presets/index.js';

const importModule = (code: string) => import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`) as Promise<Record<string, unknown>>;

/** Type-checks `files` (in memory) with the real TypeScript compiler. */
function typeErrors(files: Record<string, string>): string[] {
  const options: ts.CompilerOptions = { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, types: [] };
  const host = ts.createCompilerHost(options);
  const read = host.readFile.bind(host);
  const exists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (name) => files[name] ?? read(name);
  host.fileExists = (name) => name in files || exists(name);
  const directoryExists = host.directoryExists?.bind(host);
  host.directoryExists = (dir) => dir === '/virtual' || (directoryExists?.(dir) ?? false);
  host.getSourceFile = (name, version) => (name in files ? ts.createSourceFile(name, files[name]!, version) : getSourceFile(name, version));
  const program = ts.createProgram(Object.keys(files), options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('exportJs', () => {
  const set = importDtcg(
    {
      color: { $type: 'color', primary: { $value: '#0b6477' }, 'primary-hover': { $value: '#09505f' }, brand: { 500: { $value: "{color.primary}" } } },
      font: { weight: { bold: { $type: 'fontWeight', $value: 700 } }, body: { $type: 'typography', $value: { fontFamily: "Bob's Font", fontSize: '1rem', fontWeight: 400, lineHeight: 1.5 } } },
    },
    'Demo',
  );

  it('is an ES module whose nested object holds every token', async () => {
    const mod = await importModule(exportJs(set));
    expect(mod.tokens).toEqual({
      color: { primary: '#0b6477', 'primary-hover': '#09505f', brand: { 500: '#0b6477' } },
      font: { weight: { bold: 700 }, body: { fontFamily: '"Bob\'s Font"', fontSize: '1rem', fontWeight: 400, lineHeight: 1.5 } },
    });
    expect(mod.default).toBe(mod.tokens);
  });

  it('keeps a token that is also a group under $root', async () => {
    const both = importDtcg({ color: { $type: 'color', primary: { $root: { $value: '#111111' }, 500: { $value: '#222222' } } } }, 'x');
    const mod = await importModule(exportJs(both));
    expect(mod.tokens).toEqual({ color: { primary: { $root: '#111111', 500: '#222222' } } });
  });

  it('writes a "__proto__" group as a plain key', async () => {
    const set2 = importDtcg('{"__proto__": {"x": {"$type": "number", "$value": 1}}}', 'x');
    const mod = (await importModule(exportJs(set2))) as { tokens: Record<string, unknown> };
    expect(Object.getOwnPropertyDescriptor(mod.tokens, '__proto__')?.value).toEqual({ x: 1 });
  });

  it('exports every preset as a module that evaluates', async () => {
    for (const preset of Object.values(presets)) {
      const mod = (await importModule(exportJs(preset))) as { tokens: { color: { primary: string } } };
      expect(mod.tokens.color.primary).toBe(preset.tokens['color.primary']?.css);
    }
  });
});

describe('exportTs', () => {
  it('type-checks, and its types know every path and literal value', () => {
    const files = {
      '/virtual/tokens.ts': exportTs(presets['anclora-ocean']),
      '/virtual/use.ts': [
        "import { tokens, type TokenPath, type Tokens } from './tokens';",
        "const primary: '#0b6477' = tokens.color.primary;",
        "const path: TokenPath = 'font.size.md';",
        "const weight: Tokens['font']['weight']['bold'] = 700;",
        'export { primary, path, weight };',
      ].join('\n'),
    };
    expect(typeErrors(files)).toEqual([]);
  });

  it('rejects paths that are not tokens', () => {
    const files = {
      '/virtual/tokens.ts': exportTs(presets['anclora-ocean']),
      '/virtual/use.ts': "import type { TokenPath } from './tokens';\nexport const p: TokenPath = 'color.nope';\n",
    };
    expect(typeErrors(files).join('\n')).toMatch(/color\.nope/);
  });
});
