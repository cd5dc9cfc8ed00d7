/**
 * Driving Decap CMS in Chromium as an editor does: fields are found by their Vietnamese
 * labels from the strings module (Decap adds " (không bắt buộc)" to optional ones), selects
 * and relations are picked from their menus, objects are opened before their fields are used.
 * Also starts decap-server on a throw-away copy of the project, on a free port, so the tests
 * never touch the real content/ and never need port 8081.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Browser, FrameLocator, Locator, Page } from 'playwright-core';
import { DECAP_PORT_PARAM, freePort, startDecapServer, type DecapServer } from '../../scripts/lib/decap-server.ts';
import { copyProject, removeProject } from './project.ts';

/** A decap-server on its own copy of the project. */
export interface LocalBackend {
  copy: string;
  decap: DecapServer;
  /** The /admin/ address of the site at `base` that talks to this decap-server. */
  adminUrl(base: string, hash?: string): string;
  stop(): void;
}

/** The name decap-server reports for the folder it serves (its `info` action). */
export async function servedRepo(port: number): Promise<string | undefined> {
  const res = await fetch(`http://127.0.0.1:${port}/api/v1`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ action: 'info' }),
  });
  return ((await res.json()) as { repo?: string }).repo;
}

/**
 * Copies the project and starts decap-server on the copy. Mode "git" first makes the copy a
 * git repository with one commit on `main`, the branch the CMS config names.
 */
export async function startLocalBackend(mode: 'fs' | 'git' = 'fs'): Promise<LocalBackend> {
  const copy = copyProject();
  try {
    if (mode === 'git') {
      const git = (...args: string[]) => execFileSync('git', args, { cwd: copy, stdio: 'pipe' });
      git('init', '--quiet', '--initial-branch=main');
      git('config', 'user.name', 'Biên tập viên thử');
      git('config', 'user.email', 'bien-tap@example.vn');
      git('config', 'commit.gpgsign', 'false');
      // A clean working tree: decap-server commits everything it finds ("git add .").
      writeFileSync(join(copy, '.gitignore'), 'node_modules/\ndist/\n.astro/\n.dist-*/\n');
      git('add', '--all');
      git('commit', '--quiet', '-m', 'Nội dung ban đầu');
    }
    const decap = await startDecapServer(copy, {
      port: await freePort(),
      mode,
      quiet: process.env['DECAP_LOG'] !== '1',
    });
    const repo = await servedRepo(decap.port);
    if (repo !== basename(copy)) throw new Error(`decap-server on port ${decap.port} serves "${repo}", not the copy`);
    return {
      copy,
      decap,
      adminUrl: (base, hash = '') => `${base}/admin/?${DECAP_PORT_PARAM}=${decap.port}${hash ? `#${hash}` : ''}`,
      stop: () => {
        decap.stop();
        removeProject(copy);
      },
    };
  } catch (error) {
    removeProject(copy);
    throw error;
  }
}

/** Git, in the copy, returning its output. */
export function gitIn(copy: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: copy, encoding: 'utf8', stdio: 'pipe' });
}

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The control of the field labelled `label`, required or optional. */
export function field(scope: Page | Locator, label: string): Locator {
  return scope.getByLabel(new RegExp(`^${escapeRe(label)}( \\(không bắt buộc\\))?$`)).first();
}

/** Opens /admin/ at `url` and logs in to the local backend (remembered per browser context). */
export async function openCms(page: Page, url: string): Promise<void> {
  await page.goto(url);
  const login = page.getByRole('button', { name: 'Đăng nhập' });
  const collections = page.getByText('Bộ sưu tập');
  await login.or(collections).first().waitFor();
  if (await login.isVisible()) await login.click();
  await collections.first().waitFor();
}

/** What an input method sends for one key: letters, or letters taken back and rewritten. */
export type ImeStep = string | { back: number; text: string };

/** How a field's text is read back after each key: an input's value, an editor's text. */
export type ReadText = () => Promise<string>;

/**
 * The text as compared while typing: no zero-width placeholders, no line breaks at the end
 * (an editor's innerText ends its last paragraph with one). A trailing space is kept: it is
 * what the space key typed, and the next key must wait until the field holds it too.
 */
function settledText(text: string): string {
  return text.replace(/\uFEFF|\u200B/g, '').replace(/\n+$/, '');
}

/**
 * Sends one key and waits until the field shows it. Decap's fields are controlled React
 * inputs: on a loaded machine a key sent before the last one has been stored can be lost
 * when the field re-renders with the stored value. A person types slower than that; the
 * test waits for each key, so what it checks is what Decap saves, not a race.
 */
async function pressSettled(page: Page, key: string, read: ReadText, typed: string): Promise<void> {
  if (key === 'Backspace') await page.keyboard.press('Backspace');
  else await page.keyboard.type(key);
  const want = settledText(typed);
  const deadline = Date.now() + 15_000;
  for (;;) {
    const now = settledText(await read());
    if (now.endsWith(want)) return;
    if (Date.now() > deadline) throw new Error(`typing: the field shows "${now}", expected it to end with "${want}"`);
    await page.waitForTimeout(20);
  }
}

/** Types `text` into the focused field one key at a time, each waited for (see pressSettled). */
export async function typeSettled(page: Page, text: string, read: ReadText): Promise<void> {
  let typed = '';
  for (const char of text) {
    typed += char;
    await pressSettled(page, char, read, typed);
  }
}

/**
 * Replays what a Vietnamese input method in Telex mode (Unikey, EVKey) sends to the focused
 * field: the letters as typed, and for each mark key, backspaces over the letters it changes
 * followed by the rewritten letters ("hoa" + "f": two backspaces, then "òa"). Each key is
 * waited for until `read` shows it; backspaces only take back letters typed in the same call.
 */
export async function typeLikeTelex(page: Page, steps: readonly ImeStep[], read: ReadText): Promise<void> {
  let typed = '';
  for (const step of steps) {
    const keys = typeof step === 'string' ? [...step] : [...Array<string>(step.back).fill('Backspace'), ...step.text];
    for (const key of keys) {
      typed = key === 'Backspace' ? [...typed].slice(0, -1).join('') : typed + key;
      await pressSettled(page, key, read, typed);
    }
  }
}

/** Picks `option` in the select or relation labelled `label`, typing `search` first if given. */
export async function choose(page: Page, label: string, option: string | RegExp, search?: string): Promise<void> {
  const control = field(page, label);
  await control.click();
  if (search !== undefined) await page.keyboard.insertText(search);
  const exact = typeof option === 'string' ? new RegExp(`^\\s*${escapeRe(option)}\\s*$`) : option;
  await page.locator('[class*="-option"]').filter({ hasText: exact }).first().click();
}

/** Opens the object or list labelled `label` (they start collapsed). */
export async function expand(page: Page, label: string): Promise<void> {
  const labelEl = page.locator('label').filter({ hasText: new RegExp(`^${escapeRe(label)}( \\(không bắt buộc\\))?$`) });
  const id = await labelEl.first().getAttribute('for');
  const button = page.locator(`[id="${id}"] [data-testid=expand-button]`).first();
  if ((await button.getAttribute('aria-label')) === 'Mở rộng') await button.click();
}

/** Turns on the boolean labelled `label`. */
export async function switchOn(page: Page, label: string): Promise<void> {
  const toggle = field(page, label);
  if ((await toggle.getAttribute('aria-checked')) !== 'true') await toggle.click();
}

/** The newest notice Decap shows (saved, refused, missing fields), as one line. */
export async function lastNotice(page: Page): Promise<string> {
  const toast = page.locator('.Toastify__toast').last();
  await toast.waitFor();
  return (await toast.innerText()).replace(/\s+/g, ' ');
}

/**
 * Closes the notices, so the next one can be told apart. Always the first one that is left:
 * notices close themselves too, so a list taken beforehand would point past the end (and
 * each such click would wait out Playwright's 30 s timeout).
 */
export async function dismissNotices(page: Page): Promise<void> {
  const toasts = page.locator('.Toastify__toast');
  const deadline = Date.now() + 15_000;
  while ((await toasts.count()) > 0 && Date.now() < deadline) {
    await page
      .locator('.Toastify__close-button')
      .first()
      .click({ timeout: 1_000 })
      .catch(() => {});
    await page.waitForTimeout(50);
  }
}

/** Clicks "Công bố" › "Công bố ngay" (direct saving, as with the local file backend). */
export async function clickPublishNow(page: Page): Promise<void> {
  await dismissNotices(page);
  await page.getByRole('button', { name: 'Công bố', exact: true }).click();
  await page.getByText('Công bố ngay').first().click();
}

/** "Công bố" › "Công bố ngay", then the notice Decap shows (saved, or refused with the reasons). */
export async function publishNow(page: Page): Promise<string> {
  await clickPublishNow(page);
  return lastNotice(page);
}

/** The preview frame of the editor. */
export function preview(page: Page): FrameLocator {
  return page.frameLocator('#preview-pane');
}

/**
 * A page for an editor at a desktop screen, in Vietnamese and Vietnam's time zone, that
 * collects script errors and the messages of the dialogs it answers. Decap asks before
 * publishing, and the browser before leaving a form with unsaved changes (its own dialog,
 * without a message); the editor agrees. A reload may close the browser's dialog before the
 * answer arrives: then there is nothing left to accept.
 */
export async function editorPage(browser: Browser): Promise<{ page: Page; errors: string[]; dialogs: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 1400, height: 1000 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => {
    if (dialog.type() !== 'beforeunload') dialogs.push(dialog.message());
    dialog.accept().catch(() => {});
  });
  return { page, errors, dialogs };
}
