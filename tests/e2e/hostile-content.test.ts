/**
 * Content as it might arrive through the CMS, built for real in a copy of the project:
 * a story whose Markdown carries a <script>, an onerror= handler, javascript: links, an
 * <iframe>, an inline style and more (tests/fixtures/bad-content/honorees/mau-noi-dung-doc-hai.md),
 * the same markup at the end of a document's text (rendered unit by unit, a separate path),
 * a story saved as NFD text with CRLF line endings and a byte-order mark, and a document with
 * no text at all.
 *
 * The built HTML must carry none of the active markup, and in Chromium none of it may run.
 * The browser check serves the copy WITHOUT its _headers file: the sanitiser alone must hold,
 * the Content-Security-Policy is a second wall (tests/e2e/headers.test.ts).
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { t } from '../../src/i18n/strings.ts';
import type { RawEntry } from '../../src/content-pipeline/read.ts';
import { browserSkipReason, launchBrowser } from '../support/browser.ts';
import { entriesOf, installFixture } from '../support/content.ts';
import { type El, parseHtml } from '../support/html.ts';
import { copyProject, removeProject, runBuild } from '../support/project.ts';

const skip = browserSkipReason();
const HOSTILE_FIXTURE = 'mau-noi-dung-doc-hai';

/** The hostile story's markup, appended to a document's text. */
function hostileMarkup(): string {
  const text = readFileSync(new URL(`../fixtures/bad-content/honorees/${HOSTILE_FIXTURE}.md`, import.meta.url), 'utf8');
  return text.slice(text.indexOf('\n---', 3) + 4);
}

let root = '';
let dist = '';
let story: RawEntry;
let savedAsNfd: RawEntry;
let hostileDoc: RawEntry;
let emptyDoc: RawEntry;

beforeAll(async () => {
  root = copyProject();
  story = installFixture(root, 'honorees', HOSTILE_FIXTURE);
  const documents = entriesOf(root, 'documents').filter((d) => d.body.trim() !== '');
  const [first, second] = documents;
  if (!first || !second) throw new Error('the shipped content should have two documents with text');
  hostileDoc = first;
  emptyDoc = second;
  const hostilePath = join(root, hostileDoc.file);
  writeFileSync(hostilePath, `${readFileSync(hostilePath, 'utf8').trimEnd()}\n\n${hostileMarkup()}`);
  const emptyPath = join(root, emptyDoc.file);
  const emptySource = readFileSync(emptyPath, 'utf8');
  writeFileSync(emptyPath, emptySource.slice(0, emptySource.indexOf('\n---', 3) + 5));

  const nfdCandidate = entriesOf(root, 'honorees').find(
    (e) => e.id !== story.id && e.body.normalize('NFD') !== e.body && e.body.trim() !== '',
  );
  if (!nfdCandidate) throw new Error('the shipped content should have a story with Vietnamese text');
  savedAsNfd = nfdCandidate;
  const nfdPath = join(root, savedAsNfd.file);
  writeFileSync(nfdPath, `\uFEFF${readFileSync(nfdPath, 'utf8').normalize('NFD').replace(/\n/g, '\r\n')}`);

  const result = await runBuild(root);
  if (result.code !== 0) throw new Error(`the fixture build failed:\n${result.output.slice(-4000)}`);
  dist = join(root, 'dist');
});

afterAll(() => {
  if (root) removeProject(root);
});

function page(url: string): El[] {
  return parseHtml(readFileSync(join(dist, url, 'index.html'), 'utf8'));
}

/** Elements inside <main>. */
function mainOf(els: El[]): El[] {
  return els.filter((el) => {
    for (let p: El | undefined = el; p; p = p.parent) if (p.tag === 'main') return true;
    return false;
  });
}

/** Everything active left in `els`: described, for a readable failure. */
function activeMarkup(els: El[]): string[] {
  const out: string[] = [];
  for (const el of els) {
    if (el.tag === 'script' && !el.attrs.src) out.push(`inline <script>: ${el.text.slice(0, 60)}`);
    // The site's own icons are inline <svg>; their handlers and scripts would be caught below.
    if (['iframe', 'frame', 'object', 'embed', 'style', 'form', 'base', 'meta', 'link'].includes(el.tag))
      out.push(`<${el.tag}>`);
    for (const [name, value] of Object.entries(el.attrs)) {
      if (/^on/i.test(name)) out.push(`<${el.tag} ${name}="${value}">`);
      if (name === 'style') out.push(`<${el.tag} style="${value}">`);
      if (
        ['href', 'src', 'action', 'formaction', 'xlink:href'].includes(name) &&
        /^\s*(javascript|vbscript|data):/i.test(value)
      )
        out.push(`<${el.tag} ${name}="${value}">`);
    }
  }
  return out;
}

describe('hostile markup in an entry’s Markdown', () => {
  test('is gone from the story page, whose ordinary text remains', () => {
    const main = mainOf(page(`guong-sang/${story.id}`));
    expect(activeMarkup(main)).toEqual([]);
    const text = main.find((el) => el.tag === 'main')?.text ?? '';
    expect(text).toContain('Đoạn mở đầu bình thường');
    expect(text).toContain('Đoạn kết bình thường');
    expect(text, 'script code must not turn into visible text').not.toContain('__pwned');
    expect(main.some((el) => el.tag === 'a' && el.text === 'Bấm vào đây' && el.attrs.href === undefined)).toBe(true);
  });

  test('is gone from a document page, rendered unit by unit', () => {
    const main = mainOf(page(`van-ban/${hostileDoc.id}`));
    expect(activeMarkup(main)).toEqual([]);
    const text = main.find((el) => el.tag === 'main')?.text ?? '';
    expect(text).toContain('Đoạn kết bình thường');
    expect(text).not.toContain('__pwned');
  });
});

describe('text as editors’ tools save it', () => {
  test('a story saved as NFD with CRLF endings and a byte-order mark is published as NFC', () => {
    const html = readFileSync(join(dist, 'guong-sang', savedAsNfd.id, 'index.html'), 'utf8');
    expect(html.normalize('NFC') === html, 'the page should be NFC throughout').toBe(true);
    expect(html).not.toContain('\uFEFF');
    const els = parseHtml(html);
    expect(els.find((el) => el.tag === 'h1')?.text.trim()).toBe(String(savedAsNfd.data.title));
    const firstParagraph = savedAsNfd.body.trim().split('\n')[0] ?? '';
    expect(firstParagraph.length).toBeGreaterThan(0);
    expect(mainOf(els).some((el) => el.tag === 'p' && el.text.includes(firstParagraph.slice(0, 40)))).toBe(true);
    expect(html, 'front matter must not leak into the page').not.toContain('subjectType:');
  });

  test('a document with an empty body says it has no full text', () => {
    const main = mainOf(page(`van-ban/${emptyDoc.id}`));
    expect(main.find((el) => el.tag === 'main')?.text).toContain(t('documents.noFullText'));
  });
});

describe.skipIf(skip !== undefined)('in Chromium, with no Content-Security-Policy to help', () => {
  let browser: Browser;
  let server: Server;
  let base = '';

  beforeAll(async () => {
    // Served without _headers: only the sanitised HTML stands between the markup and the reader.
    renameSync(join(dist, '_headers'), join(root, 'headers-set-aside'));
    ({ server, url: base } = await serveStatic(dist, 0));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  });

  test.each([
    ['the story', () => `/guong-sang/${story.id}/`],
    ['the document', () => `/van-ban/${hostileDoc.id}/`],
  ])('no script from %s’s Markdown runs', async (_name, path) => {
    const context = await browser.newContext();
    const origin = new URL(base).origin;
    await context.route('**/*', (route) =>
      route.request().url().startsWith(`${origin}/`) ? route.continue() : route.abort(),
    );
    const p = await context.newPage();
    const dialogs: string[] = [];
    p.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await p.goto(base + path());
    await p.waitForLoadState('load');
    // Let handlers that would fire late (onerror of a missing image, ontoggle) have their chance.
    await p.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    // Follow the neutralised links as a reader would.
    for (const name of ['Bấm vào đây', 'vào đây']) {
      const link = p.getByText(name, { exact: true }).first();
      if (await link.count()) await link.click({ timeout: 5_000 });
    }
    const pwned = await p.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null);
    expect(pwned).toBeNull();
    expect(dialogs).toEqual([]);
    expect(await p.locator('main iframe, main svg[onload], main [style]').count()).toBe(0);
    await context.close();
  });
});
