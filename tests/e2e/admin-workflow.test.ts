/**
 * The review step: with a git backend (as in production: GitHub, GitLab, Gitea, git-gateway)
 * the CMS runs Decap's editorial workflow, so a new entry is a draft on a branch of its own,
 * goes "in review", then "ready", and reaches the branch the site is built from only when it
 * is published. decap-server in git mode on a throw-away repository stands in for the git host.
 * Screenshots go to test-results/e2e/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { browserSkipReason, launchBrowser } from '../support/browser.ts';
import { PROJECT_ROOT } from '../support/project.ts';
import { assertSiteBuilt } from '../support/site.ts';
import {
  choose,
  dismissNotices,
  field,
  openCms,
  startLocalBackend,
  typeSettled,
  type LocalBackend,
  editorPage,
} from '../support/cms.ts';
import { branches, fileOn } from '../support/decap-git.ts';
import { parseMarkdownFile } from '../../src/lib/content/frontmatter.ts';
import { slugify } from '../../src/lib/text/slug.ts';
import { t } from '../../src/i18n/strings.ts';

const skip = browserSkipReason();
const SHOTS = join(PROJECT_ROOT, 'test-results', 'e2e');

if (skip) test(skip, (ctx) => ctx.skip(skip));

describe.skipIf(skip !== undefined)('an entry goes through review before it is published', () => {
  let base = '';
  let backend: LocalBackend;
  let browser: Browser;
  let page: Page;
  let errors: string[] = [];
  let dialogs: string[] = [];

  beforeAll(async () => {
    assertSiteBuilt(inject('site'));
    base = inject('siteUrl');
    backend = await startLocalBackend('git');
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchBrowser();
    ({ page, errors, dialogs } = await editorPage(browser));
  });

  afterAll(async () => {
    await browser?.close();
    backend?.stop();
  });

  test('draft, in review, ready, then published to main', async () => {
    const { copy } = backend;
    const title = 'Phong trào “Ngõ phố an toàn” năm 2026';
    const file = `content/campaigns/${slugify(title)}.md`;
    const branch = `cms/campaigns/${slugify(title)}`;
    const setStatus = async (status: string) => {
      await page.getByRole('button', { name: /^Trạng thái:/ }).click();
      await page.getByRole('menuitem', { name: status }).click();
      await page.getByRole('button', { name: `Trạng thái: ${status}` }).waitFor();
    };

    await openCms(page, backend.adminUrl(base));
    // The workflow board ("Biên tập") is there.
    await page.getByRole('link', { name: 'Biên tập' }).first().waitFor();
    await page.goto(backend.adminUrl(base, '/collections/campaigns/new'));
    await field(page, t('field.campaigns.title')).fill(title);
    await choose(page, t('field.campaigns.kind'), t('option.campaignKind.chuyen-de'));
    await field(page, t('field.campaigns.launchedBy')).fill('Ủy ban nhân dân phường');
    await field(page, t('field.campaigns.start')).fill('2026-01-05');
    await field(page, t('field.campaigns.summary')).fill('Các tổ dân phố cùng giữ ngõ phố sáng đèn, sạch và an toàn.');
    const editor = page.locator('[data-slate-editor=true]').first();
    await editor.click();
    await typeSettled(page, 'Mỗi tổ dân phố nhận một đoạn ngõ, lắp đèn và giữ gìn vệ sinh.', () => editor.innerText());

    // Saved as a draft: on a branch of its own, not on main.
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.locator('.Toastify__toast').filter({ hasText: 'Mục đã được lưu' }).waitFor();
    await page.getByRole('button', { name: 'Trạng thái: Bản nháp' }).waitFor();
    expect(branches(copy)).toContain(branch);
    expect(fileOn(copy, 'main', file)).toBeUndefined();
    expect(parseMarkdownFile(fileOn(copy, branch, file) ?? '').data['title']).toBe(title);

    await setStatus('Đang xét duyệt');
    await page.goto(backend.adminUrl(base, '/workflow'));
    await page.getByText('Đang xét duyệt').first().waitFor();
    await page.getByText(title).first().waitFor();
    await page.screenshot({ path: join(SHOTS, 'admin-workflow.png') });
    expect(fileOn(copy, 'main', file)).toBeUndefined();

    await page.getByText(title).first().click();
    await page.getByRole('button', { name: 'Trạng thái: Đang xét duyệt' }).waitFor();
    await setStatus('Sẵn sàng');
    expect(fileOn(copy, 'main', file)).toBeUndefined();

    // Published: now on main, and the draft branch is gone.
    await dismissNotices(page);
    await page.getByRole('button', { name: 'Công bố', exact: true }).click();
    await page.getByText('Công bố ngay').first().click();
    await page.locator('.Toastify__toast').filter({ hasText: 'Mục đã được công bố' }).waitFor();
    await expect.poll(() => fileOn(copy, 'main', file) !== undefined).toBe(true);
    expect(parseMarkdownFile(fileOn(copy, 'main', file) ?? '').data).toMatchObject({
      title,
      kind: 'chuyen-de',
      start: '2026-01-05',
    });
    expect(branches(copy)).not.toContain(branch);
    // Whatever Decap asked on the way was asked in Vietnamese.
    for (const message of dialogs) expect(message).toMatch(/[ạảãáàâầấậẩẫăằắặẳẵđêềếệểễôồốộổỗơờớợởỡưừứựửữ]/i);
  });

  test('no script errors other than refused saves', () => {
    expect(errors.filter((e) => e !== 'Object' && e !== 'undefined')).toEqual([]);
  });
});
