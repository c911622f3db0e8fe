// Bundles the API, worker and CLI entry points with esbuild. Workspace packages
// (@anclora/*) are compiled in from their TypeScript sources; third-party
// dependencies stay external and load from node_modules. The SQL migrations
// are copied next to each bundle, where @anclora/db looks for them.
import { cp, readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');

async function thirdPartyDependencies() {
  const manifests = [path.join(root, 'package.json')];
  for (const group of ['apps', 'packages']) {
    for (const name of await readdir(path.join(root, group))) manifests.push(path.join(root, group, name, 'package.json'));
  }
  const names = new Set();
  for (const file of manifests) {
    const pkg = JSON.parse(await readFile(file, 'utf8').catch(() => '{}'));
    for (const dep of Object.keys({ ...pkg.dependencies, ...pkg.devDependencies, ...pkg.peerDependencies })) {
      if (!dep.startsWith('@anclora/')) names.add(dep);
    }
  }
  return [...names];
}

const external = await thirdPartyDependencies();
const targets = [
  { entry: 'apps/api/src/server.ts', out: 'apps/api/dist/server.js' },
  { entry: 'apps/worker/src/main.ts', out: 'apps/worker/dist/main.js' },
  // `npm run db:migrate`, runnable where only production dependencies exist.
  { entry: 'packages/db/src/migrate-cli.ts', out: 'apps/api/dist/migrate.js' },
  // `npx anclora-render …` (apps/cli/bin launches this bundle).
  { entry: 'apps/cli/src/cli.ts', out: 'apps/cli/dist/cli.js' },
];

const started = performance.now();
for (const outDir of new Set(targets.map((t) => path.dirname(path.join(root, t.out))))) {
  await rm(outDir, { recursive: true, force: true });
}
for (const { entry, out } of targets) {
  const outDir = path.dirname(path.join(root, out));
  await build({
    entryPoints: [path.join(root, entry)],
    outfile: path.join(root, out),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    external,
    logLevel: 'warning',
  });
  if (!entry.startsWith('apps/cli')) {
    await cp(path.join(root, 'packages/db/migrations'), path.join(outDir, 'migrations'), { recursive: true });
  }
}
console.log(`built ${targets.map((t) => t.out).join(', ')} in ${Math.round(performance.now() - started)} ms`);
