/**
 * Plan tasks in the CMS, in Chromium against decap-server on a copy of the project: the task
 * field of a campaign offers every task the plan declares (Decap's relation widget over the
 * documents' `tasks.*.id`), shown with the plan's number and the task's wording, and saves the
 * task's id; the plan's preview draws its tasks as the site does; a task id another document
 * already declares is refused on save, naming that document, and nothing is written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { browserSkipReason, launchBrowser } from '../support/browser.ts';
import { contentProblems, entriesOf } from '../support/content.ts';
import { assertSiteBuilt } from '../support/site.ts';
import { choose, field, openCms, preview, publishNow, startLocalBackend, type LocalBackend } from '../support/cms.ts';
import { t } from '../../src/i18n/strings.ts';
import { parseMarkdownFile } from '../../src/lib/content/frontmatter.ts';
import type { PlanTask } from '../../src/lib/plan/tasks.ts';
import { vi as decapViPhrases } from 'decap-cms-locales/dist/esm/index.js';

/** Decap's own notice after a save (its Vietnamese locale: ui.toast.entrySaved). */
const SAVED = (decapViPhrases as unknown as { ui: { toast: { entrySaved: string } } }).ui.toast.entrySaved;

const skip = browserSkipReason();
if (skip) test(skip, (ctx) => ctx.skip(skip));

const frontMatter = (root: string, file: string) =>
  parseMarkdownFile(readFileSync(join(root, file), 'utf8')).data as Record<string, unknown>;

describe.skipIf(skip !== undefined)('plan tasks in the CMS', () => {
  let base = '';
  let backend: LocalBackend;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    assertSiteBuilt(inject('site'));
    base = inject('siteUrl');
    backend = await startLocalBackend('fs');
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'vi-VN' });
  });

  afterAll(async () => {
    await browser?.close();
    backend?.stop();
  });

  async function cms(hash: string): Promise<Page> {
    const page = await context.newPage();
    await openCms(page, backend.adminUrl(base));
    await page.goto(backend.adminUrl(base, hash));
    return page;
  }

  const plan = () => entriesOf(backend.copy, 'documents').find((d) => d.data['number'] === '08/KH-UBND');

  test('a campaign picks its task from the plan’s tasks, and the task’s id is saved', async () => {
    const doc = plan();
    const campaign = entriesOf(backend.copy, 'campaigns').find((c) => c.data['example'] === true && !c.data['task']);
    if (!doc || !campaign) throw new Error('the copy has no 08/KH-UBND or no campaign without a task');
    const tasks = doc.data['tasks'] as PlanTask[];
    const page = await cms(`/collections/campaigns/entries/${campaign.id}`);
    await field(page, t('field.campaigns.title')).waitFor();
    // Every task is offered, in the plan's order, as "<number> <task>".
    await field(page, t('field.task')).click();
    const options = page.locator('[class*="-option"]');
    await options.first().waitFor();
    expect(await options.allInnerTexts()).toEqual(tasks.map((task) => `08/KH-UBND ${task.title}`));
    await page.keyboard.press('Escape');
    const chosen = tasks[4] as PlanTask;
    await choose(page, t('field.task'), `08/KH-UBND ${chosen.title}`);
    expect(await publishNow(page)).toContain(SAVED);
    await expect.poll(() => frontMatter(backend.copy, campaign.file)['task']).toBe(chosen.id);
    expect(contentProblems(backend.copy)).toBe('');
    await page.close();
  });

  test('the plan’s preview draws its tasks; a task id another plan declares is refused, naming it', async () => {
    const doc = plan();
    const other = entriesOf(backend.copy, 'documents').find((d) => d.data['number'] === '297/KH-UBND');
    if (!doc || !other) throw new Error('the copy has no 08/KH-UBND or 297/KH-UBND');
    const tasks = doc.data['tasks'] as PlanTask[];

    const planPage = await cms(`/collections/documents/entries/${doc.id}`);
    const shown = preview(planPage).locator('[data-preview=tasks] ol.plan-tracker > li h3');
    await shown.first().waitFor();
    expect(await shown.allInnerTexts()).toEqual(
      tasks.map((task, i) => `${t('documents.tasks.number', { n: i + 1 })}\n${task.title}`),
    );
    await planPage.close();

    const before = readFileSync(join(backend.copy, other.file), 'utf8');
    const page = await cms(`/collections/documents/entries/${other.id}`);
    await field(page, t('field.documents.number')).waitFor();
    await page.getByRole('button', { name: `Thêm ${t('field.documents.tasks').toLowerCase()}` }).click();
    const taken = tasks[0] as PlanTask;
    await field(page, t('field.documents.tasks.id')).fill(taken.id);
    await field(page, t('field.documents.tasks.title')).fill('Một nhiệm vụ lặp mã');
    await field(page, t('field.documents.tasks.lead')).fill('Văn phòng');
    const refused = await publishNow(page);
    expect(refused).toContain(t('cms.saveRefused'));
    expect(refused).toContain(
      `${t('field.documents.tasks')} › ${t('field.documents.tasks.id')}: ${t('error.taskDuplicate', {
        id: taken.id,
        otherFile: doc.file,
        otherField: 'tasks[0].id',
      })}`,
    );
    expect(readFileSync(join(backend.copy, other.file), 'utf8')).toBe(before);
    await page.close();
  });
});
