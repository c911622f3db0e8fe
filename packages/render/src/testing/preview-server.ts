import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { previewCsp } from '../preview/preview-csp.js';
import type { PreviewBuilder, PreviewDocument } from '../preview/types.js';

/**
 * A minimal preview origin for browser tests: `/preview/<hash>` serves a
 * registered document with the CSP previewCsp gives it, `/assets/<name>`
 * serves the builder's assets; everything else is a 404.
 */
export interface PreviewServer {
  origin: string;
  /** Registers a document and returns its URL. */
  add(document: PreviewDocument): string;
  close(): Promise<void>;
}

export async function startPreviewServer(builder: PreviewBuilder): Promise<PreviewServer> {
  const documents = new Map<string, PreviewDocument>();
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path.startsWith('/preview/')) {
      const document = documents.get(path.slice('/preview/'.length));
      if (!document) return void response.writeHead(404).end();
      response.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': previewCsp(document),
        'cache-control': 'no-store',
      });
      return void response.end(document.html);
    }
    if (path.startsWith('/assets/')) {
      const asset = builder.asset(path.slice('/assets/'.length));
      if (!asset) return void response.writeHead(404).end();
      response.writeHead(200, { 'content-type': asset.contentType, 'cache-control': 'public, max-age=31536000, immutable', 'access-control-allow-origin': '*', 'timing-allow-origin': '*' });
      return void response.end(asset.body);
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    add(document) {
      documents.set(document.hash, document);
      return `${origin}/preview/${document.hash}`;
    },
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
