/**
 * "A new ward needs no code change." Three production builds of project copies:
 * 1. the ward renamed only in content/, by a plain text replacement of every form of its
 *    name: the old name is then nowhere in dist/, so nothing outside content/ names the ward;
 * 2. and 3. `npm run new-ward` with --remove-examples and with --keep-examples: the result
 *    builds, and neither the old ward nor its province or former town is anywhere in dist/.
 * "Anywhere" is every file (pages, feeds, sitemap, robots.txt, _headers, radio .txt scripts,
 * the search index, the CMS bundle and its options) and the words of every share image, in
 * every form (tests/support/name-scan.ts). Bad options exit with code 2 and say what is wrong.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, test } from 'vitest';
import { entriesOf } from '../support/content.ts';
import { listFiles } from '../support/html.ts';
import { namesIn, namesInFolder } from '../support/name-scan.ts';
import { copyProject, removeProject, runBuild, runScript, type BuildResult } from '../support/project.ts';
import { TAN_PHONG_ARGS } from '../fixtures/new-ward/tan-phong.ts';

const OLD_WARD = 'Phùng Chí Kiên';
/** The old ward's province and former town, which only its own records and settings name. */
const OLD_PLACES = [OLD_WARD, 'Hưng Yên', 'Mỹ Hào'];
const NEW_ARGS = TAN_PHONG_ARGS;
const NEW_ORIGIN = 'https://guongsang.tanphong.gov.vn';

const copies: string[] = [];
afterAll(() => copies.forEach(removeProject));
function copy(): string {
  const dir = copyProject();
  copies.push(dir);
  return dir;
}

/** The words of every share image under dist/, read from its XMP: file → text. */
async function shareImageWords(dist: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const file of listFiles(dist).filter((f) => f.startsWith('chia-se/') && f.endsWith('.jpg')))
    out.set(file, (await sharp(join(dist, file)).metadata()).xmpAsString ?? '');
  return out;
}

/**
 * What every build here must show: it succeeded, the names are nowhere in dist/, the share
 * images carry their words (so the scan read them), and the new address is used.
 */
async function expectClean(
  dir: string,
  build: BuildResult,
  names: readonly string[],
  origin = NEW_ORIGIN,
): Promise<void> {
  expect(build.code, build.output).toBe(0);
  const dist = join(dir, 'dist');
  expect(namesInFolder(dist, names)).toEqual([]);
  const images = await shareImageWords(dist);
  expect(images.size).toBeGreaterThan(0);
  for (const [file, words] of images) {
    expect(words, file).toMatch(/<dc:title><rdf:Alt><rdf:li xml:lang="vi">[^<]+</);
    expect(namesIn(file, words, names)).toEqual([]);
  }
  expect(images.get('chia-se/trang-chu.jpg')).toContain('Tân Phong');
  expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${origin}/sitemap-index.xml`);
  expect(readFileSync(join(dist, 'admin/index.html'), 'utf8')).toContain(`"siteUrl":"${origin}"`);
  expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain('Tân Phong');
}

describe('the scan of a built site', () => {
  test('finds a name in every form it can be written in', () => {
    const forms = [
      'Phùng Chí Kiên',
      'PHÙNG CHÍ KIÊN',
      'Phùng Chí Kiên'.normalize('NFD'),
      'Phung Chi Kien',
      '/uy-ban-nhan-dan-phuong-phung-chi-kien/',
      'vanphong@phungchikien.example.vn',
      'Ph&#249;ng Ch&#xED; Ki&#234;n',
      '/tim-kiem/?q=Ph%C3%B9ng%20Ch%C3%AD%20Ki%C3%AAn',
      '"Ph\\u00f9ng Ch\\u00ed Ki\\u00ean"',
      'Phùng\n  Chí Kiên',
    ];
    for (const text of forms) expect(namesIn('x', text, [OLD_WARD]), text).toHaveLength(1);
    expect(namesIn('x', 'Anh Kiên ở phường bên cạnh', [OLD_WARD])).toEqual([]);
  });
});

describe('the ward renamed only in content/', () => {
  test('is named nowhere in the built site: nothing outside content/ names it', async () => {
    const dir = copy();
    // Every form of the name, in every content file: what a ward renaming its content by hand would do.
    const renames: [RegExp, string][] = [
      [/Phùng\s+Chí\s+Kiên/g, 'Tân Phong'],
      [/PHÙNG\s+CHÍ\s+KIÊN/g, 'TÂN PHONG'],
      [/Phung\s+Chi\s+Kien/gi, 'Tan Phong'],
      [/phung-chi-kien/gi, 'tan-phong'],
      [/phungchikien/gi, 'tanphong'],
    ];
    let renamed = 0;
    for (const file of listFiles(join(dir, 'content')).filter((f) => /\.(md|ya?ml)$/.test(f))) {
      const path = join(dir, 'content', file);
      const text = readFileSync(path, 'utf8').normalize('NFC');
      const next = renames.reduce((t, [from, to]) => t.replace(from, to), text);
      if (next !== text) {
        writeFileSync(path, next);
        renamed += 1;
      }
    }
    expect(renamed, 'content files that named the ward').toBeGreaterThan(10);
    await expectClean(dir, await runBuild(dir), [OLD_WARD], 'https://guongsang.tanphong.example.vn');

    // PDF attachments are the documents' own files, whose compressed text the scan cannot read:
    // each one in dist/ must come from content (a document's attachment), not from the code.
    const attached = entriesOf(dir, 'documents').flatMap((d) =>
      ((d.data['attachments'] ?? []) as { file: string }[]).map((a) => a.file),
    );
    const pdfs = listFiles(join(dir, 'dist')).filter((f) => f.endsWith('.pdf'));
    for (const pdf of pdfs) expect(attached, pdf).toContain(pdf);
  });
});

describe('npm run new-ward', () => {
  test('--remove-examples: only national documents are left, and the site builds without the old ward', async () => {
    const dir = copy();
    const run = await runScript(dir, 'scripts/new-ward.ts', [...NEW_ARGS, '--remove-examples']);
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain('Đã chuyển trang sang Ủy ban nhân dân xã Tân Phong:');
    expect(run.output).toContain('xóa content/documents/08-kh-ubnd.md (văn bản của địa phương:');
    expect(run.output).toContain('xóa public/files/08-kh-ubnd.pdf');
    expect(entriesOf(dir, 'honorees')).toEqual([]);
    expect(entriesOf(dir, 'campaigns')).toEqual([]);
    expect(entriesOf(dir, 'bulletins')).toEqual([]);
    const documents = entriesOf(dir, 'documents').map((d) => d.id);
    expect(documents.sort()).toEqual([
      '06-2022-qh15',
      '15-2003-qh11',
      '152-2025-nd-cp',
      '86-2023-nd-cp',
      '98-2023-nd-cp',
    ]);

    await expectClean(dir, await runBuild(dir), OLD_PLACES);
    const dist = join(dir, 'dist');
    expect(existsSync(join(dist, 'van-ban/06-2022-qh15/index.html'))).toBe(true);
    expect(existsSync(join(dist, 'van-ban/08-kh-ubnd/index.html'))).toBe(false);
    expect(existsSync(join(dist, 'files/08-kh-ubnd.pdf'))).toBe(false);
  });

  test('--keep-examples: the examples stay with the new ward’s name, and the site builds without the old ward', async () => {
    const dir = copy();
    const run = await runScript(dir, 'scripts/new-ward.ts', [...NEW_ARGS, '--keep-examples']);
    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(/sửa content\/honorees\/[^:]+: đổi tên phường Phùng Chí Kiên thành xã Tân Phong/);
    expect(entriesOf(dir, 'honorees').length).toBeGreaterThan(5);
    expect(entriesOf(dir, 'honorees').every((e) => e.data['example'] === true)).toBe(true);
    expect(entriesOf(dir, 'campaigns').every((e) => e.data['example'] === true)).toBe(true);

    await expectClean(dir, await runBuild(dir), OLD_PLACES);
    const dist = join(dir, 'dist');
    const featured = readFileSync(join(dist, 'guong-sang/ba-nguyen-thi-hoa-tu-sach-khuyen-hoc/index.html'), 'utf8');
    expect(featured).toContain('Chủ tịch Ủy ban nhân dân xã Tân Phong');
    // The bulletin's greeting is read on air from the .txt: the scan reads the new name there.
    expect(readFileSync(join(dist, 'phat-thanh/ban-tin/2026-11-26-sang.txt'), 'utf8')).toContain(
      'Đài Truyền thanh xã Tân Phong xin kính chào bà con',
    );
  });

  test('--dry-run prints what would change and writes nothing', async () => {
    const dir = copy();
    const content = () =>
      listFiles(join(dir, 'content')).map((f) => [f, readFileSync(join(dir, 'content', f), 'utf8')]);
    const before = content();
    const run = await runScript(dir, 'scripts/new-ward.ts', [...NEW_ARGS, '--remove-examples', '--dry-run']);
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain(
      'Xem trước (--dry-run), chưa ghi tệp nào; sẽ chuyển trang sang Ủy ban nhân dân xã Tân Phong:',
    );
    expect(run.output).toContain('xóa content/documents/08-kh-ubnd.md');
    expect(content()).toEqual(before);
    expect(existsSync(join(dir, 'public/files/08-kh-ubnd.pdf'))).toBe(true);
  });

  test('bad options exit with code 2, name the option and what would be right, and change nothing', async () => {
    const dir = copy();
    const before = readFileSync(join(dir, 'content/settings/site.yaml'), 'utf8');
    const cases: [string[], string][] = [
      [NEW_ARGS, 'thiếu --remove-examples hoặc --keep-examples'],
      [
        [...NEW_ARGS.slice(0, 2), '--unit-kind', 'thị trấn', ...NEW_ARGS.slice(4), '--keep-examples'],
        '--unit-kind "thị trấn" không đúng; chỉ dùng được: phường, xã, đặc khu.',
      ],
      [
        [...NEW_ARGS.slice(0, 6), '--site-url', 'http://guongsang.tanphong.gov.vn', '--keep-examples'],
        '--site-url "http://guongsang.tanphong.gov.vn" phải dùng https://',
      ],
      [
        [...NEW_ARGS.slice(0, 6), '--site-url', 'https://tanphong.gov.vn/guong-sang', '--keep-examples'],
        'có đường dẫn "/guong-sang": trang phải đặt ở gốc một tên miền',
      ],
      [[...NEW_ARGS, '--remove-examples', '--ward', 'x'], '--ward: không có tùy chọn này'],
    ];
    for (const [args, message] of cases) {
      const run = await runScript(dir, 'scripts/new-ward.ts', args);
      expect(run.code, run.output).toBe(2);
      expect(run.output).toContain('Chưa đổi gì vì tùy chọn chưa đúng:');
      expect(run.output).toContain(message);
      expect(run.output).toContain('Cách dùng:');
    }
    expect(readFileSync(join(dir, 'content/settings/site.yaml'), 'utf8')).toBe(before);
  });
});
