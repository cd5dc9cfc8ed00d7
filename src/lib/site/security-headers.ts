/**
 * The HTTP headers the site is served with, and the `_headers` file that carries them to
 * static hosts (Netlify, Cloudflare Pages and the project's own server, scripts/lib/static-server.ts).
 * The nginx equivalent is docs/nginx.conf, checked against these rules by tests/build/headers.test.ts.
 *
 * Public pages get a strict Content-Security-Policy: scripts, styles, fonts and images only
 * from the site itself, no inline script or style except the few whose SHA-256 hashes the
 * build lists (src/integrations/headers.ts), WebAssembly for the Pagefind search. /admin/
 * gets its own looser policy, because Decap CMS compiles code at run time, styles itself
 * inline and talks to the git host.
 *
 * Each path gets exactly one Content-Security-Policy: hosts join the values of every rule
 * that matches a path, and two policies would both be enforced, so the public policy is
 * given per top-level folder rather than to /* (which would reach /admin/ as well).
 */
import { createHash } from 'node:crypto';

export type Headers = [name: string, value: string][];

export interface HeaderRule {
  /** A path pattern: `*` matches any characters, `:name` one path segment. */
  path: string;
  headers: Headers;
}

/** The folder of the CMS, whose pages get ADMIN_CSP. */
export const ADMIN_PATH = '/admin/';

/** Sent with every response. */
export const COMMON_HEADERS: Headers = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  [
    'Permissions-Policy',
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  ],
  ['X-Frame-Options', 'SAMEORIGIN'],
];

function policy(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** Hashes of the inline scripts and styles the public pages are allowed to run. */
export interface InlineHashes {
  scripts: string[];
  styles: string[];
}

/** The policy of every public page. */
export function publicCsp(hashes: InlineHashes): string {
  return policy({
    'default-src': ["'self'"],
    // Pagefind's search runs as WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
    'script-src': ["'self'", "'wasm-unsafe-eval'", ...hashes.scripts],
    'style-src': ["'self'", ...hashes.styles],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'self'"],
  });
}

/**
 * The policy of /admin/: Decap validates its configuration with code compiled at run time
 * ('unsafe-eval'), styles itself with inline styles, shows images and previews from blobs and
 * reads an uploaded picture back from its blob before saving it, and saves through the git
 * host's HTTPS API, or through decap-server on this computer when editing on the office PC
 * (`npm start`, `npm run cms`): port 8081 unless another was chosen (DECAP_SERVER_PORT,
 * /admin/?decap-port=…; see admin/local-backend.ts), so any loopback port.
 */
export const ADMIN_CSP = policy({
  'default-src': ["'self'"],
  'script-src': ["'self'", "'unsafe-eval'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:', 'https:', 'http://localhost:*', 'http://127.0.0.1:*'],
  'media-src': ["'self'", 'blob:', 'https:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'", 'blob:', 'data:', 'https:', 'http://localhost:*', 'http://127.0.0.1:*'],
  'frame-src': ["'self'", 'blob:'],
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'", 'https:'],
  'frame-ancestors': ["'none'"],
});

/** The CSP source expression for `text`: 'sha256-…'. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Script types the browser runs (anything else, such as application/json, is data). */
const RUNNABLE = /^(|module|text\/javascript|application\/javascript)$/i;

/**
 * The inline scripts and <style> elements of a built page, hashed, and the number of style
 * attributes (which a policy without 'unsafe-inline' blocks). Built pages are well-formed
 * serialiser output, so a script ends at the first </script>.
 */
export function inlineHashesOf(html: string): InlineHashes & { styleAttributes: number } {
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const [, attrs = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (/\ssrc\s*=/i.test(attrs)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attrs)?.[1] ?? '';
    if (RUNNABLE.test(type.trim())) scripts.push(sha256Source(body));
  }
  for (const [, body = ''] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) styles.push(sha256Source(body));
  const styleAttributes = [...html.matchAll(/<[a-z][^>]*?\sstyle\s*=/gi)].length;
  return { scripts, styles, styleAttributes };
}

/**
 * The rules for a site whose top level holds `entries` (file and folder names of dist/,
 * folders marked with a trailing "/"), allowing the inline code in `hashes`.
 */
export function headerRules(entries: readonly string[], hashes: InlineHashes): HeaderRule[] {
  const csp = publicCsp(hashes);
  const publicPaths = [
    '/',
    ...entries
      .filter((e) => `/${e}` !== ADMIN_PATH && !e.startsWith('_headers'))
      .map((e) => (e.endsWith('/') ? `/${e}*` : `/${e}`))
      .sort(),
  ];
  return [
    { path: '/*', headers: COMMON_HEADERS },
    ...publicPaths.map((path) => ({ path, headers: [['Content-Security-Policy', csp]] as Headers })),
    { path: `${ADMIN_PATH}*`, headers: [['Content-Security-Policy', ADMIN_CSP]] },
  ];
}

/** The text of a `_headers` file. */
export function formatHeadersFile(rules: readonly HeaderRule[], comment = ''): string {
  const head = comment ? `${comment.replace(/^/gm, '# ')}\n` : '';
  return head + rules.map((r) => `${r.path}\n${r.headers.map(([n, v]) => `  ${n}: ${v}\n`).join('')}`).join('');
}

/** Reads a `_headers` file: paths at the start of a line, indented "Name: value" lines under them. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: [] });
    else {
      const match = /^\s+([^:\s]+)\s*:\s*(.*)$/.exec(line);
      if (match && rules.length > 0) rules[rules.length - 1]?.headers.push([match[1] ?? '', (match[2] ?? '').trim()]);
    }
  }
  return rules;
}

function matches(pattern: string, pathname: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(pathname);
}

/**
 * The headers a host sends for `pathname`: every matching rule applies, and a header given by
 * several rules gets their values joined with ", ", as Netlify and Cloudflare Pages do.
 */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!matches(rule.path, pathname)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out[key] = out[key] === undefined ? value : `${out[key]}, ${value}`;
    }
  }
  return out;
}
