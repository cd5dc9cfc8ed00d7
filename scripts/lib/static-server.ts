/**
 * A small static file server for the built site: directory URLs serve index.html, unknown
 * paths get the site's 404 page with status 404, and only files inside the root are read.
 * Responses carry the headers of the site's `_headers` file, matched as static hosts match
 * them (src/lib/site/security-headers.ts), so pages run under their real Content-Security-Policy.
 * Used by `npm start`, `npm run preview` and the browser tests.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { headersFor, parseHeadersFile, type HeaderRule } from '../../src/lib/site/security-headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

function resolveFile(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const path = resolve(root, '.' + normalize(decoded));
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  if (existsSync(path) && statSync(path).isFile()) return path;
  const index = join(path, 'index.html');
  if (existsSync(index)) return index;
  return undefined;
}

/** Starts serving `dir` on `port` (0 picks a free one) at 127.0.0.1; resolves once listening. */
export function serveStatic(dir: string, port: number, host = '127.0.0.1'): Promise<{ server: Server; url: string }> {
  const root = resolve(dir);
  const headersFile = join(root, '_headers');
  const rules: HeaderRule[] = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    for (const [name, value] of Object.entries(headersFor(rules, url.pathname))) res.setHeader(name, value);
    if (url.pathname.endsWith('/index.html')) {
      res.writeHead(301, { location: url.pathname.slice(0, -'index.html'.length) + url.search });
      res.end();
      return;
    }
    // The headers file is configuration, as on static hosts, not part of the site.
    let file = url.pathname === '/_headers' ? undefined : resolveFile(root, url.pathname);
    if (file && !url.pathname.endsWith('/') && file.endsWith(`${sep}index.html`)) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` });
      res.end();
      return;
    }
    let status = 200;
    if (!file) {
      status = 404;
      file = existsSync(join(root, '404.html')) ? join(root, '404.html') : undefined;
    }
    res.writeHead(status, { 'content-type': (file && TYPES[extname(file)]) ?? 'application/octet-stream' });
    if (req.method === 'HEAD' || !file) {
      res.end(file ? undefined : 'Not found');
      return;
    }
    createReadStream(file).pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolvePromise({ server, url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${actual}` });
    });
  });
}
