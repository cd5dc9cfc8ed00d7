/**
 * What a story costs a resident on a cheap phone over slow mobile data, measured on dist/
 * (the shared production build):
 * - it needs no JavaScript to read: the whole story is in the HTML, and the only scripts are
 *   small deferred modules that add conveniences (copy link);
 * - its HTML plus CSS is at most 60 KB uncompressed;
 * - its photo at 800 px wide (the variant a 390 px phone screen at 2× picks) is at most 120 KB.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { entriesOf } from '../support/content.ts';
import { parseHtml, type El } from '../support/html.ts';
import { PROJECT_ROOT } from '../support/project.ts';
import { assertSiteBuilt } from '../support/site.ts';

const HTML_CSS_BUDGET = 60 * 1024;
const PHOTO_800_BUDGET = 120 * 1024;
/** A script may only enhance: small, and a module (deferred, never blocking the text). */
const SCRIPT_BUDGET = 4 * 1024;

const site = inject('site');
const stories = entriesOf(PROJECT_ROOT, 'honorees');

beforeAll(() => assertSiteBuilt(site));

const fileSize = (path: string) => statSync(join(site.dir, decodeURIComponent(path).replace(/^\/+/, ''))).size;
const within = (el: El, tag: string) => {
  for (let p = el.parent; p; p = p.parent) if (p.tag === tag) return true;
  return false;
};

/** Sentences of a Markdown body as plain text (markup removed), to look for in the HTML. */
function sentences(markdown: string): string[] {
  return markdown
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .replace(/^#+\s+|^>\s?|^\s*[-*]\s+|^\s*\d+\.\s+/gm, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/[*_`]/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((text) => text.length > 0);
}

describe.each(stories.map((s) => [s.id, s] as const))('story %s', (id, story) => {
  const html = () => readFileSync(join(site.dir, 'guong-sang', id, 'index.html'), 'utf8');

  test('can be read without JavaScript: the whole story is in the HTML, scripts only enhance', () => {
    const source = html();
    const elements = parseHtml(source);
    const main = elements.find((e) => e.tag === 'main')?.text.replace(/\s+/g, ' ') ?? '';
    for (const sentence of sentences(story.body))
      expect(main, `${id}: "${sentence.slice(0, 60)}…"`).toContain(sentence);
    for (const script of elements.filter((e) => e.tag === 'script')) {
      expect(script.attrs.type, `${id}: every script is a deferred module`).toBe('module');
      const size = script.attrs.src ? fileSize(script.attrs.src) : Buffer.byteLength(script.text);
      expect(size, `${id}: ${script.attrs.src ?? 'inline script'}`).toBeLessThanOrEqual(SCRIPT_BUDGET);
    }
  });

  test('HTML plus CSS is at most 60 KB uncompressed', () => {
    const source = html();
    const elements = parseHtml(source);
    const css = elements
      .filter((e) => e.tag === 'link' && (e.attrs.rel ?? '').split(/\s+/).includes('stylesheet'))
      .map((e) => fileSize(e.attrs.href ?? ''));
    const total = Buffer.byteLength(source) + css.reduce((a, b) => a + b, 0);
    expect(total, `${id}: ${Buffer.byteLength(source)} B HTML + ${css.join(' + ')} B CSS`).toBeLessThanOrEqual(
      HTML_CSS_BUDGET,
    );
  });

  test.runIf(typeof (story.data.photo as { src?: unknown } | undefined)?.src === 'string')(
    'its photo at 800 px wide is at most 120 KB',
    () => {
      const elements = parseHtml(html());
      const img = elements.find((e) => e.tag === 'img' && within(e, 'figure') && within(e, 'main'));
      const candidate = (img?.attrs.srcset ?? '')
        .split(',')
        .map((c) => c.trim().split(/\s+/))
        .find(([, w]) => w === '800w');
      expect(candidate, `${id}: an 800w variant in the photo's srcset`).toBeDefined();
      const size = fileSize(candidate?.[0] ?? '');
      expect(size, `${id}: ${candidate?.[0]}`).toBeLessThanOrEqual(PHOTO_800_BUDGET);
    },
  );
});
