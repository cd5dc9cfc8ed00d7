/**
 * Every page of the shipped site (the shared build) passes html-validate with the project's
 * .htmlvalidate.json: the "recommended" and "document" presets, with two justified changes:
 *
 * - long-title off: a page title is the story's or document's full headline (WCAG 2.4.2 asks
 *   for a descriptive title); a search engine shortening it is acceptable.
 * - require-sri only for resources from other origins: the site serves every script and
 *   stylesheet itself, so integrity attributes would add nothing; anything loaded from another
 *   origin must still carry one.
 */
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { listFiles } from '../support/html.ts';
import { PROJECT_ROOT } from '../support/project.ts';
import { assertSiteBuilt } from '../support/site.ts';

const site = inject('site');
const validator = new HtmlValidate(new FileSystemConfigLoader());
const ERROR = 2;

function describeMessage(file: string, m: Message): string {
  return `${file}:${m.line}:${m.column} [${m.ruleId}] ${m.message}${m.selector ? ` (${m.selector})` : ''}`;
}

beforeAll(() => assertSiteBuilt(site));

describe('html-validate', () => {
  test('the project configuration catches real errors', async () => {
    const report = await validator.validateString(
      '<!doctype html><html lang="vi"><head><title>T</title></head><body><main><p id="a">x</p><p id="a"><div>y</div></p><img src="a.jpg"><ul><div>z</div></ul></main></body></html>',
      join(PROJECT_ROOT, 'dist', 'kiem-thu.html'),
    );
    const rules = new Set(report.results.flatMap((r) => r.messages.map((m) => m.ruleId)));
    for (const rule of ['no-dup-id', 'close-order', 'wcag/h37', 'element-permitted-content'])
      expect(rules, rule).toContain(rule);
  });

  test('every built page has no errors', async () => {
    const pages = listFiles(site.dir).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const file of pages) {
      const report = await validator.validateFile(join(site.dir, file));
      for (const result of report.results)
        for (const m of result.messages) if (m.severity === ERROR) problems.push(describeMessage(file, m));
    }
    expect(problems.slice(0, 50), `${problems.length} error(s)`).toEqual([]);
  });
});
