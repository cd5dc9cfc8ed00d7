/**
 * Privacy rules stop the real production build (`node scripts/build.ts`): personal data in a
 * story (phone, ID-card or house number) is reported with the file, the field and the line
 * of the file; consent must cover what a story about a person shows, a minor's through a
 * parent or guardian. An explicit per-entry override lets exactly the texts it lists through.
 *
 * Like bad-content.test.ts, each case copies the project, breaks one real entry and reads the
 * build's output. Named bad-content-* so running it alone costs no shared build.
 */
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { t } from '../../src/i18n/strings.ts';
import { docNumberSlug } from '../../src/lib/legal/doc-number.ts';
import { contentProblems, editFrontmatter, entriesOf, pickEntry } from '../support/content.ts';
import { copyProject, leftovers, removeProject, runBuild, type BuildResult } from '../support/project.ts';
import type { RawEntry } from '../../src/content-pipeline/read.ts';

const copies: string[] = [];
afterAll(() => {
  for (const dir of copies.splice(0)) removeProject(dir);
});

function cleanCopy(): string {
  const root = copyProject();
  copies.push(root);
  expect(contentProblems(root), 'the shipped content must be valid before a test breaks it').toBe('');
  return root;
}

/** The 1-based line of `file` (under `root`) that contains `text`. */
function lineOf(root: string, file: string, text: string): number {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  const index = lines.findIndex((l) => l.includes(text));
  expect(index, `"${text}" should be in ${file}`).toBeGreaterThanOrEqual(0);
  return index + 1;
}

/** Asserts a failed build that published nothing and printed exactly `file › field: message`. */
function expectRefused(root: string, result: BuildResult, file: string, field: string, message: string): void {
  expect(result.code, `the build should fail:\n${result.output}`).not.toBe(0);
  const prefix = `${file} › ${field}: `;
  const line = result.output
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l.startsWith(prefix));
  expect(line, `no issue for ${prefix.trim()} in the build output:\n${result.output}`).toBe(`${prefix}${message}`);
  expect(existsSync(join(root, 'dist')), 'a failed build must not publish dist/').toBe(false);
  expect(leftovers(root)).toEqual([]);
}

const person = (root: string) =>
  pickEntry(root, 'honorees', (e) => e.data.subjectType === 'ca-nhan', 'mau-ca-nhan-co-anh');
const withAward = (e: RawEntry) =>
  e.data.subjectType === 'ca-nhan' &&
  Array.isArray(e.data.awards) &&
  e.data.awards.some((a) => typeof (a as { decisionNumber?: unknown }).decisionNumber === 'string');

describe.concurrent('personal data and consent stop the build, naming the file, the field and the line', () => {
  test('a mobile number in the story body', async () => {
    const root = cleanCopy();
    const entry = person(root);
    const phone = '0912 345 678';
    appendFileSync(join(root, entry.file), `\nAi cần mượn sách xin gọi bà theo số ${phone}.\n`);
    const line = lineOf(root, entry.file, phone);
    const message = t('error.personalData', { line, text: phone, kind: t('privacy.kind.phone') });
    expectRefused(root, await runBuild(root), entry.file, 'body', message);
  });

  test('a 12-digit citizen ID number in the summary (front matter)', async () => {
    const root = cleanCopy();
    const entry = person(root);
    const id = '001203012345';
    editFrontmatter(root, entry.file, (doc) => doc.set('summary', `Bà có căn cước số ${id}, sống cùng con cháu.`));
    const line = lineOf(root, entry.file, id);
    const message = t('error.personalData', { line, text: id, kind: t('privacy.kind.idNumber') });
    expectRefused(root, await runBuild(root), entry.file, 'summary', message);
  });

  test('a house number in an award title (a field inside a list)', async () => {
    const root = cleanCopy();
    const entry = pickEntry(root, 'honorees', withAward, 'mau-ca-nhan-co-anh');
    const address = 'số nhà 27';
    editFrontmatter(root, entry.file, (doc) =>
      doc.setIn(['awards', 0, 'title'], `Giấy khen cho gia đình ở ${address}`),
    );
    const line = lineOf(root, entry.file, address);
    const message = t('error.personalData', { line, text: address, kind: t('privacy.kind.houseNumber') });
    expectRefused(root, await runBuild(root), entry.file, 'awards[0].title', message);
  });

  test('a name shown without consent to publish it', async () => {
    const root = cleanCopy();
    const entry = person(root);
    editFrontmatter(root, entry.file, (doc) => doc.setIn(['consent', 'name'], false));
    expectRefused(root, await runBuild(root), entry.file, 'consent.name', t('error.consentName'));
  });

  test('a minor whose consent was given by the child alone, not a parent or guardian', async () => {
    const root = cleanCopy();
    const entry = person(root);
    editFrontmatter(root, entry.file, (doc) => {
      doc.setIn(['consent', 'minor'], true);
      doc.setIn(['consent', 'childAge'], 14);
      doc.setIn(['consent', 'childAgreed'], true);
      doc.setIn(['consent', 'giver'], 'ban-than');
    });
    expectRefused(root, await runBuild(root), entry.file, 'consent.giver', t('error.consentMinorGiver'));
  });
});

describe('a copy with more content builds: override, decision link, pagination', () => {
  test('privacyOverride.allow lets exactly its texts through; a decision is linked; lists split at 24', async () => {
    const root = cleanCopy();
    const entry = pickEntry(root, 'honorees', withAward, 'mau-ca-nhan-co-anh');
    const hotline = '0221 3 862 345';
    appendFileSync(join(root, entry.file), `\nTủ sách nhận sách quyên góp qua số trực của phường ${hotline}.\n`);
    editFrontmatter(root, entry.file, (doc) =>
      doc.set('privacyOverride', {
        allow: [hotline],
        reason: 'Số điện thoại trực của Ủy ban nhân dân phường, công khai',
      }),
    );
    // The decision behind the first award, published as a document entry.
    const award = (entry.data.awards as { decisionNumber: string; decisionDate?: string }[])[0];
    if (!award) throw new Error('the chosen story has no award');
    const slug = docNumberSlug(award.decisionNumber);
    expect(entriesOf(root, 'documents').map((d) => d.id)).not.toContain(slug);
    writeFileSync(
      join(root, 'content', 'documents', `${slug}.md`),
      [
        '---',
        `number: ${award.decisionNumber}`,
        'type: quyet-dinh',
        'title: Quyết định khen thưởng',
        'subject: Về việc tặng Giấy khen cho cá nhân có thành tích',
        'issuer: Ủy ban nhân dân phường',
        `issued: ${award.decisionDate ?? '2025-01-02'}`,
        'area: Thi đua, khen thưởng',
        'summary: Quyết định tặng Giấy khen.',
        '---',
        '',
        'Tặng Giấy khen.',
        '',
      ].join('\n'),
    );
    // Enough stories in one residential group for a second page.
    const source = readFileSync(join(root, entry.file), 'utf8');
    const group = String(entry.data.residentialGroup);
    for (let i = 1; i <= 25; i++) writeFileSync(join(root, 'content', 'honorees', `ban-sao-${i}.md`), source);
    const inGroup = entriesOf(root, 'honorees').filter((e) => e.data.residentialGroup === group).length;
    const total = entriesOf(root, 'honorees').length;
    expect(contentProblems(root)).toBe('');

    const result = await runBuild(root);
    expect(result.code, result.output).toBe(0);
    const read = (...path: string[]) => readFileSync(join(root, 'dist', ...path, 'index.html'), 'utf8');
    const html = read('guong-sang', entry.id);
    expect(html).toContain(hotline);
    expect(html).toContain(`href="/van-ban/${slug}/"`);

    const cards = (page: string) => (page.match(/<article class="card/g) ?? []).length;
    expect(cards(read('guong-sang', 'to-dan-pho', group))).toBe(24);
    expect(cards(read('guong-sang', 'to-dan-pho', group, 'trang', '2'))).toBe(inGroup - 24);
    expect(read('guong-sang', 'to-dan-pho', group)).toContain(`href="/guong-sang/to-dan-pho/${group}/trang/2/"`);
    expect(cards(read('guong-sang'))).toBe(24);
    expect(cards(read('guong-sang', 'trang', '2'))).toBe(Math.min(24, total - 24));
  });
});
