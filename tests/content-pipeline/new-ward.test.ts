/**
 * planNewWard on a small ward of its own (tests/fixtures/new-ward/: phường Đông Hòa): what it
 * writes and deletes with each choice for the examples, that the result passes the build's
 * content check, and that no form of the old name is left in what it rewrites.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { afterAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/content-pipeline/check.ts';
import { parseMarkdownFile } from '../../src/lib/content/frontmatter.ts';
import { applyNewWardPlan, NewWardError, planNewWard } from '../../src/content-pipeline/new-ward.ts';
import type { NewWardOptions } from '../../src/content-pipeline/new-ward-options.ts';
import { TAN_PHONG } from '../fixtures/new-ward/tan-phong.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/new-ward/', import.meta.url));

const OPTIONS: NewWardOptions = { ...TAN_PHONG, examples: 'keep', dryRun: false };

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the fixture ward to apply a plan to. */
function copyFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'new-ward-'));
  copies.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

function filesUnder(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(root, path) : [relative(root, path).split('\\').join('/')];
  });
}

/** Where any form of "Đông Hòa" is written in the text files under content/, folded by hand. */
function oldNameLeft(root: string, skip: readonly string[] = []): string[] {
  const folded = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .replace(/\s+/g, ' ');
  return filesUnder(root)
    .filter((f) => f.startsWith('content/') && /\.(md|yaml)$/.test(f) && !skip.includes(f))
    .filter((f) => /dong hoa|dong-hoa|donghoa/.test(folded(readFileSync(join(root, f), 'utf8'))));
}

const front = (root: string, file: string) => parseMarkdownFile(readFileSync(join(root, file), 'utf8')).data;
const settings = (root: string, name: string) =>
  parse(readFileSync(join(root, 'content/settings', `${name}.yaml`), 'utf8')) as Record<string, unknown>;

describe('planNewWard', () => {
  test('plans without writing: the fixture is unchanged', () => {
    const before = filesUnder(FIXTURE).map((f) => [f, readFileSync(join(FIXTURE, f), 'utf8')]);
    planNewWard(FIXTURE, OPTIONS);
    expect(filesUnder(FIXTURE).map((f) => [f, readFileSync(join(FIXTURE, f), 'utf8')])).toEqual(before);
  });

  test('writes the new ward into the settings, committee names and placeholder address included', () => {
    const root = copyFixture();
    applyNewWardPlan(root, planNewWard(root, OPTIONS));
    expect(settings(root, 'site')).toMatchObject({
      siteName: 'Gương Sáng',
      tagline: 'Người tốt, việc tốt ở xã Tân Phong',
      siteUrl: 'https://guongsang.tanphong.gov.vn',
      unitKind: 'xã',
      unitName: 'Tân Phong',
      committeeName: 'Ủy ban nhân dân xã Tân Phong',
      committeeNameEn: "People's Committee of Tân Phong Commune",
      province: 'tỉnh Lai Châu',
      featuredStory: 'clb-vi-du',
      about:
        'Trang Gương Sáng là nơi Ủy ban nhân dân xã Tân Phong giới thiệu những tấm gương người tốt, việc tốt trên địa bàn xã.',
    });
    expect(settings(root, 'contacts')).toMatchObject({
      address: 'Trụ sở Ủy ban nhân dân xã Tân Phong, tỉnh Lai Châu (địa chỉ ví dụ, xã cập nhật)',
      addressEn:
        "Office of the People's Committee of Tân Phong Commune, Lai Châu Province (example address, to be updated by the commune)",
      email: 'vanphong@tanphong.example.vn',
      units: [
        { name: 'Đài Truyền thanh xã', nameEn: 'Commune Radio Station', email: 'daitruyenthanh@tanphong.example.vn' },
      ],
    });
  });

  test('with --keep-examples: the ward’s own records and its plan go, examples stay renamed, references are cleaned', () => {
    const root = copyFixture();
    const plan = planNewWard(root, OPTIONS);
    expect([...plan.deletes].sort()).toEqual([
      'content/bulletins/ban-tin-ke-hoach.md',
      'content/campaigns/images/phong-trao-cua-phuong.jpg',
      'content/campaigns/phong-trao-cua-phuong.md',
      'content/documents/12-kh-ubnd.md',
      'content/honorees/images/to-tu-quan.jpg',
      'content/honorees/to-tu-quan.md',
      'public/files/12-kh-ubnd.pdf',
    ]);
    applyNewWardPlan(root, plan);
    expect(checkContent(root).issues).toEqual([]);
    expect(front(root, 'content/honorees/clb-vi-du.md')).toMatchObject({
      summary: 'Câu lạc bộ ví dụ của XÃ TÂN PHONG tặng sách cho học sinh nghèo ở xã Tân Phong mỗi năm học.',
      campaigns: ['phong-trao-vi-du'],
      awards: [{ issuer: 'Chủ tịch Ủy ban nhân dân xã Tân Phong' }],
    });
    // The plan's task went with the plan: the story no longer names it.
    expect(front(root, 'content/honorees/clb-vi-du.md')['task']).toBeUndefined();
    expect(plan.lines).toContain('sửa content/honorees/clb-vi-du.md: bỏ task = khen-thuong (mục đã xóa)');
    expect(front(root, 'content/campaigns/phong-trao-vi-du.md')['legalBasis']).toEqual(['06/2022/QH15']);
    expect(front(root, 'content/bulletins/ban-tin-vi-du.md')['items']).toEqual([
      { kind: 'guong-sang', honoree: 'clb-vi-du' },
      { kind: 'thong-bao', heading: 'Lời chào', text: 'Đài Truyền thanh xã Tân Phong xin kính chào bà con.' },
    ]);
    expect(readFileSync(join(root, 'content/honorees/clb-vi-du.md'), 'utf8')).toContain(
      'Câu lạc bộ ra đời năm 2020 ở Tân Phong (Tan Phong). Xem thêm tại guongsang.tanphong.example.vn/tan-phong.',
    );
    // Only the national decree still names the old ward: a legal text is not rewritten, it is reported.
    expect(oldNameLeft(root)).toEqual(['content/documents/98-2023-nd-cp.md']);
    expect(plan.warnings).toEqual([
      expect.stringMatching(
        /^Lưu ý: content\/documents\/98-2023-nd-cp\.md dòng 11 vẫn có "phường Đông Hòa"; văn bản pháp luật được giữ nguyên/,
      ),
    ]);
  });

  test('with --remove-examples: only national documents are left, the featured story is cleared, empty folders are kept', () => {
    const root = copyFixture();
    const plan = planNewWard(root, { ...OPTIONS, examples: 'remove' });
    applyNewWardPlan(root, plan);
    expect(checkContent(root).issues).toEqual([]);
    expect(
      filesUnder(root)
        .filter((f) => f.startsWith('content/') && !f.startsWith('content/settings/'))
        .sort(),
    ).toEqual([
      'content/bulletins/.gitkeep',
      'content/campaigns/.gitkeep',
      'content/documents/06-2022-qh15.md',
      'content/documents/98-2023-nd-cp.md',
      'content/honorees/.gitkeep',
    ]);
    expect(existsSync(join(root, 'public/files/12-kh-ubnd.pdf'))).toBe(false);
    expect(settings(root, 'site')['featuredStory']).toBeUndefined();
    expect(plan.lines).toContain('sửa content/settings/site.yaml: bỏ featuredStory = clb-vi-du (mục đã xóa)');
    expect(plan.lines).toContain('xóa content/honorees/to-tu-quan.md (mục của phường Đông Hòa, không phải ví dụ)');
    expect(plan.lines).toContain(
      'xóa content/documents/12-kh-ubnd.md (văn bản của địa phương: Ủy ban nhân dân phường Đông Hòa)',
    );
    expect(oldNameLeft(root)).toEqual(['content/documents/98-2023-nd-cp.md']);
  });

  test('run again on its own result, it moves the site on to the next ward', () => {
    const root = copyFixture();
    applyNewWardPlan(root, planNewWard(root, OPTIONS));
    applyNewWardPlan(
      root,
      planNewWard(root, { ...OPTIONS, unitName: 'Côn Đảo', unitKind: 'đặc khu', province: 'thành phố Hồ Chí Minh' }),
    );
    expect(checkContent(root).issues).toEqual([]);
    expect(settings(root, 'site')).toMatchObject({
      committeeName: 'Ủy ban nhân dân đặc khu Côn Đảo',
      committeeNameEn: "People's Committee of Côn Đảo Special Zone",
      tagline: 'Người tốt, việc tốt ở đặc khu Côn Đảo',
    });
    expect(front(root, 'content/honorees/clb-vi-du.md')['awards']).toEqual([
      expect.objectContaining({ issuer: 'Chủ tịch Ủy ban nhân dân đặc khu Côn Đảo' }),
    ]);
  });

  test('refuses settings that do not name the current ward, naming the file and the field', () => {
    const root = copyFixture();
    const site = join(root, 'content/settings/site.yaml');
    writeFileSync(site, readFileSync(site, 'utf8').replace(/^unitName: .*\n/m, ''));
    expect(() => planNewWard(root, OPTIONS)).toThrow(NewWardError);
    expect(() => planNewWard(root, OPTIONS)).toThrow(/^content\/settings\/site\.yaml › unitName: thiếu/);
  });

  test('refuses content that does not parse, listing the problems, and changes nothing', () => {
    const root = copyFixture();
    writeFileSync(join(root, 'content/honorees/hong.md'), '---\ntitle: [chưa đóng\n---\n');
    expect(() => planNewWard(root, OPTIONS)).toThrow(
      /Nội dung hiện có lỗi[\s\S]*content\/honorees\/hong\.md: lỗi cú pháp YAML/,
    );
  });
});
