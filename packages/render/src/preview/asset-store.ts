import { sha256Hex } from './content-hash.js';
import { Lru } from './lru.js';
import type { PreviewAsset } from './types.js';

const CONTENT_TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

/** Content-addressed name: the same bytes always get the same URL, so assets can be cached forever. */
export function makeAsset(body: string | Buffer, extension: keyof typeof CONTENT_TYPES & string): PreviewAsset {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  return { name: `${sha256Hex(bytes).slice(0, 20)}.${extension}`, contentType: CONTENT_TYPES[extension]!, body: bytes };
}

/**
 * Where built assets live until served. Framework runtimes and the preview
 * runtime are pinned (every document needs them and they are slow to
 * rebuild); component assets age out with an LRU.
 */
export class AssetStore {
  readonly #pinned = new Map<string, PreviewAsset>();
  readonly #recent: Lru<string, PreviewAsset>;

  constructor(capacity: number) {
    this.#recent = new Lru(capacity);
  }

  pin(asset: PreviewAsset): string {
    this.#pinned.set(asset.name, asset);
    return asset.name;
  }

  add(asset: PreviewAsset): string {
    if (!this.#pinned.has(asset.name)) this.#recent.set(asset.name, asset);
    return asset.name;
  }

  get(name: string): PreviewAsset | undefined {
    return this.#pinned.get(name) ?? this.#recent.get(name);
  }
}
