import { createServer, type OutgoingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A throwaway web server for browser tests: fixed responses by path on
 * 127.0.0.1 and a free port. Unknown paths are 404s (which a render reports).
 */
export interface StaticResponse {
  body: string | Buffer;
  /** Default text/html; charset=utf-8. */
  contentType?: string;
  headers?: OutgoingHttpHeaders;
  status?: number;
}

export interface StaticSite {
  origin: string;
  url(path: string): string;
  /** Adds or replaces a response. */
  set(path: string, response: StaticResponse | string): void;
  close(): Promise<void>;
}

export async function startStaticSite(routes: Record<string, StaticResponse | string> = {}): Promise<StaticSite> {
  const table = new Map<string, StaticResponse>();
  const set = (path: string, response: StaticResponse | string) => table.set(path, typeof response === 'string' ? { body: response } : response);
  for (const [path, response] of Object.entries(routes)) set(path, response);
  const server = createServer((request, response) => {
    const found = table.get(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!found) return void response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    response.writeHead(found.status ?? 200, { 'content-type': found.contentType ?? 'text/html; charset=utf-8', 'cache-control': 'no-store', ...found.headers });
    response.end(found.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    set,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/**
 * The engine's html-css output is a fragment (comment, <style>, markup);
 * a page needs a language, a title and a viewport to be audited as a page
 * (axe's html-has-lang and document-title are WCAG 2 A rules). A complete
 * document is passed through unchanged.
 */
export function htmlDocument(fragment: string, title = 'Component'): string {
  if (/^\s*<!doctype html/i.test(fragment)) return fragment;
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title.replace(/</g, '&lt;')}</title><link rel="icon" href="data:,"></head>`,
    `<body>${fragment}</body>`,
    '</html>',
  ].join('\n');
}
