/**
 * The review path of a good-deed story, exercised with real git: decap-server in git mode on a
 * throw-away repository made from the project stands in for the git host, and every claim is
 * checked on the repository with git.
 *
 * A story with a photo saved in the CMS is a draft on a branch of its own, not on main; a
 * second save keeps the first save's fields; it goes in review, then ready; publishing merges
 * it into main, and a production build of main as committed (exported with git archive)
 * shows its page and its photo. A story whose consent does not cover its photo is refused at
 * save, and, when its draft never went through the save check (written by hand with git in
 * Decap's own format), at publish, with the field named; a good hand-made draft publishes.
 * Screenshots go to test-results/e2e/.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { stringify } from 'yaml';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { browserSkipReason, launchBrowser } from '../support/browser.ts';
import { PROJECT_ROOT, removeProject, runBuild } from '../support/project.ts';
import { assertSiteBuilt } from '../support/site.ts';
import {
  clickPublishNow,
  editorPage,
  field,
  lastNotice,
  openCms,
  startLocalBackend,
  type LocalBackend,
} from '../support/cms.ts';
import {
  WORKFLOW_STATUS,
  blobOn,
  branchDescription,
  branches,
  draftBranch,
  fileOn,
  headOf,
  statusLabel,
  writeDraftBranch,
} from '../support/decap-git.ts';
import { exportBranch } from '../support/git-export.ts';
import { fillStory, makePhoto, type StoryInput } from '../support/story-form.ts';
import { parseMarkdownFile } from '../../src/lib/content/frontmatter.ts';
import { slugify } from '../../src/lib/text/slug.ts';
import { t } from '../../src/i18n/strings.ts';

const skip = browserSkipReason();
const SHOTS = join(PROJECT_ROOT, 'test-results', 'e2e');
const STORIES = 'content/honorees';
/** The line the check shows for a photo the consent record does not cover. */
const CONSENT_PHOTO_LINE = `${t('field.honorees.consent')} › ${t('field.honorees.consent.photo')}: ${t('error.consentPhoto')}`;

/**
 * How long to wait for the page or the repository to catch up (expect.poll's own default is
 * one second): on a loaded two-core machine a reload of the CMS alone can take longer.
 */
const POLL = { timeout: 15_000 } as const;

if (skip) test(skip, (ctx) => ctx.skip(skip));

/** A story's file path and draft branch in the repository. */
function paths(title: string): { slug: string; file: string; branch: string } {
  const slug = slugify(title);
  return { slug, file: `${STORIES}/${slug}.md`, branch: draftBranch('honorees', slug) };
}

/** The front matter of `file` on `branch` (empty when absent). */
function dataOn(repo: string, branch: string, file: string): Record<string, unknown> {
  const raw = fileOn(repo, branch, file);
  return raw === undefined ? {} : parseMarkdownFile(raw).data;
}

/** A story file as Decap writes one: YAML front matter, then the Markdown body. */
function storyFile(data: Record<string, unknown>, body: string): string {
  return `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}\n`;
}

describe.skipIf(skip !== undefined)('a story goes through review with real git before it is published', () => {
  let base = '';
  let backend: LocalBackend;
  let browser: Browser;
  let page: Page;
  let photos = '';
  let errors: string[] = [];
  let dialogs: string[] = [];

  const story: StoryInput = {
    title: 'Anh Lê Văn Bình sửa xe đạp miễn phí cho học sinh',
    name: 'Lê Văn Bình',
    summary: 'Mỗi chiều thứ Bảy, anh Bình sửa xe đạp không lấy tiền cho học sinh trong phường.',
    published: '2025-06-01',
    photo: '',
    alt: 'Anh Bình ngồi bên chiếc xe đạp, tay cầm cờ lê',
    credit: 'Ảnh do gia đình cung cấp',
    consentPhoto: true,
    body: 'Góc sân nhà anh Bình lúc nào cũng có vài chiếc xe đạp chờ sửa.',
  };
  const good = paths(story.title);
  /** The good story's fields after its first save, as the branch holds them. */
  let firstSave: Record<string, unknown> = {};
  /** Slugs of the hand-made drafts: refused at publish, and published. */
  const handMadeSlugs = { refused: '', published: '' };

  const setStatus = async (status: string) => {
    await page.getByRole('button', { name: /^Trạng thái:/ }).click();
    await page.getByRole('menuitem', { name: status }).click();
    await page.getByRole('button', { name: `Trạng thái: ${status}` }).waitFor();
  };
  const save = async () => {
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.locator('.Toastify__toast').filter({ hasText: 'Mục đã được lưu' }).waitFor();
  };
  /** Opens a draft from the workflow board ("Biên tập") by its title. */
  const openDraft = async (title: string, status: string) => {
    await page.goto(backend.adminUrl(base, '/workflow'));
    await page.reload();
    await page.getByText(title).first().click();
    await page.getByRole('button', { name: `Trạng thái: ${status}` }).waitFor();
  };

  beforeAll(async () => {
    assertSiteBuilt(inject('site'));
    base = inject('siteUrl');
    backend = await startLocalBackend('git');
    mkdirSync(SHOTS, { recursive: true });
    photos = mkdtempSync(join(tmpdir(), 'guong-sang-photo-'));
    story.photo = await makePhoto(join(photos, 'anh-sua-xe-dap.jpg'), '#b8642f');
    browser = await launchBrowser();
    ({ page, errors, dialogs } = await editorPage(browser));
  });

  afterAll(async () => {
    await browser?.close();
    backend?.stop();
    if (photos) rmSync(photos, { recursive: true, force: true });
  });

  test('a new story with a photo saved as a draft lives on its own branch, not on main', async () => {
    const { copy } = backend;
    await openCms(page, backend.adminUrl(base));
    await page.goto(backend.adminUrl(base, '/collections/honorees/new'));
    await fillStory(page, copy, story);
    await save();
    await page.getByRole('button', { name: 'Trạng thái: Bản nháp' }).waitFor();

    expect(branches(copy)).toContain(good.branch);
    expect(branchDescription(copy, good.branch)).toBe(statusLabel(WORKFLOW_STATUS.draft));
    expect(fileOn(copy, 'main', good.file)).toBeUndefined();
    firstSave = dataOn(copy, good.branch, good.file);
    expect(firstSave).toMatchObject({
      title: story.title,
      subjectType: 'ca-nhan',
      name: story.name,
      summary: story.summary,
      published: story.published,
      photo: { src: `./images/${basename(story.photo)}`, alt: story.alt, credit: story.credit },
      consent: { givenBy: story.name, giver: 'ban-than', name: true, photo: true, story: true },
    });
    // The photo is committed with the draft, on its branch only.
    const photoFile = `${STORIES}/images/${basename(story.photo)}`;
    expect(blobOn(copy, good.branch, photoFile)?.equals(readFileSync(story.photo))).toBe(true);
    expect(blobOn(copy, 'main', photoFile)).toBeUndefined();
  });

  test("a second save of the draft keeps the first save's fields and has the change", async () => {
    const { copy } = backend;
    const before = headOf(copy, good.branch);
    // The editor comes back to the draft later: the page is loaded afresh from the branch.
    await page.reload();
    const summary = field(page, t('field.honorees.summary'));
    await summary.waitFor();
    await expect.poll(() => summary.inputValue(), POLL).toBe(story.summary);
    const changed = 'Mỗi chiều thứ Bảy và Chủ nhật, anh Bình sửa xe đạp không lấy tiền cho học sinh.';
    await summary.fill(changed);
    await save();

    await expect.poll(() => headOf(copy, good.branch), POLL).not.toBe(before);
    expect(dataOn(copy, good.branch, good.file)).toEqual({ ...firstSave, summary: changed });
    expect(parseMarkdownFile(fileOn(copy, good.branch, good.file) ?? '').body).toContain(story.body);
    expect(
      blobOn(copy, good.branch, `${STORIES}/images/${basename(story.photo)}`)?.equals(readFileSync(story.photo)),
    ).toBe(true);
    expect(fileOn(copy, 'main', good.file)).toBeUndefined();
    firstSave = { ...firstSave, summary: changed };
  });

  test('the draft goes in review ("Đang xét duyệt"), then ready ("Sẵn sàng"), still off main', async () => {
    const { copy } = backend;
    await setStatus('Đang xét duyệt');
    await expect.poll(() => branchDescription(copy, good.branch), POLL).toBe(statusLabel(WORKFLOW_STATUS.inReview));
    await openDraft(story.title, 'Đang xét duyệt');
    await page.screenshot({ path: join(SHOTS, 'admin-review-in-review.png') });
    await setStatus('Sẵn sàng');
    await expect.poll(() => branchDescription(copy, good.branch), POLL).toBe(statusLabel(WORKFLOW_STATUS.ready));
    expect(fileOn(copy, 'main', good.file)).toBeUndefined();
  });

  test('publishing ("Công bố" › "Công bố ngay") merges the draft into main', async () => {
    const { copy } = backend;
    await clickPublishNow(page);
    await page.locator('.Toastify__toast').filter({ hasText: 'Mục đã được công bố' }).waitFor();
    await expect.poll(() => fileOn(copy, 'main', good.file) !== undefined, POLL).toBe(true);
    expect(dataOn(copy, 'main', good.file)).toEqual(firstSave);
    expect(blobOn(copy, 'main', `${STORIES}/images/${basename(story.photo)}`)?.equals(readFileSync(story.photo))).toBe(
      true,
    );
    expect(branches(copy)).not.toContain(good.branch);
  });

  test('a story whose consent does not cover its photo is refused at save, naming the field', async () => {
    const { copy } = backend;
    const bad = { ...story, title: 'Chị Phạm Thị Mai nấu cơm cho bệnh nhân nghèo', consentPhoto: false };
    await page.goto(backend.adminUrl(base, '/collections/honorees/new'));
    await page.reload();
    await fillStory(page, copy, bad);
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    const notice = await lastNotice(page);
    await page.screenshot({ path: join(SHOTS, 'admin-review-save-refused.png') });
    expect(notice).toContain(t('cms.saveRefused'));
    expect(notice).toContain(CONSENT_PHOTO_LINE);
    expect(branches(copy)).not.toContain(paths(bad.title).branch);
    expect(fileOn(copy, 'main', paths(bad.title).file)).toBeUndefined();
  });

  test('a hand-made ready draft whose consent does not cover its photo is refused at publish; a good one publishes', async () => {
    const { copy } = backend;
    // Both drafts are made from the published story, as Decap wrote it, by git alone.
    const published = parseMarkdownFile(fileOn(copy, 'main', good.file) ?? '');
    const handMade = async (title: string, colour: string, consentPhoto: boolean) => {
      const { slug, file, branch } = paths(title);
      const picture = await makePhoto(join(photos, `${slug}.jpg`), colour);
      const consent = { ...(published.data['consent'] as Record<string, unknown>), photo: consentPhoto };
      const photo = { ...(published.data['photo'] as Record<string, unknown>), src: `./images/${slug}.jpg` };
      const data = { ...published.data, title, photo, consent };
      writeDraftBranch(copy, {
        collection: 'honorees',
        slug,
        status: WORKFLOW_STATUS.ready,
        files: { [file]: storyFile(data, published.body), [`${STORIES}/images/${slug}.jpg`]: readFileSync(picture) },
      });
      return { slug, file, branch };
    };
    const badTitle = 'Bác Trần Văn Hòa dọn rác kênh Nhiêu Lộc mỗi sáng';
    const goodTitle = 'Cô Vũ Thị Lan dạy chữ miễn phí cho người lớn tuổi';
    const bad = await handMade(badTitle, '#5a8f3c', false);
    const control = await handMade(goodTitle, '#3c5a8f', true);
    expect(branchDescription(copy, bad.branch)).toBe(statusLabel(WORKFLOW_STATUS.ready));
    handMadeSlugs.refused = bad.slug;
    handMadeSlugs.published = control.slug;

    // Refused: the notice names the field, main does not get the file, the draft stays ready.
    await openDraft(badTitle, 'Sẵn sàng');
    await clickPublishNow(page);
    const notice = await lastNotice(page);
    await page.screenshot({ path: join(SHOTS, 'admin-review-publish-refused.png') });
    expect(notice).toContain(t('cms.ui.ui.toast.onFailToPublishEntry').replace(' %{details}', ''));
    expect(notice).toContain(CONSENT_PHOTO_LINE);
    expect(fileOn(copy, 'main', bad.file)).toBeUndefined();
    expect(branches(copy)).toContain(bad.branch);
    expect(branchDescription(copy, bad.branch)).toBe(statusLabel(WORKFLOW_STATUS.ready));

    // The control: the same steps on a good hand-made draft publish it.
    await openDraft(goodTitle, 'Sẵn sàng');
    await clickPublishNow(page);
    await page.locator('.Toastify__toast').filter({ hasText: 'Mục đã được công bố' }).waitFor();
    await expect.poll(() => fileOn(copy, 'main', control.file) !== undefined, POLL).toBe(true);
    expect(dataOn(copy, 'main', control.file)['title']).toBe(goodTitle);
    expect(blobOn(copy, 'main', `${STORIES}/images/${control.slug}.jpg`)).toBeDefined();
    expect(branches(copy)).not.toContain(control.branch);
    expect(fileOn(copy, 'main', bad.file)).toBeUndefined();
  });

  test(
    'a production build of main, exported with git, shows the published story and its photo',
    { timeout: 600_000 },
    async () => {
      const dir = exportBranch(backend.copy, 'main');
      try {
        const build = await runBuild(dir);
        expect(build.code, build.output.slice(-3000)).toBe(0);
        const html = readFileSync(join(dir, 'dist', 'guong-sang', good.slug, 'index.html'), 'utf8');
        expect(html).toContain(story.title);
        // The photo went through the site's image pipeline: a WebP under /_astro/, present in dist/.
        const src = new RegExp(`<img[^>]+src="(/_astro/[^"]*${basename(story.photo, '.jpg')}[^"]*\\.webp)"`).exec(
          html,
        )?.[1];
        expect(src, 'the story page has no img of its photo').toBeDefined();
        expect(readFileSync(join(dir, 'dist', src ?? '')).length).toBeGreaterThan(0);
        // What was published by hand is built too; what was refused is not on main, so not built.
        expect(handMadeSlugs.published && handMadeSlugs.refused, 'the hand-made drafts were not made').toBeTruthy();
        expect(existsSync(join(dir, 'dist', 'guong-sang', handMadeSlugs.published, 'index.html'))).toBe(true);
        expect(existsSync(join(dir, 'dist', 'guong-sang', handMadeSlugs.refused))).toBe(false);
      } finally {
        removeProject(dir);
      }
    },
  );

  test('no script errors other than refused saves; Decap asked in Vietnamese', () => {
    expect(errors.filter((e) => e !== 'Object' && e !== 'undefined')).toEqual([]);
    for (const message of dialogs) expect(message).toMatch(/[ạảãáàâầấậẩẫăằắặẳẵđêềếệểễôồốộổỗơờớợởỡưừứựửữ]/i);
  });
});
