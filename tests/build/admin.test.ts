/**
 * The CMS in the shipped build: /admin/ loads one module from /admin/cms/, every CMS file
 * imports only files under /admin/cms/ (shared code is copied in, never shared with public
 * pages), no public page or script mentions the CMS bundle, and robots.txt keeps crawlers out
 * of /admin/ and names the sitemap at the address from content/settings/site.yaml.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { readSettingsFile } from '../../src/content-pipeline/read.ts';
import { listFiles, parseHtml } from '../support/html.ts';
import { PROJECT_ROOT } from '../support/project.ts';
import { assertSiteBuilt } from '../support/site.ts';

const site = inject('site');
const ADMIN_DIR = 'admin/cms/';
let files: string[] = [];

beforeAll(() => {
  assertSiteBuilt(site);
  files = listFiles(site.dir);
});

/** Files a built script imports: static and dynamic imports, and the preload list Vite writes. */
function importsOf(file: string): string[] {
  const code = readFileSync(join(site.dir, file), 'utf8');
  const specifiers = [
    ...[...code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'`]([^"'`]+\.m?js)["'`]/g)].map((m) => m[1] ?? ''),
    // Vite's preload list names files from the site root: "admin/cms/x.js", "_astro/y.js".
    ...[...code.matchAll(/["'`]\/?((?:admin\/cms|_astro)\/[^"'`\s]+\.(?:m?js|wasm))["'`]/g)].map((m) => m[1] ?? ''),
  ];
  return [
    ...new Set(
      specifiers.map((s) =>
        s.startsWith('/')
          ? s.slice(1)
          : s.startsWith('.')
            ? relative(site.dir, normalize(join(site.dir, dirname(file), s)))
            : s,
      ),
    ),
  ];
}

describe('the CMS bundle', () => {
  test('/admin/ runs one module from /admin/cms/ and no inline script', () => {
    const elements = parseHtml(readFileSync(join(site.dir, 'admin', 'index.html'), 'utf8'));
    const scripts = elements.filter((e) => e.tag === 'script');
    const modules = scripts.filter((s) => s.attrs['type'] === 'module');
    expect(modules.map((s) => s.attrs['src'])).toEqual([expect.stringMatching(/^\/admin\/cms\/cms\.[\w-]+\.js$/)]);
    // The options are data (application/json), not code: nothing for a Content-Security-Policy to allow.
    expect(scripts.filter((s) => s.attrs['type'] !== 'module').map((s) => s.attrs['type'])).toEqual([
      'application/json',
    ]);
    expect(elements.find((e) => e.tag === 'meta' && e.attrs['name'] === 'robots')?.attrs['content']).toMatch(
      /^noindex/,
    );
    expect(elements.some((e) => 'data-pagefind-body' in e.attrs)).toBe(false);
  });

  test('CMS files import only CMS files, which all exist', () => {
    const admin = files.filter((f) => f.startsWith(ADMIN_DIR) && f.endsWith('.js'));
    const entry = admin.find((f) => /^admin\/cms\/cms\.[\w-]+\.js$/.test(f));
    // The entry loads the editor's language modes and image codecs later: those imports are seen.
    expect(importsOf(entry ?? '').length).toBeGreaterThan(10);
    const problems = admin.flatMap((f) =>
      importsOf(f).flatMap((target) =>
        !target.startsWith(ADMIN_DIR)
          ? [`${f} imports ${target}`]
          : existsSync(join(site.dir, target))
            ? []
            : [`${f} imports the missing ${target}`],
      ),
    );
    expect(problems.slice(0, 20)).toEqual([]);
  });

  test('no public page or script refers to the CMS bundle', () => {
    const publicText = files.filter((f) => !f.startsWith('admin/') && /\.(html|js|css|json)$/.test(f));
    const offenders = publicText.filter((f) => readFileSync(join(site.dir, f), 'utf8').includes(`/${ADMIN_DIR}`));
    expect(offenders).toEqual([]);
  });
});

describe('robots.txt', () => {
  test('keeps crawlers out of /admin/ and names the sitemap at the configured address', () => {
    const siteUrl = String(readSettingsFile(PROJECT_ROOT, 'site').data?.['siteUrl'] ?? '');
    const lines = readFileSync(join(site.dir, 'robots.txt'), 'utf8').split('\n');
    expect(lines).toContain('Disallow: /admin/');
    expect(lines).toContain(`Sitemap: ${new URL('/sitemap-index.xml', siteUrl).href}`);
    expect(existsSync(join(site.dir, 'sitemap-index.xml'))).toBe(true);
  });
});
