import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures');

/** The CSP a locked-down news site might send: no scripts, no styles, images from itself only. */
export const STRICT_CSP = "default-src 'none'; img-src 'self'";

/**
 * Serves fixtures as a news site would, on 127.0.0.1 only:
 *   /page/<slug>         test/fixtures/<slug>/source.html
 *   /strict/<slug>       the same with a strict Content-Security-Policy header
 *   /gen/<name>          a page the caller made (hostile and extreme input), HTML or with its own type
 *   /stall/*             never answered: a photo still on its way
 *   *.jpg|png|webp       the fixture's lead photo (any image path the pages reference)
 *   *.svg, *.ico         a blank logo and favicon
 *   *.css, *.js          empty, as a CDN that answers would
 */
export async function startServer(generated: ReadonlyMap<string, string | { type: string; body: string }> = new Map()): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const made = /^\/gen\/([\w-]+)$/.exec(url.pathname);
    const gen = made ? generated.get(made[1] ?? '') : undefined;
    if (gen !== undefined) return typeof gen === 'string' ? send(res, 200, 'text/html; charset=utf-8', gen) : send(res, 200, gen.type, gen.body);
    const page = /^\/(page|strict)\/([\w-]+)\/?$/.exec(url.pathname);
    if (page) {
      const file = path.join(FIXTURES, page[2] ?? '', 'source.html');
      if (!fs.existsSync(file)) return send(res, 404, 'text/plain', 'no such fixture');
      const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
      if (page[1] === 'strict') headers['content-security-policy'] = STRICT_CSP;
      res.writeHead(200, headers);
      return res.end(fs.readFileSync(file));
    }
    if (url.pathname.startsWith('/stall/')) return; // left open; close() ends it
    if (/\.(?:jpe?g|png|webp|gif)$/i.test(url.pathname)) {
      return send(res, 200, 'image/jpeg', fs.readFileSync(path.join(FIXTURES, 'commondreams-doj', 'lead.jpg')));
    }
    if (url.pathname.endsWith('.svg')) return send(res, 200, 'image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg" width="180" height="24"/>');
    if (url.pathname.endsWith('.ico')) return send(res, 200, 'image/x-icon', Buffer.alloc(0));
    if (url.pathname.endsWith('.css')) return send(res, 200, 'text/css', '');
    if (url.pathname.endsWith('.js')) return send(res, 200, 'text/javascript', '');
    return send(res, 404, 'text/plain', 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}
