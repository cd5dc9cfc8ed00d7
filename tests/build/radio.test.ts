/**
 * The radio desk as built from the real content (shared build, tests/support/site.ts): every
 * story, campaign, document and announcement has a script page and a .txt; no script contains a dictionary
 * abbreviation, a digit, or Markdown or HTML remnants; each page's duration is its syllables
 * at the configured rate; and each bulletin's rundown adds up, in the order of its items.
 *
 * Expectations come from content/ (ids, bulletin items) and content/settings/radio.yaml.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { readSettingsFile } from '../../src/content-pipeline/read.ts';
import { docNumberSlug } from '../../src/lib/legal/doc-number.ts';
import { compileDictionary, findDictionaryAbbreviations } from '../../src/lib/radio/abbreviations.ts';
import { countSyllables, estimateSeconds } from '../../src/lib/radio/duration.ts';
import { entriesOf } from '../support/content.ts';
import { type El, listFiles, parseHtml } from '../support/html.ts';
import { PROJECT_ROOT } from '../support/project.ts';
import { assertSiteBuilt } from '../support/site.ts';

const site = inject('site');
const radio = readSettingsFile(PROJECT_ROOT, 'radio').data ?? {};
const rate = Number(radio.syllablesPerMinute);
const dict = compileDictionary((radio.abbreviations as { abbr: string; expansion: string }[] | undefined) ?? []);

const COLLECTIONS = {
  'guong-sang': 'honorees',
  'phong-trao': 'campaigns',
  'van-ban': 'documents',
  'thong-bao-su-kien': 'announcements',
} as const;
type Segment = keyof typeof COLLECTIONS;
const scripts = (Object.keys(COLLECTIONS) as Segment[]).flatMap((segment) =>
  entriesOf(PROJECT_ROOT, COLLECTIONS[segment]).map((e) => ({ segment, id: e.id })),
);
const bulletins = entriesOf(PROJECT_ROOT, 'bulletins');

/** Markup that must never reach a script: Markdown marks, HTML tags and entities, link syntax. */
const REMNANTS = /[*_`#<>|\\[\]{}]|&[a-z]+;|&#\d+;|\]\(|^\s*[-+]\s/m;

let dir = '';
beforeAll(() => {
  assertSiteBuilt(site);
  dir = site.dir;
});

function read(file: string): string {
  return readFileSync(join(dir, file), 'utf8');
}

function paragraphsOfTxt(text: string): string[] {
  return text
    .split(/\r\n\r\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** What is wrong with a script's text, as messages naming `where`. */
function problemsOf(where: string, text: string): string[] {
  const problems: string[] = [];
  if (text.trim() === '') problems.push(`${where}: empty`);
  const digit = /\d+/.exec(text);
  if (digit)
    problems.push(
      `${where}: digit "${digit[0]}" in "…${text.slice(Math.max(0, digit.index - 30), digit.index + 20)}…"`,
    );
  for (const abbr of findDictionaryAbbreviations(text, dict)) problems.push(`${where}: abbreviation "${abbr}"`);
  const remnant = REMNANTS.exec(text);
  if (remnant) problems.push(`${where}: markup "${remnant[0]}"`);
  return problems;
}

function readParagraphs(elements: El[], containerId?: string): string[] {
  return elements
    .filter((el) => el.tag === 'p' && 'data-read' in el.attrs)
    .filter((el) => {
      if (!containerId) return true;
      for (let p = el.parent; p; p = p.parent) if (p.attrs.id === containerId) return true;
      return false;
    })
    .map((el) => el.text.trim());
}

describe('script pages', () => {
  test('the settings give a speaking rate and a dictionary', () => {
    expect(rate).toBeGreaterThan(0);
    expect(dict.entries.length).toBeGreaterThan(0);
  });

  test('every story, campaign, document and announcement has a script page and a .txt', () => {
    expect(scripts.some((s) => s.segment === 'thong-bao-su-kien')).toBe(true);
    const missing = scripts.flatMap(({ segment, id }) =>
      [`phat-thanh/${segment}/${id}/index.html`, `phat-thanh/${segment}/${id}.txt`].filter(
        (f) => !existsSync(join(dir, f)),
      ),
    );
    expect(missing).toEqual([]);
    expect(existsSync(join(dir, 'phat-thanh/index.html'))).toBe(true);
  });

  test('no .txt contains a dictionary abbreviation, a digit, or Markdown or HTML remnants', () => {
    const txts = listFiles(dir).filter((f) => f.startsWith('phat-thanh/') && f.endsWith('.txt'));
    expect(txts.length).toBe(scripts.length + bulletins.length);
    const problems = txts.flatMap((f) => {
      const raw = readFileSync(join(dir, f));
      const bom = raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf ? [`${f}: starts with a BOM`] : [];
      return [...bom, ...problemsOf(f, raw.toString('utf8'))];
    });
    expect(problems).toEqual([]);
  });

  test('each page shows the same words as its .txt, with the duration of its syllables at the rate', () => {
    const problems: string[] = [];
    for (const { segment, id } of scripts) {
      const page = parseHtml(read(`phat-thanh/${segment}/${id}/index.html`));
      const shown = readParagraphs(page);
      const txt = read(`phat-thanh/${segment}/${id}.txt`);
      problems.push(...problemsOf(`/phat-thanh/${segment}/${id}/`, shown.join('\n')));
      if (JSON.stringify(shown) !== JSON.stringify(paragraphsOfTxt(txt)))
        problems.push(`${segment}/${id}: page ≠ .txt`);
      const article = page.find((el) => el.tag === 'article' && 'data-seconds' in el.attrs);
      const expected = estimateSeconds(countSyllables(shown.join(' ')), rate);
      if (Number(article?.attrs['data-seconds']) !== expected)
        problems.push(`${segment}/${id}: ${article?.attrs['data-seconds']} s shown, ${expected} s expected`);
    }
    expect(problems).toEqual([]);
  });
});

describe('bulletins', () => {
  test('there are bulletins to check', () => {
    expect(bulletins.length).toBeGreaterThan(0);
  });

  test.each(bulletins.map((b) => [b.id, b] as const))(
    '%s: the rundown adds up, in the order of its items',
    (id, entry) => {
      const page = parseHtml(read(`phat-thanh/ban-tin/${id}/index.html`));
      const table = page.find((el) => el.tag === 'table' && 'data-total-seconds' in el.attrs);
      const rows = page.filter((el) => el.tag === 'tr' && 'data-seconds' in el.attrs);
      const items = entry.data.items as {
        kind: string;
        honoree?: string;
        campaign?: string;
        document?: string;
        announcement?: string;
      }[];
      expect(rows.map((r) => r.attrs['data-kind'])).toEqual(items.map((i) => i.kind));

      let clock = 0;
      rows.forEach((row, i) => {
        const seconds = Number(row.attrs['data-seconds']);
        expect(seconds, `item ${i + 1} has a duration`).toBeGreaterThan(0);
        expect(Number(row.attrs['data-start']), `start of item ${i + 1}`).toBe(clock);
        clock += seconds;
        expect(Number(row.attrs['data-end']), `running time after item ${i + 1}`).toBe(clock);
      });
      expect(Number(table?.attrs['data-total-seconds'])).toBe(clock);

      // Entry items take their script (and duration) from the entry's script page; the .txt
      // of the bulletin is every item's words in order.
      const expectedParagraphs: string[] = [];
      items.forEach((item, i) => {
        const ref =
          item.kind === 'guong-sang'
            ? item.honoree
            : item.kind === 'phong-trao'
              ? item.campaign
              : item.kind === 'thong-bao-su-kien'
                ? item.announcement
                : item.kind === 'van-ban' && item.document
                  ? docNumberSlug(item.document)
                  : undefined;
        if (ref) {
          const scriptPage = parseHtml(read(`phat-thanh/${item.kind}/${ref}/index.html`));
          const article = scriptPage.find((el) => el.tag === 'article' && 'data-seconds' in el.attrs);
          expect(rows[i]?.attrs['data-seconds'], `item ${i + 1} (${ref}) lasts as long as its script`).toBe(
            article?.attrs['data-seconds'],
          );
          expectedParagraphs.push(...readParagraphs(scriptPage));
        } else {
          const shown = readParagraphs(page, `item-${i + 1}-text`);
          expect(shown.length, `announcement ${i + 1} has words`).toBeGreaterThan(0);
          expect(Number(rows[i]?.attrs['data-seconds'])).toBe(estimateSeconds(countSyllables(shown.join(' ')), rate));
          expectedParagraphs.push(...shown);
        }
      });
      expect(paragraphsOfTxt(read(`phat-thanh/ban-tin/${id}.txt`))).toEqual(expectedParagraphs);
    },
  );
});

describe('navigation', () => {
  test('the primary navigation links to the radio desk', () => {
    const home = parseHtml(read('index.html'));
    const link = home.find((el) => el.tag === 'a' && el.attrs.href === '/phat-thanh/');
    expect(link?.text.trim()).toBe('Phát thanh');
  });
});
