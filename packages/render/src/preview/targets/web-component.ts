import { bundleComponent } from '../component-bundle.js';
import { MOUNTED_EVENT } from '../runtime/events.js';
import { declared, entryFile, filesByPath, importPath, type TargetRenderer } from './target-page.js';

/**
 * web-component: the element's module bundled as-is (it defines itself);
 * the tag is already in the markup, so defining it upgrades and renders it
 * synchronously.
 */
export const renderWebComponent: TargetRenderer = async (output) => {
  const entry = entryFile(output);
  const tag = declared(entry.content, /customElements\.define\('([a-z][a-z0-9-]*-[a-z0-9-]*)'/, 'custom element name', output.target);
  const mount = [`import '${importPath(entry.path)}';`, `document.dispatchEvent(new Event(${JSON.stringify(MOUNTED_EVENT)}));`].join('\n');
  const bundle = await bundleComponent({ files: { ...filesByPath(output), '__mount.ts': mount }, entry: '__mount.ts', vendor: [] });
  return { body: `<${tag}></${tag}>`, styles: [], script: bundle.js };
};
