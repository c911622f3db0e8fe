import type { ComponentSpec, TargetId, TokenSet } from '@anclora/engine';

/** A self-contained HTML page that renders one target's compiled output. */
export interface PreviewDocument {
  /** sha256 (hex) of `html`: the document's identity for caching and ETags. */
  hash: string;
  html: string;
  /** Names of the assets the document references as `/assets/<name>`. */
  assets: string[];
  /** What `previewCsp` must allow beyond our own assets. */
  policy: PreviewPolicy;
}

export interface PreviewPolicy {
  /** `'sha256-…'` sources of the inline scripts we wrote into the document. */
  inlineScriptHashes: string[];
  /** Angular's JIT compiler turns templates into code with `new Function`. */
  allowsEval: boolean;
}

export interface PreviewAsset {
  /** sha256-hex prefix plus extension, e.g. `3f2a9c0d1e2b4a5c.js`. */
  name: string;
  contentType: string;
  body: Buffer;
}

export interface PreviewRequest {
  spec: ComponentSpec;
  tokens: TokenSet;
  target: TargetId;
  /** Load axe-core and answer `anclora:audit` messages. */
  audit?: boolean;
}

export interface PreviewBuilderOptions {
  /** Built documents kept in memory (least recently used ones go first). Default 200. */
  maxDocuments?: number;
  /** Per-component assets kept in memory; framework runtimes are never evicted. Default 600. */
  maxAssets?: number;
  /** URL prefix the assets are served under. Default `/assets/`. */
  assetPrefix?: string;
}

export interface PreviewBuilder {
  build(request: PreviewRequest): Promise<PreviewDocument>;
  asset(name: string): PreviewAsset | undefined;
}
