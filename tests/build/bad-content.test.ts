/**
 * Bad content stops the real production build (`node scripts/build.ts`) with the file, the
 * field and what would be right, and never touches a good dist/.
 *
 * Each case copies the project, checks that the copy's content is clean, breaks one real
 * entry with a minimal edit (a fixture from tests/fixtures/bad-content/ stands in when the
 * shipped content has no entry of the needed shape), runs the build and reads its output.
 * Most cases fail in the content check before Astro renders, which is what editors meet.
 */
import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { Document } from 'yaml';
import { t, type StringKey } from '../../src/i18n/strings.ts';
import { formatViDate } from '../../src/lib/dates/plain-date.ts';
import { docNumberSlug } from '../../src/lib/legal/doc-number.ts';
import { slugify } from '../../src/lib/text/slug.ts';
import { readSettingsIds } from '../../src/content-pipeline/check.ts';
import type { RawEntry } from '../../src/content-pipeline/read.ts';
import { OPTIONS } from '../../src/schemas/options.ts';
import { COLLECTIONS } from '../../src/schemas/index.ts';
import {
  contentProblems,
  duplicateFile,
  editFrontmatter,
  entriesOf,
  frontmatterValue,
  installFixture,
  isPersonWithPhoto,
  pickEntry,
} from '../support/content.ts';
import { copyProject, leftovers, removeProject, runBuild, type BuildResult } from '../support/project.ts';

const copies: string[] = [];
afterAll(() => {
  for (const dir of copies.splice(0)) removeProject(dir);
});

/** A fresh copy of the project whose unmodified content passes the content check. */
function cleanCopy(): string {
  const root = copyProject();
  copies.push(root);
  expect(contentProblems(root), 'the shipped content must be valid before a test breaks it').toBe('');
  return root;
}

/** The issue lines of a failed build's output ("  content/x.md › field: message"). */
function issueLines(result: BuildResult): string[] {
  return result.output.split('\n').filter((line) => /^\s+content\//.test(line));
}

/**
 * Asserts that the build failed, published nothing, and printed exactly the expected
 * message for `file` and `field` (field '' means the whole file).
 */
function expectRefused(root: string, result: BuildResult, file: string, field: string, message: string): void {
  expect(result.code, `the build should fail:\n${result.output}`).not.toBe(0);
  const prefix = field ? `${file} › ${field}: ` : `${file}: `;
  const line = issueLines(result).find((l) => l.trim().startsWith(prefix));
  expect(line, `no issue for ${prefix.trim()} in the build output:\n${result.output}`).toBeDefined();
  expect(line?.trim()).toBe(`${prefix}${message}`);
  expect(existsSync(join(root, 'dist')), 'a failed build must not publish dist/').toBe(false);
  expect(leftovers(root), 'a failed build must not leave temporary folders').toEqual([]);
}

/**
 * Breaks the entry `pick` chooses in a clean copy with one front-matter edit, and expects the
 * build to refuse it with `message` for `field` (a function when the message depends on the copy).
 */
async function expectEditRefused(
  pick: (root: string) => RawEntry,
  edit: (doc: Document) => void,
  field: string,
  message: string | ((root: string) => string),
): Promise<void> {
  const root = cleanCopy();
  const entry = pick(root);
  editFrontmatter(root, entry.file, edit);
  expectRefused(root, await runBuild(root), entry.file, field, typeof message === 'string' ? message : message(root));
}

const lengthOf = (value: unknown) => (Array.isArray(value) ? value.length : 0);

function anyHonoree(root: string) {
  return pickEntry(root, 'honorees', () => true, 'mau-ca-nhan-co-anh');
}

function honoreeWithAward(root: string) {
  return pickEntry(
    root,
    'honorees',
    (e) => Array.isArray(e.data.awards) && e.data.awards.length > 0,
    'mau-ca-nhan-co-anh',
  );
}

function personWithPhoto(root: string) {
  return pickEntry(root, 'honorees', isPersonWithPhoto, 'mau-ca-nhan-co-anh');
}

describe('fixtures', () => {
  test('the stand-in entries in tests/fixtures/bad-content/ are valid content', () => {
    const root = cleanCopy();
    installFixture(root, 'honorees', 'mau-ca-nhan-co-anh');
    installFixture(root, 'campaigns', 'mau-phong-trao');
    installFixture(root, 'announcements', 'mau-thong-bao');
    expect(contentProblems(root)).toBe('');
  });
});

// Concurrent (two at a time, see maxConcurrency in vitest.config.ts): each case has its own copy.
describe.concurrent('a bad entry fails the build and names the file and the field', () => {
  test('missing required field (honoree without title)', () =>
    expectEditRefused(anyHonoree, (doc) => doc.delete('title'), 'title', t('error.required')));

  test('impossible date (2025-02-30)', () =>
    expectEditRefused(anyHonoree, (doc) => doc.set('published', '2025-02-30'), 'published', t('error.date')));

  test('impossible date inside a list (awards[0].decisionDate)', () =>
    expectEditRefused(
      honoreeWithAward,
      (doc) => doc.setIn(['awards', 0, 'decisionDate'], '2025-02-30'),
      'awards[0].decisionDate',
      t('error.date'),
    ));

  test('unknown residential group', () =>
    expectEditRefused(
      anyHonoree,
      (doc) => doc.set('residentialGroup', 'tdp-99'),
      'residentialGroup',
      (root) => t('error.notInSettings', { values: readSettingsIds(root).residentialGroups.join(', ') }),
    ));

  test.each(['8/KH-UBND', '98/2023/ND CP'])('malformed document number "%s"', async (bad) => {
    const root = cleanCopy();
    const doc = entriesOf(root, 'documents')[0];
    expect(doc, 'the shipped content should have at least one document').toBeDefined();
    if (!doc) return;
    editFrontmatter(root, doc.file, (d) => d.set('number', bad));
    expectRefused(root, await runBuild(root), doc.file, 'number', t('error.docNumber'));
  });

  test('malformed decision number in an award (awards[0].decisionNumber)', () =>
    expectEditRefused(
      honoreeWithAward,
      (doc) => doc.setIn(['awards', 0, 'decisionNumber'], '8/QĐ-UBND'),
      'awards[0].decisionNumber',
      t('error.docNumber'),
    ));

  test('reference to a missing campaign (honoree.campaigns)', () => {
    const missing = 'phong-trao-khong-ton-tai';
    return expectEditRefused(
      anyHonoree,
      (doc) => doc.set('campaigns', [missing]),
      'campaigns[0]',
      t('error.missingEntry', { id: missing, collection: 'campaigns' }),
    );
  });

  test('reference to a missing document (campaign.legalBasis)', async () => {
    const root = cleanCopy();
    const campaign = pickEntry(root, 'campaigns', () => true, 'mau-phong-trao');
    const missing = '99/2024/QĐ-UBND';
    expect(entriesOf(root, 'documents').map((d) => d.id)).not.toContain(docNumberSlug(missing));
    const existing = frontmatterValue(root, campaign.file, ['legalBasis']);
    const before = Array.isArray(existing) ? existing.length : 0;
    editFrontmatter(root, campaign.file, (doc) => {
      if (before > 0) doc.addIn(['legalBasis'], missing);
      else doc.set('legalBasis', [missing]);
    });
    expectRefused(
      root,
      await runBuild(root),
      campaign.file,
      `legalBasis[${before}]`,
      t('error.missingDocument', { id: missing }),
    );
  });

  test('campaign milestones out of order (milestones[1].date)', async () => {
    const root = cleanCopy();
    const campaign = pickEntry(root, 'campaigns', (e) => lengthOf(e.data.milestones) >= 2, 'mau-phong-trao');
    const [first, second] = campaign.data.milestones as { kind: string; date: string }[];
    if (!first || !second) return;
    expect(first.date < second.date, 'the shipped steps are in order before the test swaps two dates').toBe(true);
    editFrontmatter(root, campaign.file, (doc) => {
      doc.setIn(['milestones', 0, 'date'], second.date);
      doc.setIn(['milestones', 1, 'date'], first.date);
    });
    const message = t('error.milestoneDateOrder', {
      date: formatViDate(first.date),
      previous: t(`option.milestoneKind.${first.kind}` as StringKey),
      previousDate: formatViDate(second.date),
    });
    expectRefused(root, await runBuild(root), campaign.file, 'milestones[1].date', message);
  });

  test('campaign registration of a residential group not in the settings (registrations[0].residentialGroup)', () =>
    expectEditRefused(
      (root) => pickEntry(root, 'campaigns', (e) => lengthOf(e.data.registrations) >= 1, 'mau-phong-trao'),
      (doc) => {
        doc.deleteIn(['registrations', 0, 'unit']);
        doc.setIn(['registrations', 0, 'residentialGroup'], 'tdp-99');
      },
      'registrations[0].residentialGroup',
      (root) => t('error.notInSettings', { values: readSettingsIds(root).residentialGroups.join(', ') }),
    ));

  test('campaign result naming a story that does not exist (results[0].honoree)', () => {
    const missing = 'cau-chuyen-khong-ton-tai';
    return expectEditRefused(
      (root) => pickEntry(root, 'campaigns', (e) => lengthOf(e.data.results) >= 1, 'mau-phong-trao'),
      (doc) => doc.setIn(['results', 0, 'honoree'], missing),
      'results[0].honoree',
      t('error.missingEntry', { id: missing, collection: 'honorees' }),
    );
  });

  test('duplicate slug: two documents with the same number', async () => {
    const root = cleanCopy();
    const doc = entriesOf(root, 'documents')[0];
    expect(doc, 'the shipped content should have at least one document').toBeDefined();
    if (!doc) return;
    const copy = duplicateFile(root, doc.file, `${basename(doc.file, '.md')}-ban-sao.md`);
    const result = await runBuild(root);
    // Whichever of the two is read second is the one reported; the message names the other.
    const [second, first] = issueLines(result).some((l) => l.trim().startsWith(`${copy} › number:`))
      ? [copy, doc.file]
      : [doc.file, copy];
    expectRefused(root, result, second, 'number', t('error.duplicateId', { id: doc.id, other: first }));
  });

  test('duplicate slug: two file names that slug to the same id', async () => {
    const root = cleanCopy();
    const entry = anyHonoree(root);
    // What an editor's upload might be called: "Ba Nguyen Thi Hoa.md" for ba-nguyen-thi-hoa.md.
    const spaced = entry.id
      .split('-')
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
      .join(' ');
    expect(slugify(spaced)).toBe(entry.id);
    const copy = duplicateFile(root, entry.file, `${spaced}.md`);
    const result = await runBuild(root);
    const [second, first] = issueLines(result).some((l) => l.trim().startsWith(`${copy}:`))
      ? [copy, entry.file]
      : [entry.file, copy];
    expectRefused(root, result, second, '', t('error.duplicateId', { id: entry.id, other: first }));
  });

  test('missing image file', () => {
    const path = './images/anh-khong-co-that.jpg';
    return expectEditRefused(
      personWithPhoto,
      (doc) => doc.setIn(['photo', 'src'], path),
      'photo.src',
      t('error.missingImage', { path }),
    );
  });

  test('image without alt text', () =>
    expectEditRefused(personWithPhoto, (doc) => doc.deleteIn(['photo', 'alt']), 'photo.alt', t('error.required')));

  test('image with blank alt text', () =>
    expectEditRefused(personWithPhoto, (doc) => doc.setIn(['photo', 'alt'], '   '), 'photo.alt', t('error.empty')));

  test('image file that is not a readable image (a phone photo in HEIC saved as .jpg)', async () => {
    const root = cleanCopy();
    const entry = personWithPhoto(root);
    const src = String(frontmatterValue(root, entry.file, ['photo', 'src']));
    // The start of an HEIF/HEIC file (ftyp box, brand heic): sharp, and so Astro, cannot decode it.
    const heic = Buffer.concat([
      Buffer.from([0, 0, 0, 0x18]),
      Buffer.from('ftypheic\0\0\0\0mif1heic'),
      Buffer.alloc(64),
    ]);
    writeFileSync(join(root, entry.file, '..', src), heic);
    const result = await runBuild(root);
    expect(result.code, result.output).not.toBe(0);
    const line = issueLines(result).find((l) => l.trim().startsWith(`${entry.file} › photo.src: `));
    expect(line, `the build should name ${entry.file} › photo.src:\n${result.output}`).toBeDefined();
    expect(leftovers(root)).toEqual([]);
  });

  test('person story without a consent record', () =>
    expectEditRefused(
      (root) => pickEntry(root, 'honorees', (e) => e.data.subjectType === 'ca-nhan', 'mau-ca-nhan-co-anh'),
      (doc) => doc.delete('consent'),
      'consent',
      t('error.consentMissing'),
    ));

  test('person story with a photo but consent.photo: false', () =>
    expectEditRefused(
      personWithPhoto,
      (doc) => doc.setIn(['consent', 'photo'], false),
      'consent.photo',
      t('error.consentPhoto'),
    ));

  test("unknown option value (subjectType: 'ca-nhan-x')", () =>
    expectEditRefused(
      anyHonoree,
      (doc) => doc.set('subjectType', 'ca-nhan-x'),
      'subjectType',
      t('error.invalidOption', { value: 'ca-nhan-x', values: OPTIONS.subjectType.join(', ') }),
    ));

  test('front matter that is not valid YAML (an unclosed quote)', async () => {
    const root = cleanCopy();
    const entry = anyHonoree(root);
    const path = join(root, entry.file);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^title: (.*)$/m, 'title: "$1'));
    const result = await runBuild(root);
    expect(result.code, result.output).not.toBe(0);
    const line = issueLines(result).find((l) => l.trim().startsWith(`${entry.file}: `));
    expect(line, result.output).toBeDefined();
    expect(line?.trim().startsWith(`${entry.file}: ${t('error.yaml', { message: '' })}`), line).toBe(true);
  });

  test('an announcement whose expiry precedes its date (announcement.expires)', () =>
    expectEditRefused(
      (root) => pickEntry(root, 'announcements', () => true, 'mau-thong-bao'),
      (doc) => {
        const date = String(doc.get('date'));
        const before = new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
        doc.set('expires', before);
      },
      'expires',
      (root) => {
        const entry = pickEntry(root, 'announcements', () => true, 'mau-thong-bao');
        const [date, expires] = [String(entry.data.date), String(entry.data.expires)].map(formatViDate);
        return t('error.announcementExpires', { expires: expires ?? '', date: date ?? '' });
      },
    ));

  test('a 500-character title', () => {
    const max = COLLECTIONS.honorees.fields.title.maxLength ?? 0;
    expect(max).toBeLessThan(500);
    const title = 'Gương người tốt việc tốt ở tổ dân phố '.repeat(20).slice(0, 500);
    expect(title).toHaveLength(500);
    return expectEditRefused(anyHonoree, (doc) => doc.set('title', title), 'title', t('error.tooLong', { max }));
  });

  test('a story with an empty body', async () => {
    const root = cleanCopy();
    const entry = anyHonoree(root);
    const path = join(root, entry.file);
    const source = readFileSync(path, 'utf8');
    writeFileSync(path, `${source.slice(0, source.indexOf('\n---', 3) + 5)}\n   \n`);
    expectRefused(root, await runBuild(root), entry.file, 'body', t('error.emptyBody'));
  });

  test('an .mdx entry in a folder the CMS edits', async () => {
    const root = cleanCopy();
    const entry = anyHonoree(root);
    const mdx = `${entry.file}x`;
    renameSync(join(root, entry.file), join(root, mdx));
    expectRefused(root, await runBuild(root), mdx, '', t('error.mdxInCms'));
  });

  test('unknown field name (a typo in the front matter)', async () => {
    const root = cleanCopy();
    const entry = anyHonoree(root);
    editFrontmatter(root, entry.file, (doc) => doc.set('tittle', 'Tiêu đề gõ nhầm tên trường'));
    const result = await runBuild(root);
    const line = issueLines(result).find((l) => l.trim().startsWith(`${entry.file} › tittle: `));
    expect(result.code, result.output).not.toBe(0);
    expect(line, result.output).toBeDefined();
    expect(line).toContain('"tittle"');
    expect(line, 'the message should list the valid field names').toContain('title');
  });
});

/** A fingerprint of every file in `dir`: relative path and SHA-256 of its bytes. */
function fingerprint(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

describe('a failed build never replaces a good dist/', () => {
  test('good build, then content the check refuses, then a page that fails while rendering', async () => {
    const root = cleanCopy();
    const good = await runBuild(root);
    expect(good.code, `the good content should build:\n${good.output}`).toBe(0);
    const dist = join(root, 'dist');
    const index = readFileSync(join(dist, 'index.html'), 'utf8');
    const before = fingerprint(dist);
    expect(before.size).toBeGreaterThan(1);
    expect(leftovers(root)).toEqual([]);

    // 1. Content that the check refuses: nothing is rendered.
    const entry = anyHonoree(root);
    const original = readFileSync(join(root, entry.file), 'utf8');
    editFrontmatter(root, entry.file, (doc) => doc.delete('title'));
    const refused = await runBuild(root);
    expect(refused.code, refused.output).not.toBe(0);
    expect(refused.output).toContain(`${entry.file} › title: `);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe(index);
    expect(fingerprint(dist)).toEqual(before);
    expect(leftovers(root)).toEqual([]);

    // 2. A failure inside Astro while pages are being written to the temporary folder: a
    //    developer's MDX page (MDX is for files the CMS does not edit) using a component that
    //    does not exist passes the content check and fails when it is rendered.
    writeFileSync(join(root, entry.file), original);
    writeFileSync(join(root, 'src/pages/trang-thu.mdx'), '# Trang thử\n\n<ThanhPhanKhongTonTai />\n');
    expect(contentProblems(root), 'pages are not the content check’s business').toBe('');
    const broken = await runBuild(root);
    expect(broken.code, `the MDX error should fail the build:\n${broken.output}`).not.toBe(0);
    expect(broken.output, 'Astro should have been rendering into its temporary folder').toMatch(/\.dist-building-next/);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe(index);
    expect(fingerprint(dist)).toEqual(before);
    expect(leftovers(root)).toEqual([]);
  });
});
