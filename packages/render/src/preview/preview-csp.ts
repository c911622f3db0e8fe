import type { PreviewDocument } from './types.js';

/**
 * The Content-Security-Policy a document is served with: nothing from the
 * network but our own assets, no connections, no form posts, no <base>.
 * Styles may be inline because runtimes (Emotion, Vue, the html targets'
 * own <style>) inject them. frame-ancestors is the server's business.
 */
export function previewCsp(document: Pick<PreviewDocument, 'policy'>): string {
  const scripts = ["'self'", ...document.policy.inlineScriptHashes.map((h) => `'${h}'`), ...(document.policy.allowsEval ? ["'unsafe-eval'"] : [])];
  return [
    "default-src 'none'",
    `script-src ${scripts.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
