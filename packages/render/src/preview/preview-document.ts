import type { TargetId } from '@anclora/engine';

export interface DocumentParts {
  target: TargetId;
  body: string;
  /** Asset URLs, in order. */
  stylesheets: string[];
  /** Loaded synchronously in <head>, before anything else runs. */
  runtime: string;
  /** Classic `defer` scripts: run in order once the markup is parsed. */
  scripts: string[];
  isStatic: boolean;
  audit: boolean;
  /** URLs of the preview's own files (page stylesheet, runtime, axe): marked so performance figures leave them out. */
  tooling: ReadonlySet<string>;
}

const attr = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const TOOLING = ' data-anclora-tooling';

/**
 * The page around a target's output. No inline script at all: the runtime
 * reads its settings from <html> data attributes, so the CSP can stay at
 * `script-src 'self'`.
 */
export function previewHtml(parts: DocumentParts): string {
  const data = [
    `data-anclora-target="${attr(parts.target)}"`,
    `data-anclora-mount="${parts.isStatic ? 'static' : 'script'}"`,
    ...(parts.audit ? ['data-anclora-audit="true"'] : []),
  ].join(' ');
  return [
    '<!doctype html>',
    `<html lang="en" ${data}>`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Preview</title>',
    // Without an icon the browser asks for /favicon.ico, a request that can only fail.
    '<link rel="icon" href="data:,">',
    ...parts.stylesheets.map((href) => `<link rel="stylesheet" href="${attr(href)}"${parts.tooling.has(href) ? TOOLING : ''}>`),
    `<script src="${attr(parts.runtime)}"${TOOLING}></script>`,
    ...parts.scripts.map((src) => `<script src="${attr(src)}" defer${parts.tooling.has(src) ? TOOLING : ''}></script>`),
    '</head>',
    '<body>',
    `<div id="root">${parts.body}</div>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
