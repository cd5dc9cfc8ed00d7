/**
 * Astro's incremental build (experimental.incrementalBuild with a cacheKey on the per-entry
 * pages): a second build in the same copy reuses unchanged pages, and never serves a stale
 * one. One story's title and the site's name are changed between two builds; every page that
 * shows either must show the new text, including pages keyed on other entries (a story whose
 * "related stories" cards list the edited one) and pages of other collections (a document).
 * And the content store kept in the cache folder never hands a build entries parsed with an
 * older declaration of their collection (a new version of the project restored on a host
 * together with the last build's cache).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as devalue from 'devalue';
import { afterAll, describe, expect, test } from 'vitest';
import { astroCacheDir } from '../../src/lib/site/cache-dir.ts';
import { editFrontmatter, entriesOf } from '../support/content.ts';
import { parseHtml, readPages, type El } from '../support/html.ts';
import { copyProject, removeProject, runBuild } from '../support/project.ts';

const root = copyProject();
afterAll(() => removeProject(root));

const NEW_TITLE = 'Tiêu đề mới của câu chuyện để kiểm tra bản dựng lại';
const NEW_SITE_NAME = 'Gương Sáng Phường Thử';

const pageText = (url: string) => {
  const file = join(root, 'dist', url.replace(/^\//, ''), 'index.html');
  return parseHtml(readFileSync(file, 'utf8'));
};

describe('a rebuild after editing one story and the settings', () => {
  test('reuses unchanged pages and shows the edits on every page that shows them', async () => {
    const first = await runBuild(root);
    expect(first.code, first.output).toBe(0);

    // A story listed in another story's "related stories" cards.
    const pages = readPages(join(root, 'dist'));
    const stories = entriesOf(root, 'honorees');
    let pair: { edited: (typeof stories)[number]; relatedOn: string } | undefined;
    for (const page of pages.filter((p) => /^\/guong-sang\/[^/]+\/$/.test(p.url))) {
      const related = page.elements.find((el) => el.tag === 'section' && el.attrs['aria-labelledby'] === 'related');
      const link = page.elements.find(
        (el) =>
          el.tag === 'a' && related && isInside(el, related) && /^\/guong-sang\/[^/]+\/$/.test(el.attrs.href ?? ''),
      );
      const story = link && stories.find((s) => link.attrs.href === `/guong-sang/${s.id}/`);
      if (story) {
        pair = { edited: story, relatedOn: page.url };
        break;
      }
    }
    expect(pair, 'a story page with related stories in the shipped content').toBeDefined();
    if (!pair) return;
    const document = pages.find((p) => /^\/van-ban\/[^/]+\/$/.test(p.url) && !p.url.includes('/loai/'));
    expect(document).toBeDefined();

    editFrontmatter(root, pair.edited.file, (yaml) => yaml.set('title', NEW_TITLE));
    const siteFile = join(root, 'content', 'settings', 'site.yaml');
    writeFileSync(siteFile, readFileSync(siteFile, 'utf8').replace(/^siteName: .*$/m, `siteName: ${NEW_SITE_NAME}`));
    const second = await runBuild(root);
    expect(second.code, second.output).toBe(0);
    expect(second.output, 'some pages are reused from the first build').toMatch(/\((restored|cached)\)/);

    const h1 = pageText(`/guong-sang/${pair.edited.id}/`).find((el) => el.tag === 'h1');
    expect(h1?.text.trim()).toBe(NEW_TITLE);
    const relatedPage = pageText(pair.relatedOn);
    expect(
      relatedPage.some((el) => el.tag === 'a' && el.text.includes(NEW_TITLE)),
      pair.relatedOn,
    ).toBe(true);
    const radio = pageText(`/phat-thanh/guong-sang/${pair.edited.id}/`).find((el) => el.tag === 'h1');
    expect(radio?.text).toContain(NEW_TITLE);
    for (const url of [pair.relatedOn, document?.url ?? '/']) {
      const title = pageText(url).find((el) => el.tag === 'title');
      expect(title?.text, url).toContain(NEW_SITE_NAME);
    }
  });
});

describe('a rebuild after a collection declaration changed', () => {
  test('entries kept from the last build are parsed again with the new declaration', async () => {
    const storeFile = join(astroCacheDir(root), 'data-store.json');
    if (!existsSync(storeFile)) expect((await runBuild(root)).code).toBe(0);
    // The store as a build before documents declared their plan tasks wrote it: the same
    // files (so glob() would keep them), data without `tasks`, an older declaration's digest.
    type Store = Map<string, Map<string, { data: Record<string, unknown> } | string>>;
    const store = devalue.parse(readFileSync(storeFile, 'utf8')) as Store;
    const documents = store.get('documents');
    expect(documents?.size, 'documents kept in the content store').toBeGreaterThan(0);
    for (const entry of documents?.values() ?? []) if (typeof entry === 'object') delete entry.data['tasks'];
    store.get('meta:documents')?.set('declaration-digest', 'digest of an older declaration');
    writeFileSync(storeFile, devalue.stringify(store));

    const build = await runBuild(root);
    expect(build.code, build.output).toBe(0);
    const plan = pageText('/van-ban/08-kh-ubnd/');
    expect(plan.filter((el) => el.attrs.id?.startsWith('nhiem-vu-')).length, 'the plan lists its tasks').toBe(9);
  });
});

function isInside(el: El, ancestor: El): boolean {
  for (let p = el.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
}
