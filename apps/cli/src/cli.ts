import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  analyzeSpec,
  compileAll,
  EngineError,
  exportTokens,
  generateSpec,
  importHtml,
  importTokens,
  isTargetId,
  parseSpec,
  TARGET_IDS,
  type ComponentSpec,
  type TargetId,
} from '@anclora/engine';
import { detectTokenFormat, loadTokenSet, type TokenFormat } from './token-files.js';

const HELP = `anclora-render — one component spec, every framework, your design tokens

Usage:
  anclora-render generate "<prompt>" [--target <id>|all] [--tokens <file|preset>] [--out <dir>]
  anclora-render compile <spec.json> [--target <id>|all] [--tokens <file|preset>] [--out <dir>]
  anclora-render import <page.html> [--tokens <file|preset>] [--out <spec.json>]
  anclora-render check <spec.json> [--tokens <file|preset>] [--json]
  anclora-render tokens convert <in> --to <css|scss|js|ts|tailwind|dtcg> [--from <format>] [--out <file>]

Targets: ${TARGET_IDS.join(', ')}
Presets: anclora-ocean (default), material-3, tailwind, bootstrap-5
Exit codes: 0 ok, 1 quality check failed, 2 bad usage or input.`;

class UsageError extends Error {}

function targetsOf(value: string | undefined): TargetId[] {
  if (!value || value === 'all') return [...TARGET_IDS];
  const list = value.split(',').map((t) => t.trim());
  const unknown = list.filter((t) => !isTargetId(t));
  if (unknown.length > 0) throw new UsageError(`unknown target(s): ${unknown.join(', ')}`);
  return list as TargetId[];
}

/** Writes every compiled file under out/<target>/, or prints the entry files when there is no --out. */
async function emit(spec: ComponentSpec, targets: TargetId[], tokensFile: string | undefined, tokensFormat: string | undefined, out: string | undefined) {
  const tokens = await loadTokenSet(tokensFile, tokensFormat);
  const outputs = compileAll(spec, tokens, targets);
  if (!out) {
    for (const output of Object.values(outputs)) {
      for (const file of output.files) process.stdout.write(`// ── ${output.target}/${file.path}\n${file.content}\n`);
    }
    return;
  }
  for (const output of Object.values(outputs)) {
    for (const file of output.files) {
      const target = path.join(out, output.target, file.path);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, file.content);
    }
  }
  await writeFile(path.join(out, 'spec.json'), `${JSON.stringify(spec, null, 2)}\n`);
  console.error(`wrote ${targets.length} target(s) and spec.json to ${out}`);
}

async function readJson(file: string): Promise<unknown> {
  const text = await readFile(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      target: { type: 'string', short: 't' },
      tokens: { type: 'string' },
      'tokens-format': { type: 'string' },
      out: { type: 'string', short: 'o' },
      to: { type: 'string' },
      from: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    console.log(HELP);
    return command || values.help ? 0 : 2;
  }
  const tokensFormat = values['tokens-format'];
  switch (command) {
    case 'generate': {
      const prompt = rest.join(' ').trim();
      if (!prompt) throw new UsageError('generate needs a prompt, e.g. anclora-render generate "pricing table with 3 plans"');
      const result = generateSpec(prompt);
      for (const note of result.notes) console.error(`note: ${note}`);
      console.error(`archetype: ${result.archetype} (confidence ${result.confidence.toFixed(2)})`);
      await emit(result.spec, targetsOf(values.target), values.tokens, tokensFormat, values.out);
      return 0;
    }
    case 'compile': {
      if (!rest[0]) throw new UsageError('compile needs a spec file');
      await emit(parseSpec(await readJson(rest[0])), targetsOf(values.target), values.tokens, tokensFormat, values.out);
      return 0;
    }
    case 'import': {
      if (!rest[0]) throw new UsageError('import needs an HTML file');
      const tokens = await loadTokenSet(values.tokens, tokensFormat);
      const result = importHtml(await readFile(rest[0], 'utf8'), tokens);
      for (const item of result.unsupported) console.error(`unsupported: ${item.construct}${item.path ? ` at ${item.path}` : ''} — ${item.reason}`);
      const json = `${JSON.stringify(result.spec, null, 2)}\n`;
      if (values.out) await writeFile(values.out, json);
      else process.stdout.write(json);
      return 0;
    }
    case 'check': {
      if (!rest[0]) throw new UsageError('check needs a spec file');
      const spec = parseSpec(await readJson(rest[0]));
      const report = analyzeSpec(spec, await loadTokenSet(values.tokens, tokensFormat));
      if (values.json) console.log(JSON.stringify(report, null, 2));
      else {
        console.log(`score ${report.score} · token compliance ${(report.tokenCompliance.ratio * 100).toFixed(1)} % · ${report.summary.errors} error(s), ${report.summary.warnings} warning(s)`);
        for (const issue of report.accessibility.issues) console.log(`  ${issue.severity} ${issue.rule} at ${issue.path}: ${issue.message}`);
        for (const literal of report.tokenCompliance.literals) console.log(`  literal ${literal.property}: ${literal.value} at ${literal.path}`);
        for (const pair of report.contrast.pairs.filter((p) => !p.passes)) console.log(`  contrast ${pair.ratio.toFixed(2)}:1 < ${pair.required}:1 at ${pair.path} (${pair.state})`);
      }
      return report.summary.errors > 0 ? 1 : 0;
    }
    case 'tokens': {
      const [sub, file] = rest;
      if (sub !== 'convert' || !file || !values.to) throw new UsageError('usage: tokens convert <in> --to <css|scss|js|ts|tailwind|dtcg>');
      const text = await readFile(file, 'utf8');
      const from = (values.from as TokenFormat | undefined) ?? detectTokenFormat(file, text);
      const output = exportTokens(importTokens(from, text, path.basename(file).replace(/\..*$/, '')), values.to as Parameters<typeof exportTokens>[1]);
      if (values.out) await writeFile(values.out, output);
      else process.stdout.write(output);
      return 0;
    }
    default:
      throw new UsageError(`unknown command "${command}"\n\n${HELP}`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof EngineError) {
      console.error(`anclora-render: ${error.message}`);
      for (const issue of error.issues.slice(1, 20)) console.error(`  ${issue.path ? `${issue.path}: ` : ''}${issue.message}`);
    } else if (error instanceof UsageError || (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`anclora-render: ${(error as Error).message}`);
    } else if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      console.error(`anclora-render: file not found: ${(error as NodeJS.ErrnoException).path}`);
    } else {
      console.error('anclora-render: unexpected error:', error);
    }
    process.exitCode = 2;
  },
);
