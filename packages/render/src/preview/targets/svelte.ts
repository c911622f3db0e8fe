import { compile } from 'svelte/compiler';
import { bundleComponent } from '../component-bundle.js';
import { MOUNTED_EVENT } from '../runtime/events.js';
import { VENDOR_GROUPS } from '../vendor-bundles.js';
import { entryFile, type TargetRenderer } from './target-page.js';

/**
 * svelte-css: compiled by svelte/compiler for the client with its CSS
 * extracted (served as a stylesheet, so it applies before the first paint),
 * then mounted with `mount` and flushed so the DOM is complete when we
 * announce it.
 */
export const renderSvelte: TargetRenderer = async (output) => {
  const source = entryFile(output);
  const compiled = compile(source.content, { filename: source.path, generate: 'client', css: 'external' });
  const mount = [
    `import { flushSync, mount } from 'svelte';`,
    `import Component from './component.js';`,
    `mount(Component, { target: document.getElementById('root') });`,
    `flushSync();`,
    `document.dispatchEvent(new Event(${JSON.stringify(MOUNTED_EVENT)}));`,
  ].join('\n');
  const bundle = await bundleComponent({
    files: { 'component.js': compiled.js.code, '__mount.js': mount },
    entry: '__mount.js',
    vendor: VENDOR_GROUPS.svelte,
  });
  return { body: '', styles: compiled.css ? [compiled.css.code] : [], script: bundle.js, vendor: 'svelte' };
};
