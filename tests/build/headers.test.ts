/**
 * The security headers of the shipped site: dist/_headers as src/integrations/headers.ts
 * wrote it for the shared build, read as a static host reads it (every matching rule
 * applies), and docs/nginx.conf, which must send the same. Inline code is found here with
 * a real HTML parser and hashed independently of the integration.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { ADMIN_CSP, headersFor, parseHeadersFile, type HeaderRule } from '../../src/lib/site/security-headers.ts';
import { type El, listFiles, parseHtml, urlOf } from '../support/html.ts';
import { PROJECT_ROOT } from '../support/project.ts';
import { assertSiteBuilt } from '../support/site.ts';

const site = inject('site');
const REQUIRED = ['x-content-type-options', 'referrer-policy', 'permissions-policy', 'content-security-policy'];

let rules: HeaderRule[] = [];
let files: string[] = [];
let publicPages: { url: string; els: El[] }[] = [];

beforeAll(() => {
  assertSiteBuilt(site);
  const path = join(site.dir, '_headers');
  expect(existsSync(path), 'the build should write dist/_headers').toBe(true);
  rules = parseHeadersFile(readFileSync(path, 'utf8'));
  files = listFiles(site.dir).filter((f) => f !== '_headers');
  publicPages = files
    .filter((f) => f.endsWith('.html') && !f.startsWith('admin/'))
    .map((f) => ({ url: urlOf(f), els: parseHtml(readFileSync(join(site.dir, f), 'utf8')) }));
});

/** The sources of one directive of a policy. */
function directive(csp: string, name: string): string[] {
  for (const part of csp.split(';')) {
    const [key, ...sources] = part.trim().split(/\s+/);
    if (key === name) return sources;
  }
  return [];
}

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('dist/_headers', () => {
  test('every file and page gets nosniff, a Referrer-Policy, a Permissions-Policy and one Content-Security-Policy', () => {
    const problems = [...files.map((f) => urlOf(f)), '/'].flatMap((url) => {
      const headers = headersFor(rules, url);
      const missing = REQUIRED.filter((name) => !headers[name]);
      const policies = (headers['content-security-policy'] ?? '').split(',').length;
      return [
        ...missing.map((name) => `${url}: no ${name}`),
        ...(policies > 1 ? [`${url}: ${policies} Content-Security-Policies joined by the host`] : []),
      ];
    });
    expect([...new Set(problems)].slice(0, 40)).toEqual([]);
    const common = headersFor(rules, '/van-ban/');
    expect(common['x-content-type-options']).toBe('nosniff');
    expect(common['referrer-policy']).toMatch(/^(strict-origin-when-cross-origin|same-origin|no-referrer)$/);
    expect(common['permissions-policy']).toMatch(/camera=\(\)/);
  });

  test('public pages allow no unhashed inline script and no inline style', () => {
    const problems: string[] = [];
    for (const { url, els } of publicPages) {
      const csp = headersFor(rules, url)['content-security-policy'] ?? '';
      const scriptSrc = directive(csp, 'script-src');
      const styleSrc = directive(csp, 'style-src');
      for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'data:', 'http:', 'https:'])
        if (scriptSrc.includes(bad)) problems.push(`${url}: script-src allows ${bad}`);
      if (styleSrc.includes("'unsafe-inline'")) problems.push(`${url}: style-src allows 'unsafe-inline'`);
      if (!directive(csp, 'object-src').includes("'none'")) problems.push(`${url}: object-src is not 'none'`);
      if (directive(csp, 'base-uri').length === 0) problems.push(`${url}: no base-uri`);
      for (const el of els) {
        const type = (el.attrs.type ?? '').toLowerCase();
        const runs = el.tag === 'script' && el.attrs.src === undefined && /^(|module|text\/javascript)$/.test(type);
        if (runs && !scriptSrc.includes(hash(el.text))) problems.push(`${url}: inline script not in script-src`);
        if (el.tag === 'style' && !styleSrc.includes(hash(el.text))) problems.push(`${url}: <style> not in style-src`);
        if (el.attrs.style !== undefined) problems.push(`${url}: style="${el.attrs.style}" on <${el.tag}>`);
        for (const name of Object.keys(el.attrs))
          if (/^on/.test(name)) problems.push(`${url}: ${name}= on <${el.tag}> (inline handlers cannot be allowed)`);
      }
    }
    expect(publicPages.length).toBeGreaterThan(0);
    expect([...new Set(problems)].slice(0, 40)).toEqual([]);
  });

  test('/admin/ and the CMS bundle get the CMS policy, and only that one', () => {
    for (const url of ['/admin/', ...files.filter((f) => f.startsWith('admin/')).map(urlOf)]) {
      expect(headersFor(rules, url)['content-security-policy'], url).toBe(ADMIN_CSP);
    }
    expect(headersFor(rules, '/')['content-security-policy']).not.toBe(ADMIN_CSP);
  });
});

/** The add_header lines of one `location <path> {…}` block of an nginx configuration. */
function nginxHeaders(conf: string, location: string): Record<string, string> | undefined {
  const start = conf.search(new RegExp(`location\\s+${location.replace(/[/]/g, '\\/')}\\s*\\{`));
  if (start < 0) return undefined;
  const block = conf.slice(start, conf.indexOf('}', start));
  const out: Record<string, string> = {};
  for (const m of block.matchAll(/^\s*add_header\s+(\S+)\s+"([^"]*)"\s+always;/gm))
    out[(m[1] ?? '').toLowerCase()] = m[2] ?? '';
  return out;
}

describe('docs/nginx.conf', () => {
  test.each([
    ['/', '/'],
    ['/admin/', '/admin/'],
  ])('location %s sends the headers _headers gives %s', (location, url) => {
    const conf = readFileSync(join(PROJECT_ROOT, 'docs', 'nginx.conf'), 'utf8');
    const expected = headersFor(rules, url);
    const lines = Object.entries(expected)
      .map(([name, value]) => `        add_header ${name} "${value}" always;`)
      .join('\n');
    expect(
      nginxHeaders(conf, location),
      `docs/nginx.conf, location ${location}, should have (header names in any case):\n${lines}`,
    ).toEqual(expected);
  });
});
