import { bundleComponent } from '../component-bundle.js';
import { MOUNTED_EVENT } from '../runtime/events.js';
import { tailwindCss } from '../tailwind-css.js';
import { VENDOR_GROUPS } from '../vendor-bundles.js';
import { themeOf } from './html.js';
import { declared, entryFile, fileByName, filesByPath, importPath, type TargetRenderer } from './target-page.js';

/**
 * React targets: the TSX (and the CSS it imports) bundled by esbuild with a
 * mount entry. `flushSync` commits the first render before we announce it;
 * a concurrent root would otherwise paint later.
 */
export const renderReact: TargetRenderer = async (output) => {
  const entry = entryFile(output);
  const name = declared(entry.content, /export function ([A-Z]\w*)/, 'component function', output.target);
  const chakra = output.target === 'react-chakra';
  const theme = chakra ? fileByName(output, 'theme.ts') : undefined;
  if (chakra && !theme) throw new Error('react-chakra: theme.ts is not among the compiled files');
  const component = `<${name} />`;
  const tree = theme ? `<ChakraProvider value={system}>${component}</ChakraProvider>` : component;
  const mount = [
    `import { flushSync } from 'react-dom';`,
    `import { createRoot } from 'react-dom/client';`,
    ...(theme ? [`import { ChakraProvider } from '@chakra-ui/react';`, `import { system } from '${importPath(theme.path)}';`] : []),
    `import { ${name} } from '${importPath(entry.path)}';`,
    `const root = createRoot(document.getElementById('root')!);`,
    `flushSync(() => root.render(${tree}));`,
    `document.dispatchEvent(new Event(${JSON.stringify(MOUNTED_EVENT)}));`,
  ].join('\n');
  const group = chakra ? 'chakra' : 'react';
  const bundle = await bundleComponent({
    files: { ...filesByPath(output), '__mount.tsx': mount },
    entry: '__mount.tsx',
    vendor: VENDOR_GROUPS[group],
  });
  const styles = output.target === 'react-tailwind' ? [await tailwindCss(themeOf(output), [entry.content])] : [];
  if (bundle.css) styles.push(bundle.css);
  return { body: '', styles, script: bundle.js, vendor: group };
};
