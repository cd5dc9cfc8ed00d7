/**
 * The shipped site as built from the real content (one shared build per test run, see
 * tests/support/site.ts): every expected page exists, every page has the common chrome,
 * paths are ASCII, every internal link and #anchor resolves, the sitemap lists the content
 * pages at the configured address, and the search index is there.
 *
 * Expectations come from content/ (ids through src/content-pipeline/read.ts and src/lib/content/ids.ts) and
 * content/settings/site.yaml, never from counts copied from the output.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { readSettingsFile } from '../../src/content-pipeline/read.ts';
import { entriesOf } from '../support/content.ts';
import { type El, type Page, inside, listFiles, readPages } from '../support/html.ts';
import { PROJECT_ROOT } from '../support/project.ts';
import { assertSiteBuilt } from '../support/site.ts';
import { DATE_ORDER_FILE, datesOf, type DateOrder } from '../../src/lib/search/date-order.ts';
import { isPlainDate } from '../../src/lib/dates/plain-date.ts';

const site = inject('site');
const ids = {
  honorees: entriesOf(PROJECT_ROOT, 'honorees').map((e) => e.id),
  campaigns: entriesOf(PROJECT_ROOT, 'campaigns').map((e) => e.id),
  documents: entriesOf(PROJECT_ROOT, 'documents').map((e) => e.id),
  announcements: entriesOf(PROJECT_ROOT, 'announcements').map((e) => e.id),
};
const siteUrlSetting = readSettingsFile(PROJECT_ROOT, 'site').data?.siteUrl;
const SITE_URL = typeof siteUrlSetting === 'string' ? siteUrlSetting.replace(/\/+$/, '') : '';

/** URL paths of the pages the content and the design call for. */
const CONTENT_PAGES = [
  '/',
  '/guong-sang/',
  ...ids.honorees.map((id) => `/guong-sang/${id}/`),
  '/phong-trao/',
  ...ids.campaigns.map((id) => `/phong-trao/${id}/`),
  '/van-ban/',
  ...ids.documents.map((id) => `/van-ban/${id}/`),
  '/thong-bao/',
  ...ids.announcements.map((id) => `/thong-bao/${id}/`),
  '/gioi-thieu/',
  '/gioi-thieu/en/',
  '/tim-kiem/',
];
const EXPECTED_PAGES = [...CONTENT_PAGES, '/404.html'];
const ENGLISH_PAGES = new Set(['/gioi-thieu/en/']);

let pages: Page[] = [];
let files = new Set<string>();
/** Pages readers see: everything but the CMS. */
let sitePages: Page[] = [];

beforeAll(() => {
  assertSiteBuilt(site);
  pages = readPages(site.dir);
  files = new Set(listFiles(site.dir));
  sitePages = pages.filter((p) => !p.url.startsWith('/admin/'));
});

/** Problems as a readable list: each once, at most 60 shown. */
function report(problems: string[]): string[] {
  const unique = [...new Set(problems)];
  return unique.length > 60 ? [...unique.slice(0, 60), `… and ${unique.length - 60} more`] : unique;
}

/** The built file a URL path is served from, or undefined. */
function fileFor(pathname: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(pathname).replace(/^\/+/, '');
  } catch {
    return undefined;
  }
  if (path === '' || path.endsWith('/')) return files.has(`${path}index.html`) ? `${path}index.html` : undefined;
  if (files.has(path)) return path;
  return files.has(`${path}/index.html`) ? `${path}/index.html` : undefined;
}

const BASE = 'http://site.invalid';

/** Resolves `href` as written on the page at `from`; undefined for links leaving the site. */
function internalTarget(from: string, href: string): URL | undefined {
  const trimmed = href.trim();
  if (/^(mailto|tel|sms|javascript|data|blob):/i.test(trimmed)) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed, BASE + from);
  } catch {
    return new URL(`${BASE}/%invalid-url:${encodeURIComponent(trimmed)}`);
  }
  if (url.origin === BASE) return url;
  if (SITE_URL && url.href.startsWith(`${SITE_URL}/`)) return new URL(url.href.slice(SITE_URL.length), BASE);
  return undefined;
}

/** Every URL a page refers to, with where it was found. */
function referencesOf(page: Page): { where: string; value: string }[] {
  const out: { where: string; value: string }[] = [];
  const add = (el: El, name: string) => {
    const value = el.attrs[name];
    if (value !== undefined) out.push({ where: `<${el.tag} ${name}>`, value });
  };
  const addSrcset = (el: El) => {
    for (const candidate of (el.attrs.srcset ?? '').split(',')) {
      const value = candidate.trim().split(/\s+/)[0];
      if (value) out.push({ where: `<${el.tag} srcset>`, value });
    }
  };
  for (const el of page.elements) {
    if (el.tag === 'a' || el.tag === 'area') add(el, 'href');
    else if (el.tag === 'link' && !/\b(preconnect|dns-prefetch)\b/.test(el.attrs.rel ?? '')) add(el, 'href');
    else if (['img', 'script', 'iframe', 'video', 'audio', 'track', 'embed'].includes(el.tag)) add(el, 'src');
    else if (el.tag === 'source') add(el, 'src');
    else if (el.tag === 'form') add(el, 'action');
    else if (el.tag === 'use') {
      add(el, 'href');
      add(el, 'xlink:href');
    } else if (el.tag === 'meta' && /^(og:image|og:url|twitter:image)$/.test(el.attrs.property ?? el.attrs.name ?? ''))
      add(el, 'content');
    if (el.tag === 'img' || el.tag === 'source') addSrcset(el);
  }
  return out;
}

/** Element ids (and legacy a[name]) of a page. */
function anchorsOf(page: Page): Set<string> {
  const out = new Set<string>();
  for (const el of page.elements) {
    if (el.attrs.id) out.add(el.attrs.id);
    if (el.tag === 'a' && el.attrs.name) out.add(el.attrs.name);
  }
  return out;
}

describe('pages', () => {
  test('every expected page exists', () => {
    const missing = EXPECTED_PAGES.filter((url) => !fileFor(url));
    expect(missing, 'pages called for by content/ and the design but not built').toEqual([]);
    expect(ids.honorees.length + ids.campaigns.length + ids.documents.length).toBeGreaterThan(0);
  });

  test('every path in dist/ is ASCII without diacritics or spaces', () => {
    const bad = [...files].filter((f) => !/^[\x21-\x7e]+$/.test(f));
    expect(report(bad)).toEqual([]);
    const badPages = sitePages.map((p) => p.url).filter((u) => !/^\/[a-z0-9\-./_]*$/.test(u));
    expect(badPages, 'page paths should be lower-case ASCII').toEqual([]);
  });

  test('every page declares its language: vi, and en for the English page', () => {
    const wrong = sitePages.flatMap((p) => {
      const html = p.elements.find((el) => el.tag === 'html');
      const want = ENGLISH_PAGES.has(p.url) ? 'en' : 'vi';
      return html?.attrs.lang === want ? [] : [`${p.url}: lang="${html?.attrs.lang ?? ''}", want "${want}"`];
    });
    expect(report(wrong)).toEqual([]);
  });

  test('every page starts with a skip link to #main, and #main is the main content', () => {
    const problems = sitePages.flatMap((p) => {
      const out: string[] = [];
      const body = p.elements.filter((el) => inside(el, 'body'));
      const focusable = body.find(
        (el) =>
          (el.tag === 'a' && el.attrs.href !== undefined) ||
          ['button', 'select', 'textarea', 'summary'].includes(el.tag) ||
          (el.tag === 'input' && el.attrs.type !== 'hidden') ||
          (el.attrs.tabindex !== undefined && Number(el.attrs.tabindex) >= 0),
      );
      if (focusable?.tag !== 'a' || focusable.attrs.href !== '#main')
        out.push(`${p.url}: first focusable element is <${focusable?.tag ?? 'none'}>, not a skip link to #main`);
      const target = p.elements.find((el) => el.attrs.id === 'main');
      if (!target) out.push(`${p.url}: no element with id="main"`);
      else if (target.tag !== 'main' && !p.elements.some((el) => el.tag === 'main' && inside(el, target.tag)))
        out.push(`${p.url}: #main is a <${target.tag}>, not the <main> element`);
      return out;
    });
    expect(report(problems)).toEqual([]);
  });

  test('every page has a search form in its header: GET /tim-kiem/ with a field named q', () => {
    const problems = sitePages.flatMap((p) => {
      const forms = p.elements.filter((el) => el.tag === 'form' && inside(el, 'header'));
      const ok = forms.some((form) => {
        const method = (form.attrs.method ?? 'get').toLowerCase();
        const action = internalTarget(p.url, form.attrs.action ?? '');
        const field = p.elements.some(
          (el) => ['input', 'select', 'textarea'].includes(el.tag) && el.attrs.name === 'q' && isIn(el, form),
        );
        return method === 'get' && action?.pathname === '/tim-kiem/' && field;
      });
      return ok ? [] : [`${p.url}: no <header> form with method GET, action /tim-kiem/ and a field named q`];
    });
    expect(report(problems)).toEqual([]);
  });
});

function isIn(el: El, ancestor: El): boolean {
  for (let p = el.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

describe('links', () => {
  test('every internal link, image and script resolves to a built file', () => {
    const broken = pages.flatMap((p) =>
      referencesOf(p).flatMap(({ where, value }) => {
        const url = internalTarget(p.url, value);
        if (!url || (url.pathname === p.url && value.trim().startsWith('#'))) return [];
        return fileFor(url.pathname) ? [] : [`${p.url}: ${where} "${value}"`];
      }),
    );
    expect(report(broken)).toEqual([]);
  });

  test('every #fragment points at an element id on its target page', () => {
    const byFile = new Map(pages.map((p) => [p.file, p]));
    const anchors = new Map<string, Set<string>>();
    const broken = pages.flatMap((p) =>
      referencesOf(p).flatMap(({ where, value }) => {
        const url = internalTarget(p.url, value);
        if (!url || url.hash === '' || url.hash === '#') return [];
        const file = fileFor(url.pathname);
        const target = file ? byFile.get(file) : undefined;
        if (!target) return []; // missing pages are reported by the test above; non-HTML targets have no ids
        if (!anchors.has(target.file)) anchors.set(target.file, anchorsOf(target));
        const id = decodeURIComponent(url.hash.slice(1));
        return anchors.get(target.file)?.has(id)
          ? []
          : [`${p.url}: ${where} "${value}" (no id "${id}" on ${target.url})`];
      }),
    );
    expect(report(broken)).toEqual([]);
  });

  test('internal link paths are ASCII', () => {
    const bad = pages.flatMap((p) =>
      referencesOf(p).flatMap(({ where, value }) => {
        const url = internalTarget(p.url, value);
        if (!url) return [];
        let path = url.pathname;
        try {
          path = decodeURIComponent(path);
        } catch {
          /* reported as broken elsewhere */
        }
        return /^[\x21-\x7e]*$/.test(path) ? [] : [`${p.url}: ${where} "${value}"`];
      }),
    );
    expect(report(bad)).toEqual([]);
  });

  test('external links are listed in test-results/external-links.txt, and each is a well-formed address', () => {
    const uses = new Map<string, { pages: Set<string>; variants: Set<string> }>();
    const malformed: string[] = [];
    for (const p of pages) {
      for (const { where, value } of referencesOf(p)) {
        const trimmed = value.trim();
        if (internalTarget(p.url, trimmed) || !/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) continue;
        if (/^(mailto|tel|sms):/i.test(trimmed)) continue;
        let url: URL | undefined;
        try {
          url = new URL(trimmed);
        } catch {
          url = undefined;
        }
        if (!url || !/^https?:$/.test(url.protocol) || !url.hostname.includes('.'))
          malformed.push(`${p.url}: ${where} "${value}"`);
        else {
          // Share links differ per page only in their query: one line per address without it.
          const key = url.search ? `${url.origin}${url.pathname}?…` : url.href;
          const use = uses.get(key) ?? { pages: new Set<string>(), variants: new Set<string>() };
          use.pages.add(p.url);
          use.variants.add(url.href);
          uses.set(key, use);
        }
      }
    }
    const lines = [...uses.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, use]) => {
        const list = [...use.pages].sort();
        const variants = use.variants.size > 1 ? `, ${use.variants.size} queries` : '';
        return `${key}\t${list.length} page(s)${variants}: ${list.slice(0, 5).join(' ')}${list.length > 5 ? ' …' : ''}`;
      });
    const dir = join(PROJECT_ROOT, 'test-results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'external-links.txt'),
      `# Links from dist/ to other sites (${lines.length}), checked by hand or by a link checker with network.\n` +
        `# address<TAB>pages that link to it\n${lines.join('\n')}\n`,
    );
    expect(report(malformed)).toEqual([]);
  });

  test('the 404 page, served at any address, uses only root-relative links', () => {
    const page = pages.find((p) => p.file === '404.html');
    expect(page, '404.html should exist').toBeDefined();
    const relativeRefs = page
      ? referencesOf(page)
          .map((r) => r.value.trim())
          .filter((v) => v !== '' && !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(v))
      : [];
    expect(report(relativeRefs)).toEqual([]);
  });
});

/** The <loc> values of a sitemap file. */
function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<]+?)\s*<\/loc>/g)].map((m) => (m[1] ?? '').replace(/&amp;/g, '&'));
}

describe('sitemap', () => {
  test('the site address is configured in content/settings/site.yaml', () => {
    expect(SITE_URL).toMatch(/^https?:\/\/[^/]+/);
  });

  test('sitemap-index.xml lists sitemaps at the configured address', () => {
    const index = join(site.dir, 'sitemap-index.xml');
    expect(existsSync(index)).toBe(true);
    const maps = locs(readFileSync(index, 'utf8'));
    expect(maps.length).toBeGreaterThan(0);
    for (const loc of maps) {
      expect(loc.startsWith(`${SITE_URL}/`), loc).toBe(true);
      expect(files.has(loc.slice(SITE_URL.length + 1)), `${loc} should be a built file`).toBe(true);
    }
    expect(maps).toContain(`${SITE_URL}/sitemap-0.xml`);
  });

  test('the sitemaps list every content page, and nothing from /admin/ or the 404 page', () => {
    const maps = locs(readFileSync(join(site.dir, 'sitemap-index.xml'), 'utf8'));
    const urls = maps.flatMap((loc) => locs(readFileSync(join(site.dir, loc.slice(SITE_URL.length + 1)), 'utf8')));
    const outside = urls.filter((u) => !u.startsWith(`${SITE_URL}/`));
    expect(outside, 'every URL should use the configured site address').toEqual([]);
    const paths = urls.map((u) => u.slice(SITE_URL.length));
    expect(
      CONTENT_PAGES.filter((p) => !paths.includes(p)),
      'content pages missing from the sitemap',
    ).toEqual([]);
    expect(paths.filter((p) => p.startsWith('/admin') || p.includes('404'))).toEqual([]);
    expect(
      paths.filter((p) => !fileFor(p)),
      'sitemap URLs that were not built',
    ).toEqual([]);
  });
});

describe('search index', () => {
  test('the Pagefind index is built', () => {
    expect(existsSync(join(site.dir, 'pagefind', 'pagefind.js'))).toBe(true);
    const entry = JSON.parse(readFileSync(join(site.dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages?: Record<string, { page_count?: number }>;
    };
    expect(Object.keys(entry.languages ?? {})).toContain('vi');
  });

  test('every story, campaign, document and announcement page marks its content for the index', () => {
    const entryPages = CONTENT_PAGES.filter((u) => /^\/(guong-sang|phong-trao|van-ban|thong-bao)\/[^/]+\/$/.test(u));
    expect(entryPages.filter((u) => u.startsWith('/thong-bao/'))).toHaveLength(ids.announcements.length);
    const unmarked = entryPages.filter((url) => {
      const page = pages.find((p) => p.url === url);
      return page && !page.elements.some((el) => el.attrs['data-pagefind-body'] !== undefined);
    });
    expect(unmarked, 'pages without data-pagefind-body are left out of search').toEqual([]);
    const entry = JSON.parse(readFileSync(join(site.dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages?: Record<string, { page_count?: number }>;
    };
    expect(entry.languages?.vi?.page_count ?? 0).toBeGreaterThanOrEqual(entryPages.length);
  });

  test('each index has its pages’ dates for sorting, and /tim-kiem/ starts the search worker early', () => {
    for (const dir of ['pagefind', 'pagefind/phat-thanh']) {
      const entry = JSON.parse(readFileSync(join(site.dir, dir, 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { page_count: number }>;
      };
      const order = JSON.parse(readFileSync(join(site.dir, dir, DATE_ORDER_FILE), 'utf8')) as DateOrder;
      const dated = datesOf([order]);
      expect(dated.size, `${dir}: pages with a date`).toBe(entry.languages['vi']?.page_count);
      expect([...dated.values()].every(isPlainDate), `${dir}: dates are YYYY-MM-DD`).toBe(true);
    }
    const html = readFileSync(join(site.dir, 'tim-kiem', 'index.html'), 'utf8');
    const start = /<script data-search-worker="([^"]+)"[^>]*\bdata-files="([^"]+)"/.exec(html);
    expect(start, 'the early start of the search worker').not.toBeNull();
    expect(existsSync(join(site.dir, start?.[1] ?? 'none')), `${start?.[1]} exists`).toBe(true);
    const files = (start?.[2] ?? '').split(' ').map((file) => file.replace(/\?.*$/, ''));
    expect(files.some((file) => file.endsWith('.pf_meta'))).toBe(true);
    for (const file of files) expect(existsSync(join(site.dir, file)), `${file} exists`).toBe(true);
  });
});
