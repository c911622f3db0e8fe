import { compile, type CompiledOutput } from '@anclora/engine';
import { AssetStore, makeAsset } from './asset-store.js';
import { sha256Hex } from './content-hash.js';
import { Lru } from './lru.js';
import { previewHtml } from './preview-document.js';
import { axeScript, pageStylesheet, runtimeScript } from './runtime-assets.js';
import { TARGET_RENDERERS } from './targets/index.js';
import type { PreviewAsset, PreviewBuilder, PreviewBuilderOptions, PreviewDocument, PreviewRequest } from './types.js';
import { vendorBundle } from './vendor-bundles.js';

/**
 * Builds preview documents: compiles the spec for the target, runs the
 * output through its framework's real compiler, and wraps it in a page
 * whose scripts and styles are content-addressed assets. Documents are
 * cached by their input, so an unchanged component costs one hash.
 */
export function createPreviewBuilder(options: PreviewBuilderOptions = {}): PreviewBuilder {
  const prefix = options.assetPrefix ?? '/assets/';
  const assets = new AssetStore(options.maxAssets ?? 600);
  const documents = new Lru<string, Promise<PreviewDocument>>(options.maxDocuments ?? 200);
  const url = (asset: PreviewAsset) => `${prefix}${asset.name}`;

  async function buildDocument(request: PreviewRequest, output: CompiledOutput): Promise<PreviewDocument> {
    const audit = request.audit === true;
    const [page, runtime, axe] = await Promise.all([TARGET_RENDERERS[request.target](output), runtimeScript(), audit ? axeScript() : undefined]);
    const tooling = [pageStylesheet(), runtime, ...(axe ? [axe] : [])];
    const shared = [...tooling];
    const vendor = page.vendor ? await vendorBundle(page.vendor) : undefined;
    if (vendor) shared.push(vendor);
    for (const asset of shared) assets.pin(asset);

    const styles = page.styles.map((css) => makeAsset(css, 'css'));
    const script = page.script === undefined ? undefined : makeAsset(page.script, 'js');
    for (const asset of [...styles, ...(script ? [script] : [])]) assets.add(asset);

    const scripts = [...(axe ? [axe] : []), ...(vendor ? [vendor] : []), ...(script ? [script] : [])];
    const html = previewHtml({
      target: request.target,
      body: page.body,
      stylesheets: [pageStylesheet(), ...styles].map(url),
      runtime: url(runtime),
      scripts: scripts.map(url),
      isStatic: page.isStatic === true,
      audit,
      // The framework's runtime (vendor) is the component's cost; the page stylesheet, runtime and axe are the preview's.
      tooling: new Set(tooling.map(url)),
    });
    return {
      hash: sha256Hex(html),
      html,
      assets: [...new Set([pageStylesheet(), ...styles, runtime, ...scripts].map((a) => a.name))],
      policy: { inlineScriptHashes: [], allowsEval: page.allowsEval === true },
    };
  }

  return {
    build(request) {
      // The engine is pure, so its input identifies the output: a cache hit skips the compile too.
      const key = sha256Hex(JSON.stringify([request.target, request.audit === true, request.spec, request.tokens]));
      let pending = documents.get(key);
      if (!pending) {
        pending = Promise.resolve().then(() => buildDocument(request, compile(request.spec, request.tokens, request.target)));
        documents.set(key, pending);
        pending.catch(() => documents.delete(key));
      }
      return pending.then((doc) => {
        // A cached document's component assets may have aged out of the asset LRU: rebuild then.
        if (doc.assets.every((name) => assets.get(name))) return doc;
        documents.delete(key);
        return this.build(request);
      });
    },
    asset: (name) => assets.get(name),
  };
}
