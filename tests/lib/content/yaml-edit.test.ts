import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { deleteYamlPaths, setYamlValues } from '../../../src/lib/content/yaml-edit.ts';

const STORY = `title: Anh Tài cứu em bé
# Chiến dịch của phường
campaigns:
  - thi-dua-khen-thuong-2025
  - guong-nguoi-tot-viec-tot-2026
summary: >-
  Đang trên đường đi làm về, anh Tài nghe tiếng kêu cứu và lập tức nhảy xuống hồ, đưa được em bé
  sáu tuổi lên bờ.
example: true
`;

const BULLETIN = `title: Bản tin
items:
  - kind: van-ban
    document: 08/KH-UBND
  - kind: guong-sang
    honoree: anh-tai
notes: Đọc chậm.
`;

describe('deleteYamlPaths', () => {
  test('cuts out a list item and leaves every other line as written', () => {
    expect(deleteYamlPaths(STORY, [['campaigns', 0]])).toBe(STORY.replace('  - thi-dua-khen-thuong-2025\n', ''));
  });

  test('cuts out a key with its block value, and a list item that is a mapping', () => {
    expect(deleteYamlPaths(STORY, [['campaigns']])).toBe(
      STORY.replace('campaigns:\n  - thi-dua-khen-thuong-2025\n  - guong-nguoi-tot-viec-tot-2026\n', ''),
    );
    expect(deleteYamlPaths(BULLETIN, [['items', 0]])).toBe(BULLETIN.replace('  - kind: van-ban\n    document: 08/KH-UBND\n', ''));
    expect(deleteYamlPaths('a: 1\nb: 2', [['b']])).toBe('a: 1\n');
  });

  test('applies several deletions, list indices highest first', () => {
    const text = 'x:\n  - a\n  - b\n  - c\ny: 1\nz: 2\n';
    expect(deleteYamlPaths(text, [['x', 2], ['x', 0], ['z']])).toBe('x:\n  - b\ny: 1\n');
  });

  test('a flow list is written out again, with the same meaning', () => {
    const out = deleteYamlPaths('campaigns: [a, b]\ntitle: T\n', [['campaigns', 0]]);
    expect(parse(out)).toEqual({ campaigns: ['b'], title: 'T' });
  });

  test('nothing to delete, nothing changed', () => {
    expect(deleteYamlPaths(STORY, [])).toBe(STORY);
  });
});

describe('setYamlValues', () => {
  const SITE = `siteName: Gương Sáng
unitName: Phùng Chí Kiên # tên phường
committeeName: Ủy ban nhân dân phường Phùng Chí Kiên
about: >-
  Trang Gương Sáng là nơi Ủy ban nhân dân phường giới thiệu những tấm gương người tốt, việc tốt
  trên địa bàn phường.
`;

  test('replaces values where they stand, keeping comments and the other lines', () => {
    expect(setYamlValues(SITE, { unitName: 'Tân Phong', committeeName: 'Ủy ban nhân dân xã Tân Phong' })).toBe(
      SITE.replace('unitName: Phùng Chí Kiên', 'unitName: Tân Phong').replace(
        'committeeName: Ủy ban nhân dân phường Phùng Chí Kiên',
        'committeeName: Ủy ban nhân dân xã Tân Phong',
      ),
    );
  });

  test('quotes a value that needs it and adds a missing key at the end', () => {
    const out = setYamlValues(SITE, { unitName: 'Tân: Phong', province: 'tỉnh Lai Châu' });
    expect(out).toContain(`unitName: "Tân: Phong" # tên phường`);
    expect(out.endsWith('province: tỉnh Lai Châu\n')).toBe(true);
    expect(parse(out)).toMatchObject({ unitName: 'Tân: Phong', province: 'tỉnh Lai Châu', siteName: 'Gương Sáng' });
  });

  test('a block value is replaced by the new text', () => {
    expect(parse(setYamlValues(SITE, { about: 'Giới thiệu mới.' }))).toMatchObject({ about: 'Giới thiệu mới.' });
  });
});
