import path from 'node:path';
import ts from 'typescript';

/**
 * Test-only: type-checks in-memory TypeScript/TSX files with the real
 * compiler against the real node_modules declarations (@chakra-ui/react,
 * @types/react), as a user's project would. Returns the diagnostics as text;
 * empty means the files type-check.
 */
const OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  jsx: ts.JsxEmit.ReactJSX,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  types: [],
  skipLibCheck: true,
  esModuleInterop: true,
  isolatedModules: true,
};

// Parsed node_modules declarations, shared by every check in the test process.
const libraryFiles = new Map<string, ts.SourceFile>();

/** `files` maps names ("theme.ts", "card.tsx") to sources; they live in a virtual folder under `dir`. */
export function typeCheck(files: Record<string, string>, dir: string): string[] {
  const root = path.join(dir, '__virtual__');
  const virtual = new Map(Object.entries(files).map(([name, text]) => [path.join(root, name), text]));
  const host = ts.createCompilerHost(OPTIONS, true);
  const { getSourceFile, fileExists, readFile, directoryExists } = host;
  host.fileExists = (f) => virtual.has(f) || fileExists.call(host, f);
  host.directoryExists = (d) => d === root || (directoryExists?.call(host, d) ?? true);
  host.readFile = (f) => virtual.get(f) ?? readFile.call(host, f);
  host.getSourceFile = (f, lang, onError, create) => {
    const text = virtual.get(f);
    if (text !== undefined) return ts.createSourceFile(f, text, lang, true);
    let file = libraryFiles.get(f);
    if (!file) {
      file = getSourceFile.call(host, f, lang, onError, create);
      if (file) libraryFiles.set(f, file);
    }
    return file;
  };
  const program = ts.createProgram([...virtual.keys()], OPTIONS, host);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file && d.start !== undefined ? `${path.basename(d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}: ` : '';
    return where + ts.flattenDiagnosticMessageText(d.messageText, '\n');
  });
}
