/**
 * Stories as residents meet them, in the shared production build of the real content: the
 * story page (facts, links to browse pages, photo, awards, share links, related stories,
 * previous and next), the browse pages with their counts and at most 24 cards a page, the
 * home page, Open Graph and Twitter tags on every page, and the share images.
 *
 * Expected values are computed from content/ with plain filters, never copied from the output.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { readSettingsFile } from '../../src/content-pipeline/read.ts';
import { t, tMaybe } from '../../src/i18n/strings.ts';
import { OPTIONS } from '../../src/schemas/options.ts';
import { todayInVietnam } from '../../src/lib/dates/plain-date.ts';
import { campaignStatus } from '../../src/lib/campaigns/status.ts';
import { zaloShareUrl, facebookShareUrl } from '../../src/lib/share/links.ts';
import { entriesOf } from '../support/content.ts';
import { type El, type Page, parseHtml, readPages } from '../support/html.ts';
import { PROJECT_ROOT } from '../support/project.ts';
import { assertSiteBuilt } from '../support/site.ts';

const site = inject('site');

interface Story {
  id: string;
  title: string;
  subjectType: string;
  name: string;
  residentialGroup: string;
  field: string;
  achievementKind: string;
  published: string;
  campaigns: string[];
  awards: { decisionNumber?: string; decisionDate?: string; title: string }[];
  photo?: { src: string; alt: string; credit?: string };
  consent?: { name?: boolean; photo?: boolean };
}

const stories = entriesOf(PROJECT_ROOT, 'honorees')
  .map((e) => ({ ...(e.data as unknown as Story), id: e.id, campaigns: (e.data.campaigns as string[]) ?? [] }))
  .sort((a, b) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id));
const campaigns = entriesOf(PROJECT_ROOT, 'campaigns').map((e) => ({
  id: e.id,
  title: String(e.data.title),
  start: String(e.data.start),
  end: e.data.end === undefined ? undefined : String(e.data.end),
}));
const settings = (name: string) => readSettingsFile(PROJECT_ROOT, name).data ?? {};
const groups = settings('residential-groups').groups as { id: string; name: string }[];
const fields = settings('fields').fields as { id: string; name: string }[];
const siteSettings = settings('site') as { siteUrl: string; featuredStory?: string };
const SITE_URL = siteSettings.siteUrl.replace(/\/+$/, '');
const years = [...new Set(stories.map((s) => s.published.slice(0, 4)))];

/** Every browse page the content calls for, with the stories it must list. */
const BROWSE: { url: string; label: string; ids: string[] }[] = [
  ...groups.map((g) => ({
    url: `/guong-sang/to-dan-pho/${g.id}/`,
    label: g.name,
    filter: (s: Story) => s.residentialGroup === g.id,
  })),
  ...fields.map((f) => ({
    url: `/guong-sang/linh-vuc/${f.id}/`,
    label: f.name,
    filter: (s: Story) => s.field === f.id,
  })),
  ...OPTIONS.achievementKind.map((k) => ({
    url: `/guong-sang/loai/${k}/`,
    label: t(`option.achievementKind.${k}`),
    filter: (s: Story) => s.achievementKind === k,
  })),
  ...years.map((y) => ({ url: `/guong-sang/nam/${y}/`, label: y, filter: (s: Story) => s.published.startsWith(y) })),
  ...campaigns.map((c) => ({
    url: `/guong-sang/phong-trao/${c.id}/`,
    label: c.title,
    filter: (s: Story) => s.campaigns.includes(c.id),
  })),
].map(({ url, label, filter }) => ({ url, label, ids: stories.filter(filter).map((s) => s.id) }));

let pages: Page[] = [];
const byUrl = new Map<string, Page>();
beforeAll(() => {
  assertSiteBuilt(site);
  pages = readPages(site.dir).filter((p) => !p.url.startsWith('/admin/'));
  for (const p of pages) byUrl.set(p.url, p);
});

function page(url: string): Page {
  const p = byUrl.get(url);
  if (!p) throw new Error(`no page ${url} in dist/`);
  return p;
}
const inMain = (el: El) => {
  for (let p = el.parent; p; p = p.parent) if (p.tag === 'main') return true;
  return false;
};
const within = (el: El, ancestor: El) => {
  for (let p = el.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
};
const links = (p: Page) => p.elements.filter((e) => e.tag === 'a' && inMain(e));
const hrefs = (p: Page) => links(p).map((a) => a.attrs.href ?? '');
/** Ids of the stories shown as cards on a page. */
const cardIds = (p: Page) =>
  p.elements
    .filter((e) => e.tag === 'article' && (e.attrs.class ?? '').split(/\s+/).includes('card'))
    .map((card) => p.elements.find((a) => a.tag === 'a' && within(a, card))?.attrs.href ?? '')
    .map((href) => /^\/guong-sang\/([^/]+)\/$/.exec(href)?.[1] ?? '');
const meta = (p: Page, key: string) =>
  p.elements.find((e) => e.tag === 'meta' && (e.attrs.property === key || e.attrs.name === key))?.attrs.content;
const text = (p: Page) => p.elements.find((e) => e.tag === 'main')?.text.replace(/\s+/g, ' ') ?? '';

describe('a story page', () => {
  test.each(stories.map((s) => [s.id, s] as const))('%s shows its facts, links and share links', (id, story) => {
    const p = page(`/guong-sang/${id}/`);
    const main = text(p);
    expect(p.elements.find((e) => e.tag === 'h1')?.text.trim()).toBe(story.title);
    const consented = story.subjectType === 'tap-the' || story.consent?.name === true;
    if (consented && story.name) expect(main).toContain(story.name);
    const group = groups.find((g) => g.id === story.residentialGroup);
    expect(
      links(p).some(
        (a) =>
          a.attrs.href === `/guong-sang/to-dan-pho/${story.residentialGroup}/` && a.text.includes(group?.name ?? '?'),
      ),
    ).toBe(true);
    expect(hrefs(p)).toContain(`/guong-sang/linh-vuc/${story.field}/`);
    expect(hrefs(p)).toContain(`/guong-sang/loai/${story.achievementKind}/`);
    expect(main).toContain(tMaybe(`option.achievementKind.${story.achievementKind}`) ?? '?');
    for (const c of story.campaigns) expect(hrefs(p)).toContain(`/phong-trao/${c}/`);
    expect(p.elements.some((e) => e.tag === 'time' && e.attrs.datetime === story.published)).toBe(true);
    for (const award of story.awards) {
      expect(main).toContain(award.title);
      if (award.decisionNumber) expect(main).toContain(award.decisionNumber);
      if (award.decisionDate) {
        const [y, m, d] = award.decisionDate.split('-');
        expect(main).toContain(`${d}/${m}/${y}`);
      }
    }
    const url = `${SITE_URL}/guong-sang/${id}/`;
    const share = p.elements.find((e) => e.attrs['data-share'] !== undefined);
    expect(share?.attrs['data-url']).toBe(url);
    expect(p.elements.find((e) => e.attrs['data-share-zalo'] !== undefined)?.attrs.href).toBe(zaloShareUrl(url));
    expect(p.elements.find((e) => e.attrs['data-share-facebook'] !== undefined)?.attrs.href).toBe(
      facebookShareUrl(url),
    );
    // The copy-link button is hidden until a script finds the clipboard.
    expect(p.elements.find((e) => e.attrs['data-share-copy'] !== undefined)?.attrs.hidden).toBeDefined();
  });

  test('shows the photo as responsive WebP with size, alt text and credit, when consent covers it', () => {
    const withPhoto = stories.filter((s) => s.photo && (s.subjectType === 'tap-the' || s.consent?.photo));
    expect(withPhoto.length).toBeGreaterThan(0);
    for (const story of withPhoto) {
      const p = page(`/guong-sang/${story.id}/`);
      const figure = p.elements.find((e) => e.tag === 'figure' && inMain(e));
      const img = figure && p.elements.find((e) => e.tag === 'img' && within(e, figure));
      expect(img, story.id).toBeDefined();
      if (!img || !figure || !story.photo) continue;
      expect(img.attrs.alt).toBe(story.photo.alt);
      expect(img.attrs.srcset?.split(',').every((c) => /\.webp \d+w$/.test(c.trim()))).toBe(true);
      expect(img.attrs.srcset).toMatch(/ 800w/);
      expect(Number(img.attrs.width)).toBeGreaterThan(0);
      expect(Number(img.attrs.height)).toBeGreaterThan(0);
      expect(img.attrs.sizes).toBeTruthy();
      if (story.photo.credit) expect(figure.text).toContain(story.photo.credit);
    }
  });

  test('loads photos below the fold lazily: cards of related stories', () => {
    for (const story of stories) {
      const p = page(`/guong-sang/${story.id}/`);
      const cardImages = p.elements.filter((e) => e.tag === 'img' && (e.attrs.class ?? '').includes('card__image'));
      for (const img of cardImages) expect(img.attrs.loading, story.id).toBe('lazy');
    }
  });

  test('lists related stories of the same group or campaign, and links to the previous and next story', () => {
    stories.forEach((story, i) => {
      const p = page(`/guong-sang/${story.id}/`);
      const related = cardIds(p);
      const expected = stories.filter(
        (o) =>
          o.id !== story.id &&
          (o.residentialGroup === story.residentialGroup || o.campaigns.some((c) => story.campaigns.includes(c))),
      );
      expect(related.length).toBe(Math.min(3, expected.length));
      for (const id of related) expect(expected.map((o) => o.id)).toContain(id);
      const prev = p.elements.find((e) => e.tag === 'a' && e.attrs.rel === 'prev')?.attrs.href;
      const next = p.elements.find((e) => e.tag === 'a' && e.attrs.rel === 'next')?.attrs.href;
      expect(prev).toBe(i > 0 ? `/guong-sang/${stories[i - 1]?.id}/` : undefined);
      expect(next).toBe(i < stories.length - 1 ? `/guong-sang/${stories[i + 1]?.id}/` : undefined);
    });
  });
});

describe('browsing without JavaScript', () => {
  test.each(BROWSE.map((b) => [b.url, b] as const))('%s lists its stories with their count', (url, browse) => {
    const p = page(url);
    const h1 = p.elements.find((e) => e.tag === 'h1')?.text.toLocaleLowerCase('vi') ?? '';
    expect(h1).toContain(browse.label.toLocaleLowerCase('vi'));
    expect(text(p)).toContain(t('honorees.count', { count: browse.ids.length }));
    expect(cardIds(p).sort()).toEqual([...browse.ids].sort().slice(0, 24));
    expect(p.elements.some((e) => e.tag === 'script' && !e.attrs.src && !e.attrs.type)).toBe(false);
  });

  test('each way of browsing has an index of its values with counts, linked from /guong-sang/', () => {
    const list = page('/guong-sang/');
    for (const facet of ['to-dan-pho', 'linh-vuc', 'loai', 'nam', 'phong-trao']) {
      const index = page(`/guong-sang/${facet}/`);
      const values = BROWSE.filter((b) => b.url.startsWith(`/guong-sang/${facet}/`));
      for (const v of values) {
        const link = index.elements.find((e) => e.tag === 'a' && e.attrs.href === v.url);
        if (v.ids.length === 0) continue;
        expect(link?.text.replace(/\s+/g, ' '), v.url).toContain(`(${v.ids.length})`);
        expect(
          list.elements.some((e) => e.tag === 'a' && e.attrs.href === v.url),
          `/guong-sang/ links ${v.url}`,
        ).toBe(true);
      }
    }
  });

  test('no list page shows more than 24 cards', () => {
    const lists = pages.filter(
      (p) => p.url.startsWith('/guong-sang/') && !stories.some((s) => p.url === `/guong-sang/${s.id}/`),
    );
    expect(lists.length).toBeGreaterThan(BROWSE.length);
    for (const p of lists) expect(cardIds(p).length, p.url).toBeLessThanOrEqual(24);
  });
});

describe('the home page', () => {
  const today = todayInVietnam();
  const year = today.slice(0, 4);

  test('shows the featured story, the newest stories and the campaigns in progress', () => {
    const home = page('/');
    const featured = home.elements.find((e) => e.tag === 'section' && e.attrs['aria-labelledby'] === 'featured');
    if (siteSettings.featuredStory) {
      expect(featured, 'a featured story section').toBeDefined();
      expect(featured?.text).toContain(stories.find((s) => s.id === siteSettings.featuredStory)?.title ?? '?');
    }
    const shown = cardIds(home);
    const newest = stories.filter((s) => s.id !== siteSettings.featuredStory).slice(0, 6);
    for (const s of newest) expect(shown).toContain(s.id);
    const active = campaigns.filter((c) => campaignStatus({ start: c.start, end: c.end }, today) === 'active');
    for (const c of active) expect(hrefs(home)).toContain(`/phong-trao/${c.id}/`);
  });

  test("shows this year's counts of stories, people and collectives", () => {
    const home = page('/');
    const stats = home.elements.find((e) => e.tag === 'section' && e.attrs['aria-labelledby'] === 'stats');
    const inYear = stories.filter((s) => s.published.startsWith(year));
    const collectives = inYear.filter((s) => s.subjectType === 'tap-the').length;
    const numbers = home.elements
      .filter((e) => e.tag === 'strong' && stats && within(e, stats))
      .map((e) => Number(e.text));
    expect(stats?.text).toContain(year);
    expect(numbers).toEqual([inYear.length, inYear.length - collectives, collectives]);
  });

  test('links every residential group with a story to its page', () => {
    const home = page('/');
    for (const g of groups) {
      const n = stories.filter((s) => s.residentialGroup === g.id).length;
      if (n > 0) expect(hrefs(home)).toContain(`/guong-sang/to-dan-pho/${g.id}/`);
    }
  });
});

describe('sharing', () => {
  test('every page has Open Graph and Twitter card tags with an absolute 1200×630 image', () => {
    const problems: string[] = [];
    for (const p of pages) {
      for (const key of [
        'og:title',
        'og:description',
        'og:image',
        'og:type',
        'twitter:card',
        'twitter:image',
        'og:image:alt',
      ])
        if (!meta(p, key)) problems.push(`${p.url}: no ${key}`);
      if (meta(p, 'twitter:card') !== 'summary_large_image')
        problems.push(`${p.url}: twitter:card is not summary_large_image`);
      const image = meta(p, 'og:image') ?? '';
      if (!image.startsWith(`${SITE_URL}/`)) problems.push(`${p.url}: og:image ${image} is not on ${SITE_URL}`);
      else if (!existsSync(join(site.dir, image.slice(SITE_URL.length))))
        problems.push(`${p.url}: ${image} was not built`);
      if (meta(p, 'og:image:width') !== '1200' || meta(p, 'og:image:height') !== '630')
        problems.push(`${p.url}: image size tags`);
    }
    expect(problems).toEqual([]);
  });

  test('every story and campaign has its own share image: a 1200×630 JPEG named in its page', async () => {
    for (const [collection, ids] of [
      ['guong-sang', stories.map((s) => s.id)],
      ['phong-trao', campaigns.map((c) => c.id)],
    ] as const) {
      for (const id of ids) {
        const file = join(site.dir, 'chia-se', collection, `${id}.jpg`);
        const info = await sharp(readFileSync(file)).metadata();
        expect([info.format, info.width, info.height], file).toEqual(['jpeg', 1200, 630]);
        expect(meta(page(`/${collection}/${id}/`), 'og:image')).toBe(`${SITE_URL}/chia-se/${collection}/${id}.jpg`);
      }
    }
  });

  test('no page loads a script from another site', () => {
    const foreign = pages.flatMap((p) =>
      p.elements
        .filter((e) => e.tag === 'script' && e.attrs.src && /^(https?:)?\/\//.test(e.attrs.src))
        .map((e) => `${p.url}: ${e.attrs.src}`),
    );
    expect(foreign).toEqual([]);
    // The share links are plain links: Zalo's and Facebook's scripts appear nowhere.
    const html = readFileSync(join(site.dir, 'guong-sang', stories[0]?.id ?? '', 'index.html'), 'utf8');
    expect(parseHtml(html).some((e) => e.tag === 'iframe')).toBe(false);
    expect(html).not.toMatch(/sp\.zalo\.me\/plugins|connect\.facebook\.net/);
  });
});
