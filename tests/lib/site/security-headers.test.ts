import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import {
  ADMIN_CSP,
  formatHeadersFile,
  headerRules,
  headersFor,
  inlineHashesOf,
  parseHeadersFile,
  publicCsp,
} from '../../../src/lib/site/security-headers.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inlineHashesOf', () => {
  test('hashes inline scripts that run and <style> elements, not data blocks or external scripts', () => {
    const html =
      '<script>a()</script><script type="module">b()</script><script type="application/ld+json">{"x":1}</script>' +
      '<script type="application/json" id="o">{}</script><script src="/x.js"></script><style>p{}</style>' +
      '<p style="color:red">x</p><div data-style="y"></div>';
    expect(inlineHashesOf(html)).toEqual({
      scripts: [sha('a()'), sha('b()')],
      styles: [sha('p{}')],
      styleAttributes: 1,
    });
  });
});

describe('headerRules', () => {
  const rules = headerRules(['index.html', '404.html', '_astro/', 'van-ban/', 'admin/', '_headers'], {
    scripts: [sha('a()')],
    styles: [],
  });

  test('every path gets the common headers and exactly one policy; /admin/ gets its own', () => {
    for (const path of ['/', '/index.html', '/404.html', '/_astro/x.css', '/van-ban/98-2023-nd-cp/']) {
      const headers = headersFor(rules, path);
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['content-security-policy'], path).toBe(publicCsp({ scripts: [sha('a()')], styles: [] }));
    }
    expect(headersFor(rules, '/admin/')['content-security-policy']).toBe(ADMIN_CSP);
    expect(headersFor(rules, '/admin/cms/cms.js')['content-security-policy']).toBe(ADMIN_CSP);
    expect(headersFor(rules, '/admin/')['referrer-policy']).toBeTruthy();
  });

  test('the public policy allows the hashed inline script and no inline code otherwise', () => {
    const csp = headersFor(rules, '/')['content-security-policy'] ?? '';
    expect(csp).toContain(`script-src 'self' 'wasm-unsafe-eval' ${sha('a()')}`);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("object-src 'none'");
  });

  test('survives the _headers file format', () => {
    const text = formatHeadersFile(rules, 'written by the build\ndo not edit');
    expect(text.startsWith('# written by the build\n# do not edit\n/*\n')).toBe(true);
    expect(parseHeadersFile(text)).toEqual(rules);
  });
});

describe('headersFor', () => {
  test('matches * across segments and :name within one, and joins repeated headers as hosts do', () => {
    const rules = parseHeadersFile('/*\n  A: 1\n/docs/:slug/\n  B: 2\n/docs/*\n  A: 3\n');
    expect(headersFor(rules, '/docs/x/')).toEqual({ a: '1, 3', b: '2' });
    expect(headersFor(rules, '/docs/x/y/')).toEqual({ a: '1, 3' });
    expect(headersFor(rules, '/other.html')).toEqual({ a: '1' });
    expect(headersFor(parseHeadersFile('/a.b\n  C: 4\n'), '/aXb')).toEqual({});
  });
});
