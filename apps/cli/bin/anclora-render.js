#!/usr/bin/env node
// Launcher for the bundled CLI (built by `npm run build`, and by `npm install` through the prepare script).
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(bundle)) {
  console.error('anclora-render: the CLI is not built yet; run `npm run build` in the repository first.');
  process.exit(2);
}
await import(bundle.href);
