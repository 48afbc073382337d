import { existsSync } from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import sirv from 'sirv';

export type StaticClient = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/**
 * Serves the built client. Vite's hashed files under /assets/ never change, so they are cached for a
 * year; everything else (index.html, the service worker, the manifest) is revalidated on every load so
 * a deploy reaches users at once. Unknown paths fall back to index.html for client-side routing.
 */
export function staticClient(clientDir: string): StaticClient {
  if (!existsSync(path.join(clientDir, 'index.html'))) {
    return (_req, res) => {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end('The MetMap client is not built. Run `npm run build`, then restart the server.\n');
    };
  }
  return sirv(clientDir, {
    dev: false,
    etag: true,
    single: true,
    gzip: false,
    brotli: false,
    setHeaders(res, pathname) {
      const immutable = pathname.startsWith('/assets/');
      res.setHeader('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      res.setHeader('x-content-type-options', 'nosniff');
    },
  });
}
