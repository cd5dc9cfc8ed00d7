import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { deleteYamlPaths } from '../../../src/lib/content/yaml-edit.ts';

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
