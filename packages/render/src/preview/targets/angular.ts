import { bundleComponent } from '../component-bundle.js';
import { MOUNTED_EVENT } from '../runtime/events.js';
import { VENDOR_GROUPS } from '../vendor-bundles.js';
import { declared, entryFile, filesByPath, importPath, type TargetRenderer } from './target-page.js';

/**
 * angular-css: the standalone component bundled as TypeScript with legacy
 * decorators and compiled in the page by Angular's JIT compiler (part of
 * the angular vendor script), then bootstrapped zoneless into its selector.
 * JIT builds template functions with `new Function`, hence `allowsEval`.
 */
export const renderAngular: TargetRenderer = async (output) => {
  const entry = entryFile(output);
  const name = declared(entry.content, /export class (\w+)/, 'component class', output.target);
  const selector = declared(entry.content, /selector:\s*'([a-z][a-z0-9-]*)'/, 'component selector', output.target);
  const mount = [
    `import { provideZonelessChangeDetection } from '@angular/core';`,
    `import { bootstrapApplication } from '@angular/platform-browser';`,
    `import { ${name} } from '${importPath(entry.path)}';`,
    `bootstrapApplication(${name}, { providers: [provideZonelessChangeDetection()] }).then(`,
    `  () => document.dispatchEvent(new Event(${JSON.stringify(MOUNTED_EVENT)})),`,
    `  (error: unknown) => console.error(error),`,
    `);`,
  ].join('\n');
  const bundle = await bundleComponent({
    files: { ...filesByPath(output), '__mount.ts': mount },
    entry: '__mount.ts',
    vendor: VENDOR_GROUPS.angular,
    legacyDecorators: true,
  });
  return { body: `<${selector}></${selector}>`, styles: [], script: bundle.js, vendor: 'angular', allowsEval: true };
};
