/**
 * An editor of the ward office at /admin/ on the office PC, in Chromium, with the clock of
 * Vietnam (UTC+7, where a date turned into UTC moves to the day before): the CMS comes from
 * the site's own bundle under /admin/cms/ and speaks Vietnamese; previews look like the
 * site's pages and show the same radio durations and article anchors as the build; a new
 * story with a photo, a consent record and a campaign is written as the schema expects and
 * published by the next build; a document's relations are edited; a malformed document
 * number is refused in Vietnamese and nothing is written.
 *
 * decap-server runs in file mode on a temporary copy of the project, on a free port that the
 * page is told through /admin/?decap-port=…, so nothing here touches the real content/ or
 * needs port 8081. Screenshots go to test-results/e2e/.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import sharp from 'sharp';
import { parse } from 'yaml';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { browserSkipReason, launchBrowser } from '../support/browser.ts';
import { contentProblems, entriesOf } from '../support/content.ts';
import { PROJECT_ROOT, runBuild } from '../support/project.ts';
import { assertSiteBuilt } from '../support/site.ts';
import {
  choose,
  clickPublishNow,
  expand,
  field,
  lastNotice,
  openCms,
  preview,
  publishNow,
  startLocalBackend,
  switchOn,
  typeLikeTelex,
  typeSettled,
  type LocalBackend,
} from '../support/cms.ts';
import { t, type StringKey } from '../../src/i18n/strings.ts';
import { formatViDate } from '../../src/lib/dates/plain-date.ts';
import { slugify } from '../../src/lib/text/slug.ts';
import { docNumberSlug } from '../../src/lib/legal/doc-number.ts';
import { parseMarkdownFile } from '../../src/lib/content/frontmatter.ts';
import { COLLECTIONS } from '../../src/schemas/index.ts';
import { vi as decapViPhrases } from 'decap-cms-locales/dist/esm/index.js';

const decapVi = decapViPhrases as unknown as { ui: { toast: { entrySaved: string } } };

const skip = browserSkipReason();
const SHOTS = join(PROJECT_ROOT, 'test-results', 'e2e');
/** Decap's own notice after a save (its Vietnamese locale: ui.toast.entrySaved). */
const SAVED = decapVi.ui.toast.entrySaved;

if (skip) test(skip, (ctx) => ctx.skip(skip));

/** Front matter and body of a file in the copy, as the build reads them (NFC, LF). */
function readEntry(root: string, file: string): { data: Record<string, unknown>; body: string; raw: string } {
  const raw = readFileSync(join(root, file), 'utf8');
  const { data, body } = parseMarkdownFile(raw);
  return { data, body, raw };
}

/** data-… numbers of the first element carrying `attribute` in a built page. */
function builtNumber(site: string, page: string, attribute: string): number {
  const html = readFileSync(join(site, page, 'index.html'), 'utf8');
  const match = new RegExp(`${attribute}="(\\d+)"`).exec(html);
  if (!match) throw new Error(`${page} has no ${attribute}`);
  return Number(match[1]);
}

/** Anchors of the units (Điều, khoản, điểm, sections) of a built document page. */
function builtUnitIds(site: string, id: string): string[] {
  const html = readFileSync(join(site, 'van-ban', id, 'index.html'), 'utf8');
  return [...html.matchAll(/<div class="lu(?: [^"]*)?" id="([^"]+)"/g)].map((m) => m[1] ?? '');
}

describe.skipIf(skip !== undefined)('an editor in the CMS on the office PC', () => {
  let base = '';
  let site = '';
  let backend: LocalBackend;
  let browser: Browser;
  let context: BrowserContext;
  const requests: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    assertSiteBuilt(inject('site'));
    base = inject('siteUrl');
    site = inject('site').dir;
    backend = await startLocalBackend('fs');
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchBrowser();
    context = await browser.newContext({
      viewport: { width: 1400, height: 1000 },
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
    });
    context.on('request', (r) => requests.push(r.url()));
  });

  afterAll(async () => {
    await browser?.close();
    backend?.stop();
  });

  async function cms(hash = ''): Promise<Page> {
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    await openCms(page, backend.adminUrl(base));
    if (hash) await page.goto(backend.adminUrl(base, hash));
    return page;
  }

  test('the admin page is Vietnamese, kept out of search engines, and runs only its own bundle', async () => {
    const html = readFileSync(join(site, 'admin', 'index.html'), 'utf8');
    expect(html).toContain('<html lang="vi"');
    expect(html).toMatch(/<meta name="robots" content="noindex/);
    expect(html).toContain(`<title>${t('cms.title')}`);
    expect(html).toMatch(/<script type="module" src="\/admin\/cms\/cms\.[\w-]+\.js"><\/script>/);
    expect(html).not.toContain('data-pagefind-body');
    const robots = await (await fetch(`${base}/robots.txt`)).text();
    expect(robots.split('\n')).toContain('Disallow: /admin/');

    const before = requests.length;
    const page = await context.newPage();
    await page.goto(backend.adminUrl(base));
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'admin-login.png') });
    const scripts = requests
      .slice(before)
      .filter((u) => u.startsWith(base) && /\.(js|mjs|wasm)$/.test(new URL(u).pathname));
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((u) => !new URL(u).pathname.startsWith('/admin/cms/'))).toEqual([]);

    // A public page with scripts of its own loads nothing of the CMS.
    const publicStart = requests.length;
    await page.goto(`${base}/van-ban/${docNumberSlug('06/2022/QH15')}/`);
    await page.waitForLoadState('networkidle');
    expect(requests.slice(publicStart).filter((u) => new URL(u).pathname.startsWith('/admin/'))).toEqual([]);
    await page.close();
  });

  test('the collections and the entries of content/ are listed in Vietnamese', async () => {
    const page = await cms();
    for (const name of ['honorees', 'campaigns', 'documents', 'bulletins', 'announcements', 'settings'] as const) {
      await page
        .getByRole('link', { name: t(`cms.${name}`), exact: true })
        .first()
        .waitFor();
    }
    await page.goto(backend.adminUrl(base, '/collections/documents'));
    const numbers = entriesOf(backend.copy, 'documents').map((e) => String(e.data['number']));
    expect(numbers.length).toBeGreaterThan(0);
    for (const number of numbers) await page.getByText(number, { exact: false }).first().waitFor();
    await page.screenshot({ path: join(SHOTS, 'admin-list.png') });
    await page.goto(backend.adminUrl(base, '/collections/settings'));
    for (const key of ['site', 'contacts', 'residentialGroups', 'fields', 'radio'] as const) {
      await page
        .getByText(t(`cms.settings.${key}`), { exact: true })
        .first()
        .waitFor();
    }
    await page.close();
  });

  test('previews look like the site and show what the build shows: radio duration, article anchors, rundown', async () => {
    // Each entry in a page of its own: Decap keeps the previous entry's data when the address
    // alone changes from one entry to another, which editors never do (they go through the list).
    const open = async (hash: string) => {
      const page = await cms(hash);
      return { page, frame: preview(page) };
    };

    // A story: the site's stylesheet, its title, and the duration of its /phat-thanh/ page.
    const story = entriesOf(backend.copy, 'honorees').find((e) => e.data['photo'] !== undefined);
    if (!story) throw new Error('the copy has no story with a photo');
    const one = await open(`/collections/honorees/entries/${story.id}`);
    await one.frame
      .locator('h1')
      .filter({ hasText: String(story.data['title']) })
      .waitFor();
    const seconds = one.frame.locator('[data-preview=radio-script] [data-seconds]');
    await seconds.waitFor();
    expect(Number(await seconds.getAttribute('data-seconds'))).toBe(
      builtNumber(site, `phat-thanh/guong-sang/${story.id}`, 'data-seconds'),
    );
    expect(await one.frame.locator('h1').evaluate((h) => getComputedStyle(h).fontFamily)).toContain('Be Vietnam Pro');
    await one.frame.locator('figure.figure img').waitFor();
    await one.page.screenshot({ path: join(SHOTS, 'admin-preview-story.png') });
    await one.page.close();

    // A law: the same article anchors as its page, with a link on each.
    const lawId = docNumberSlug('06/2022/QH15');
    const two = await open(`/collections/documents/entries/${lawId}`);
    await two.frame.locator('.legal__text .lu').first().waitFor();
    const ids = await two.frame.locator('.lu').evaluateAll((els) => els.map((e) => e.id));
    const built = builtUnitIds(site, lawId);
    expect(built.length).toBeGreaterThan(0);
    expect(ids).toEqual(built);
    expect(await two.frame.locator(`a.unit-link[href="#${built[0]}"]`).count()).toBe(1);
    await two.frame.locator('.legal').scrollIntoViewIfNeeded();
    await two.page.screenshot({ path: join(SHOTS, 'admin-preview-document.png') });
    await two.page.close();

    // A bulletin: the rundown and total of its /phat-thanh/ban-tin/ page.
    const bulletin = entriesOf(backend.copy, 'bulletins')[0];
    if (!bulletin) throw new Error('the copy has no bulletin');
    const three = await open(`/collections/bulletins/entries/${bulletin.id}`);
    const rundown = three.frame.locator('table.rundown');
    await rundown.waitFor();
    const total = builtNumber(site, `phat-thanh/ban-tin/${bulletin.id}`, 'data-total-seconds');
    await expect.poll(async () => Number(await rundown.getAttribute('data-total-seconds'))).toBe(total);
    expect(await rundown.locator('tbody tr').count()).toBe((bulletin.data['items'] as unknown[]).length);
    await three.page.screenshot({ path: join(SHOTS, 'admin-preview-bulletin.png') });
    await three.page.close();

    // A campaign: its status badge, legal basis and timeline (each step past, current or coming), as on its page.
    const campaign = entriesOf(backend.copy, 'campaigns').find(
      (c) => Array.isArray(c.data['legalBasis']) && Array.isArray(c.data['milestones']),
    );
    if (!campaign) throw new Error('the copy has no campaign with a legal basis and milestones');
    const four = await open(`/collections/campaigns/entries/${campaign.id}`);
    await four.frame.locator('#legal-basis').waitFor();
    await four.frame.locator('.badge').first().waitFor();
    const builtStates = [
      ...readFileSync(join(site, 'phong-trao', campaign.id, 'index.html'), 'utf8').matchAll(
        /<li class="timeline__step[^"]*" data-state="(\w+)"/g,
      ),
    ].map((m) => m[1]);
    expect(builtStates.length).toBe((campaign.data['milestones'] as unknown[]).length);
    await expect
      .poll(() => four.frame.locator('ol.timeline > li').evaluateAll((lis) => lis.map((li) => li.dataset['state'])))
      .toEqual(builtStates);
    await four.page.screenshot({ path: join(SHOTS, 'admin-preview-campaign.png') });
    await four.page.close();
  });

  test(
    'a new story with a photo, a consent record and a campaign is saved as the schema expects and the build publishes it',
    { timeout: 600_000 },
    async () => {
      const copy = backend.copy;
      const photoDir = mkdtempSync(join(tmpdir(), 'guong-sang-photo-'));
      const photoFile = join(photoDir, 'anh-day-boi.jpg');
      await sharp({ create: { width: 900, height: 600, channels: 3, background: '#2f7fb8' } })
        .jpeg()
        .toFile(photoFile);
      const groups = parse(readFileSync(join(copy, 'content/settings/residential-groups.yaml'), 'utf8')) as {
        groups: { id: string; name: string }[];
      };
      const fields = parse(readFileSync(join(copy, 'content/settings/fields.yaml'), 'utf8')) as {
        fields: { id: string; name: string }[];
      };
      const group = groups.groups[1] ?? groups.groups[0];
      const area = fields.fields[0];
      const campaign = entriesOf(copy, 'campaigns')[0];
      if (!group || !area || !campaign) throw new Error('the copy has no residential group, field or campaign');

      const title = 'Chị Đặng Thu Hà dạy bơi miễn phí cho trẻ em xóm ven hồ';
      const summary = 'Ba mùa hè liền, chị Hà mở lớp dạy bơi không lấy tiền cho trẻ em trong tổ dân phố.';
      const first = 'Mỗi sáng Chủ nhật, hồ điều hòa của phường rộn tiếng trẻ con tập bơi.';
      const second = 'Chị Hà kể: “Biết bơi là biết giữ mình, các cháu học xong ai cũng tự tin hơn”.';
      const page = await cms('/collections/honorees/new');

      // Typed the way Vietnamese arrives from input methods and pasted text: decomposed (NFD)
      // in the title and in the story, composed through the keyboard elsewhere.
      await field(page, t('field.honorees.title')).click();
      await page.keyboard.insertText(title.normalize('NFD'));
      await choose(page, t('field.honorees.subjectType'), t('option.subjectType.ca-nhan'));
      // The name as Telex sends it: d, d → Đ; a, w → ă; j → ặ; a, f → à.
      const name = field(page, t('field.honorees.name'));
      await name.click();
      await typeLikeTelex(
        page,
        [
          'D',
          { back: 1, text: 'Đ' },
          'a',
          { back: 1, text: 'ă' },
          { back: 1, text: 'ặ' },
          'ng Thu Ha',
          { back: 1, text: 'à' },
        ],
        () => name.inputValue(),
      );
      await expect.poll(() => field(page, t('field.honorees.name')).inputValue()).toBe('Đặng Thu Hà');
      const summaryField = field(page, t('field.honorees.summary'));
      await summaryField.click();
      await typeSettled(page, summary, () => summaryField.inputValue());
      await expect.poll(() => field(page, t('field.honorees.summary')).inputValue()).toBe(summary);
      await expect
        .poll(async () => (await field(page, t('field.honorees.title')).inputValue()).normalize('NFC'))
        .toBe(title);
      await choose(page, t('field.honorees.residentialGroup'), group.name);
      await choose(page, t('field.honorees.field'), area.name);
      await choose(page, t('field.honorees.achievementKind'), t('option.achievementKind.thuong-xuyen'));
      await choose(page, t('field.honorees.campaigns'), String(campaign.data['title']));
      await field(page, t('field.honorees.published')).fill('2025-06-01');

      await expand(page, t('field.honorees.photo'));
      await page.getByText('Chọn một hình').first().click();
      await page.locator('input[type=file]').first().setInputFiles(photoFile);
      await page.getByText(basename(photoFile)).first().waitFor();
      await page.getByRole('button', { name: t('cms.ui.mediaLibrary.mediaLibraryModal.chooseSelected') }).click();
      await field(page, t('field.honorees.photo.credit')).fill('Ảnh chụp tại hồ điều hòa');

      await expand(page, t('field.honorees.consent'));
      await field(page, t('field.honorees.consent.givenBy')).fill('Đặng Thu Hà');
      await choose(page, t('field.honorees.consent.giver'), t('option.consentGiver.ban-than'));
      await field(page, t('field.honorees.consent.date')).fill('2025-05-20');
      for (const what of ['name', 'photo', 'story'] as const) await switchOn(page, t(`field.honorees.consent.${what}`));

      const editor = page.locator('[data-slate-editor=true]').first();
      const editorText = () => editor.innerText();
      await editor.click();
      await typeSettled(page, first, editorText);
      await page.keyboard.press('Enter');
      await page.keyboard.insertText(second.normalize('NFD'));
      await page.keyboard.press('Enter');
      // Telex in the rich-text editor, including a mark that rewrites the letter before ("hoa" + f).
      await typeLikeTelex(
        page,
        [
          'Tie',
          { back: 1, text: 'ê' },
          { back: 1, text: 'ế' },
          'ng Vie',
          { back: 1, text: 'ê' },
          { back: 1, text: 'ệ' },
          't hoa',
          { back: 2, text: 'òa' },
          ' nha',
          { back: 1, text: 'ã' },
          '.',
        ],
        editorText,
      );

      // A photo without alt text is refused, with the field named, and nothing is written.
      const refused = await publishNow(page);
      await page.screenshot({ path: join(SHOTS, 'admin-story-alt-refused.png') });
      expect(refused).toContain(t('cms.saveRefused'));
      expect(refused).toContain(
        `${t('field.honorees.photo')} › ${t('field.honorees.photo.alt')}: ${t('error.required')}`,
      );
      const file = `content/honorees/${slugify(title)}.md`;
      expect(existsSync(join(copy, file))).toBe(false);

      await field(page, t('field.honorees.photo.alt')).fill('Chị Hà đứng dưới nước, hướng dẫn ba em nhỏ tập bơi');
      const saved = await publishNow(page);
      expect(saved).toContain(SAVED);
      await page.screenshot({ path: join(SHOTS, 'admin-story-form.png'), fullPage: false });

      // Exactly the fields the schema expects, in NFC, with plain dates and the photo beside the story.
      await expect.poll(() => existsSync(join(copy, file))).toBe(true);
      const { data, body, raw } = readEntry(copy, file);
      expect(raw).toBe(raw.normalize('NFC'));
      expect(Object.keys(data).sort()).toEqual(
        [
          'title',
          'subjectType',
          'name',
          'summary',
          'residentialGroup',
          'field',
          'achievementKind',
          'campaigns',
          'photo',
          'consent',
          'published',
          'example',
        ].sort(),
      );
      expect(Object.keys(data).every((k) => k in COLLECTIONS.honorees.fields)).toBe(true);
      expect(data, JSON.stringify(data)).toMatchObject({
        title,
        subjectType: 'ca-nhan',
        name: 'Đặng Thu Hà',
        summary,
        residentialGroup: group.id,
        field: area.id,
        achievementKind: 'thuong-xuyen',
        campaigns: [campaign.id],
        published: '2025-06-01',
        example: false,
      });
      expect(raw).toMatch(/^published: 2025-06-01$/m);
      expect(data['photo']).toEqual({
        src: `./images/${basename(photoFile)}`,
        alt: 'Chị Hà đứng dưới nước, hướng dẫn ba em nhỏ tập bơi',
        credit: 'Ảnh chụp tại hồ điều hòa',
      });
      expect(existsSync(join(copy, 'content/honorees/images', basename(photoFile)))).toBe(true);
      rmSync(photoDir, { recursive: true, force: true });
      expect(data['consent']).toMatchObject({
        givenBy: 'Đặng Thu Hà',
        giver: 'ban-than',
        date: '2025-05-20',
        name: true,
        photo: true,
        story: true,
      });
      expect(body).toContain(first);
      expect(body).toContain(second);
      expect(body).toContain('Tiếng Việt hòa nhã.');
      expect(contentProblems(copy)).toBe('');

      // The preview of the saved story, and the duration the build will give its script.
      const frame = preview(page);
      await frame.locator('h1').filter({ hasText: title }).waitFor();
      const previewSeconds = Number(
        await frame.locator('[data-preview=radio-script] [data-seconds]').getAttribute('data-seconds'),
      );
      await page.screenshot({ path: join(SHOTS, 'admin-story-saved.png') });
      await page.close();

      const build = await runBuild(copy);
      expect(build.code, build.output.slice(-3000)).toBe(0);
      const id = slugify(title);
      const storyPage = readFileSync(join(copy, 'dist', 'guong-sang', id, 'index.html'), 'utf8');
      expect(storyPage).toContain(title);
      // The photo went through the site's image pipeline (sharp): resized WebP under /_astro/.
      expect(storyPage).toMatch(/<img[^>]+src="\/_astro\/[^"]*anh-day-boi[^"]*\.webp"/);
      expect(builtNumber(join(copy, 'dist'), `phat-thanh/guong-sang/${id}`, 'data-seconds')).toBe(previewSeconds);
    },
  );

  test("a document's relations are edited and written to its file", async () => {
    const copy = backend.copy;
    // The town's 2025 plan, which cites nothing yet, gets the law as its legal basis.
    const doc = entriesOf(copy, 'documents').find((d) => d.data['number'] === '297/KH-UBND');
    const target = entriesOf(copy, 'documents').find((d) => d.data['number'] === '06/2022/QH15');
    if (!doc || !target) throw new Error('the copy has no 297/KH-UBND or no 06/2022/QH15');
    expect(doc.data['relations'] ?? []).toEqual([]);
    const page = await cms(`/collections/documents/entries/${doc.id}`);
    await field(page, t('field.documents.number')).waitFor();
    await page.getByRole('button', { name: `Thêm ${t('field.documents.relations').toLowerCase()}` }).click();
    await choose(page, t('field.documents.relations.kind'), t('option.relationKind.can-cu'));
    await choose(page, t('field.documents.relations.target'), /^06\/2022\/QH15 /, '06/2022');
    await field(page, t('field.documents.relations.note')).fill('Căn cứ Luật Thi đua, khen thưởng.');

    // The preview lists the new relation as the document page will.
    const relations = preview(page).locator('[data-preview=relations]');
    await relations.getByText(t('relation.can-cu')).waitFor();
    await relations
      .getByRole('link', { name: `06/2022/QH15: ${String(target.data['title'])}` })
      .first()
      .waitFor();
    await page.screenshot({ path: join(SHOTS, 'admin-document-relations.png') });

    expect(await publishNow(page)).toContain(SAVED);
    await expect
      .poll(() => (readEntry(copy, doc.file).data['relations'] as unknown[] | undefined)?.length ?? 0)
      .toBe(1);
    const { data } = readEntry(copy, doc.file);
    expect(data['relations']).toEqual([
      expect.objectContaining({ kind: 'can-cu', target: '06/2022/QH15', note: 'Căn cứ Luật Thi đua, khen thưởng.' }),
    ]);
    expect(data['number']).toBe(doc.data['number']);
    expect(contentProblems(copy)).toBe('');
    await page.close();
  });

  test('a malformed document number is refused in Vietnamese and nothing is written', async () => {
    const copy = backend.copy;
    const before = readdirSync(join(copy, 'content', 'documents')).sort();
    const page = await cms('/collections/documents/new');
    await field(page, t('field.documents.number')).fill('8/KH-UBND');
    await choose(page, t('field.documents.type'), t('option.documentType.ke-hoach'));
    await field(page, t('field.documents.title')).fill('Kế hoạch dùng để thử');
    await field(page, t('field.documents.subject')).fill('Kế hoạch dùng để thử số văn bản sai');
    await field(page, t('field.documents.issuer')).fill('Ủy ban nhân dân phường');
    await field(page, t('field.documents.issued')).fill('2025-01-13');
    await field(page, t('field.documents.area')).fill('Thi đua, khen thưởng');
    await field(page, t('field.documents.summary')).fill('Tóm tắt dùng để thử.');
    await clickPublishNow(page);
    // Decap's own check stops the save and says, under the field, what is wrong and what would be right.
    const message = `${t('field.documents.number')}: ${t('error.docNumber')}.`;
    const error = page.locator('[class*=ControlErrorsList] li').filter({ hasText: message }).first();
    await error.waitFor();
    await error.scrollIntoViewIfNeeded();
    await page.getByText('Thay đổi chưa được lưu', { exact: false }).first().waitFor();
    await page.screenshot({ path: join(SHOTS, 'admin-document-number-refused.png') });
    expect(readdirSync(join(copy, 'content', 'documents')).sort()).toEqual(before);
    await page.close();
  });

  test('an announcement whose expiry precedes its date is refused before saving; corrected, it is written', async () => {
    const copy = backend.copy;
    const title = 'Lễ trao giấy khen dùng để thử';
    const file = `content/announcements/${slugify(title)}.md`;
    const page = await cms('/collections/announcements/new');
    await field(page, t('field.announcements.title')).fill(title);
    await choose(page, t('field.announcements.kind'), t('option.announcementKind.su-kien'));
    await field(page, t('field.announcements.date')).fill('2026-12-15');
    await field(page, t('field.announcements.time')).fill('08:30');
    await field(page, t('field.announcements.summary')).fill('Thông báo dùng để thử.');
    await field(page, t('field.announcements.expires')).fill('2026-12-10');
    // The preview shows the facts as the page will, and the script reads the day and time in words.
    const frame = preview(page);
    await frame.getByText('8 giờ 30, thứ Ba, ngày 15/12/2026').first().waitFor();
    await frame
      .getByText('Thời gian: tám giờ ba mươi phút, thứ Ba, ngày mười lăm tháng mười hai', { exact: false })
      .first()
      .waitFor();
    const refused = await publishNow(page);
    await page.screenshot({ path: join(SHOTS, 'admin-announcement-expiry-refused.png') });
    expect(refused).toContain(t('cms.saveRefused'));
    expect(refused).toContain(
      `${t('field.announcements.expires')}: ${t('error.announcementExpires', { expires: '10/12/2026', date: '15/12/2026' })}`,
    );
    expect(existsSync(join(copy, file))).toBe(false);

    await field(page, t('field.announcements.expires')).fill('2026-12-15');
    expect(await publishNow(page)).toContain(SAVED);
    await expect.poll(() => existsSync(join(copy, file))).toBe(true);
    const { data } = readEntry(copy, file);
    expect(data).toMatchObject({ date: '2026-12-15', time: '08:30', expires: '2026-12-15', kind: 'su-kien' });
    expect(data).not.toHaveProperty('endDate');
    expect(contentProblems(copy)).toBe('');
    await page.close();
  });

  test('a campaign whose start is moved after its first step is refused in Vietnamese, naming the step', async () => {
    const copy = backend.copy;
    const campaign = entriesOf(copy, 'campaigns').find((c) => Array.isArray(c.data['milestones']));
    if (!campaign) throw new Error('the copy has no campaign with milestones');
    const [first] = campaign.data['milestones'] as { kind: string; date: string }[];
    if (!first) return;
    const before = readFileSync(join(copy, campaign.file), 'utf8');
    const page = await cms(`/collections/campaigns/entries/${campaign.id}`);
    const start = new Date(Date.parse(`${first.date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    await field(page, t('field.campaigns.start')).fill(start);
    await clickPublishNow(page);
    const notice = await lastNotice(page);
    await page.screenshot({ path: join(SHOTS, 'admin-campaign-step-refused.png') });
    expect(notice).toContain(t('cms.saveRefused'));
    expect(notice).toContain(`${t('field.campaigns.milestones')} › ${t('field.campaigns.milestones.date')}`);
    expect(notice).toContain(
      t('error.milestoneBeforeStart', {
        kind: t(`option.milestoneKind.${first.kind}` as StringKey),
        date: formatViDate(first.date),
        start: formatViDate(start),
      }),
    );
    expect(readFileSync(join(copy, campaign.file), 'utf8')).toBe(before);
    await page.close();
  });

  test("the settings are edited like entries: the radio team's reading rate", async () => {
    const copy = backend.copy;
    const file = 'content/settings/radio.yaml';
    const before = parse(readFileSync(join(copy, file), 'utf8')) as { syllablesPerMinute: number; abbreviations: [] };
    const rate = before.syllablesPerMinute === 190 ? 195 : 190;
    const page = await cms('/collections/settings/entries/radio');
    const control = field(page, t('field.radio.syllablesPerMinute'));
    await control.fill(String(rate));
    expect(await publishNow(page)).toContain(SAVED);
    await expect
      .poll(() => (parse(readFileSync(join(copy, file), 'utf8')) as { syllablesPerMinute: number }).syllablesPerMinute)
      .toBe(rate);
    const after = parse(readFileSync(join(copy, file), 'utf8')) as typeof before;
    expect(after.abbreviations).toEqual(before.abbreviations);
    expect(contentProblems(copy)).toBe('');
    await page.close();
  });

  test('no script errors other than refused saves', () => {
    // Decap rejects its save promise with a non-Error value when it refuses a save.
    expect(errors.filter((e) => e !== 'Object' && e !== 'undefined')).toEqual([]);
  });
});
