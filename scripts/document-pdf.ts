/**
 * Makes a PDF of a document's text to attach to it, e.g.
 *   npx node scripts/document-pdf.ts content/documents/08-kh-ubnd.md public/files/08-kh-ubnd.pdf
 * The Markdown body is rendered like on the site and printed on A4 in Chromium (/usr/bin/chromium
 * or CHROME_PATH) with the site's font. Every page says the file was made from the text on the
 * site and is not the signed original. No network is used.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { chromium } from 'playwright-core';
import { parseMarkdownFile } from '../src/lib/content/frontmatter.ts';
import { t } from '../src/i18n/strings.ts';

const [source, target] = process.argv.slice(2);
if (!source || !target) {
  console.error('Usage: npx node scripts/document-pdf.ts content/documents/<file>.md public/files/<file>.pdf');
  process.exit(1);
}
const { data, body } = parseMarkdownFile(readFileSync(source, 'utf8'));
const { code } = await (await createMarkdownProcessor({ syntaxHighlight: false })).render(body);
const fonts = pathToFileURL(resolve('node_modules/@fontsource/be-vietnam-pro/files')).href;
const face = (subset: string, weight: number) =>
  `@font-face{font-family:'Be Vietnam Pro';font-weight:${weight};src:url('${fonts}/be-vietnam-pro-${subset}-${weight}-normal.woff2') format('woff2')}`;
const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const html = `<!doctype html><html lang="vi"><meta charset="utf-8"><title>${escape(String(data['number']))}</title>
<style>${['latin', 'vietnamese'].flatMap((s) => [face(s, 400), face(s, 700)]).join('')}
body{font-family:'Be Vietnam Pro',sans-serif;font-size:11pt;line-height:1.5;color:#000}
h1{font-size:14pt;margin:0 0 4pt}h2{font-size:12pt;margin:14pt 0 4pt}h3{font-size:11pt;margin:10pt 0 2pt}
p{margin:0 0 6pt;text-align:justify}.meta{color:#333;margin-bottom:12pt}</style>
<h1>${escape(`${String(data['number'])}: ${String(data['title'])}`)}</h1>
<p class="meta">${escape(String(data['issuer']))}</p>${code}</html>`;

const dir = mkdtempSync(join(tmpdir(), 'gs-pdf-'));
try {
  const page = join(dir, 'document.html');
  writeFileSync(page, html);
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  const tab = await browser.newPage();
  await tab.goto(pathToFileURL(page).href);
  await tab.evaluate(() => document.fonts.ready);
  const note = escape(t('documents.pdfNote'));
  await tab.pdf({
    path: target,
    format: 'A4',
    margin: { top: '20mm', bottom: '20mm', left: '25mm', right: '20mm' },
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: `<div style="font-size:7pt;width:100%;padding:0 20mm 0 25mm;display:flex;justify-content:space-between"><span>${note}</span><span><span class="pageNumber"></span>/<span class="totalPages"></span></span></div>`,
  });
  await browser.close();
  console.log(`Wrote ${target}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
