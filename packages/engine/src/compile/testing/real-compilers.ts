import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/**
 * The real compilers the compile tests run generated code through. Nothing
 * here is mocked: TypeScript's checker with the real lib.dom, @types/react
 * and @angular/core declarations, esbuild, @vue/compiler-sfc, svelte/compiler
 * and the Angular compiler.
 */

const here = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(here, '../../../../..');

/** Lib and package declaration files are parsed once per test file and shared by every program. */
const sourceCache = new Map<string, ts.SourceFile>();

/**
 * Type-checks in-memory files with the TypeScript compiler API. The files
 * live in a virtual folder inside the engine package, so `react` and
 * `@angular/core` resolve from the repository's node_modules. Returns the
 * diagnostics as `file(line): message`.
 */
export function typeCheck(files: Record<string, string>, options: ts.CompilerOptions = {}): string[] {
  const root = join(here, '__typecheck__');
  const virtual = new Map(Object.entries(files).map(([name, text]) => [join(root, name), text]));
  const compilerOptions: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    strict: true,
    noUnusedLocals: true,
    noUnusedParameters: true,
    noImplicitReturns: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
    ...options,
  };
  const host = ts.createCompilerHost(compilerOptions, true);
  const readFile = host.readFile.bind(host);
  host.fileExists = (name) => virtual.has(name) || ts.sys.fileExists(name);
  host.readFile = (name) => virtual.get(name) ?? readFile(name);
  host.getSourceFile = (name, languageVersion) => {
    const text = virtual.get(name);
    if (text !== undefined) return ts.createSourceFile(name, text, languageVersion, true);
    let cached = sourceCache.get(name);
    if (!cached) {
      const content = ts.sys.readFile(name);
      if (content === undefined) return undefined;
      cached = ts.createSourceFile(name, content, languageVersion, true);
      sourceCache.set(name, cached);
    }
    return cached;
  };
  const program = ts.createProgram([...virtual.keys()], compilerOptions, host);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file ? `${d.file.fileName.replace(`${root}/`, '')}(${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1})` : '';
    return `${where}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
}

/** The cooked text of the `template:` property of an Angular @Component (as Angular receives it). */
export function angularTemplateOf(source: string): string {
  const file = ts.createSourceFile('component.ts', source, ts.ScriptTarget.ES2022, true);
  let template: string | undefined;
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAssignment(node) && node.name.getText(file) === 'template' && ts.isNoSubstitutionTemplateLiteral(node.initializer)) {
      template = node.initializer.text;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (template === undefined) throw new Error('no template: `…` in the component');
  return template;
}

/**
 * A scratch folder for compilers that need real files (Angular's AOT
 * compiler, server-rendering a compiled module): it links the repository's
 * node_modules so bare imports resolve. Call `remove()` when done.
 */
export function scratchDir(prefix: string): { dir: string; write(name: string, text: string): string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), `anclora-${prefix}-`));
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return {
    dir,
    write(name, text) {
      const path = join(dir, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
      return path;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
