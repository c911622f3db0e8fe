import { compileScript, compileStyle, compileTemplate, parse } from '@vue/compiler-sfc';
import { bundleComponent } from '../component-bundle.js';
import { sha256Hex } from '../content-hash.js';
import { MOUNTED_EVENT } from '../runtime/events.js';
import { tailwindCss } from '../tailwind-css.js';
import { VENDOR_GROUPS } from '../vendor-bundles.js';
import { themeOf } from './html.js';
import { entryFile, type TargetRenderer } from './target-page.js';

/**
 * Vue targets: the SFC compiled by @vue/compiler-sfc the way a bundler
 * plugin would (script setup with the template inlined, scoped styles
 * rewritten under the same data-v id), then bundled with a createApp mount.
 */
export const renderVue: TargetRenderer = async (output) => {
  const sfc = entryFile(output);
  const { descriptor, errors } = parse(sfc.content, { filename: sfc.path });
  if (errors.length > 0) throw new Error(`vue: ${errors.map(String).join('; ')}`);
  // The id only has to be stable and unique per component on the page.
  const id = `data-v-${sha256Hex(sfc.content).slice(0, 8)}`;
  const scoped = descriptor.styles.some((s) => s.scoped);

  let component: string;
  if (descriptor.script || descriptor.scriptSetup) {
    const script = compileScript(descriptor, { id, inlineTemplate: true, genDefaultAs: '__sfc' });
    component = script.content;
  } else {
    const template = compileTemplate({ source: descriptor.template?.content ?? '', filename: sfc.path, id, scoped });
    if (template.errors.length > 0) throw new Error(`vue template: ${template.errors.map(String).join('; ')}`);
    component = `${template.code}\nconst __sfc = { render };`;
  }
  if (scoped) component += `\n__sfc.__scopeId = ${JSON.stringify(id)};`;
  component += '\nexport default __sfc;\n';

  const styles: string[] = [];
  if (output.target === 'vue-tailwind') styles.push(await tailwindCss(themeOf(output), [sfc.content]));
  for (const style of descriptor.styles) {
    const result = compileStyle({ source: style.content, filename: sfc.path, id, scoped: style.scoped });
    if (result.errors.length > 0) throw new Error(`vue style: ${result.errors.map(String).join('; ')}`);
    styles.push(result.code);
  }

  const mount = [
    `import { createApp } from 'vue';`,
    `import Component from './component.ts';`,
    `createApp(Component).mount('#root');`,
    `document.dispatchEvent(new Event(${JSON.stringify(MOUNTED_EVENT)}));`,
  ].join('\n');
  const bundle = await bundleComponent({
    files: { 'component.ts': component, '__mount.ts': mount },
    entry: '__mount.ts',
    vendor: VENDOR_GROUPS.vue,
  });
  return { body: '', styles, script: bundle.js, vendor: 'vue' };
};
