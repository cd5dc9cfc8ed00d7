import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { committeeName, settingsText } from '../../src/content-pipeline/new-ward-settings.ts';
import { wardRenames } from '../../src/lib/content/ward-name.ts';

const options = {
  unitName: 'Tân Phong',
  unitKind: 'đặc khu',
  province: 'thành phố Hải Phòng',
  siteUrl: 'https://guongsang.tanphong.gov.vn',
  examples: 'keep',
  dryRun: false,
} as const;
const renames = wardRenames(
  { kind: 'phường', name: 'Đông Hòa', province: 'thành phố Hồ Chí Minh' },
  { kind: options.unitKind, name: options.unitName, province: options.province },
);
const rewrite = { options, oldKind: 'phường', renames, deletions: [] };

describe('settingsText', () => {
  test('site.yaml: the ward written whole, its name and kind replaced in the rest, other lines untouched', () => {
    const raw = [
      'siteName: Gương Sáng # tên trang',
      'tagline: Gương sáng phường Đông Hòa',
      'siteUrl: https://donghoa.example.vn',
      'unitKind: phường',
      'unitName: Đông Hòa',
      'committeeName: UBND phường Đông Hòa',
      'committeeNameEn: Đông Hòa Ward',
      'province: thành phố Hồ Chí Minh',
      'about: Trên địa bàn phường.',
      '',
    ].join('\n');
    const text = settingsText('site', raw, rewrite);
    expect(text.split('\n')[0]).toBe('siteName: Gương Sáng # tên trang');
    expect(parse(text)).toEqual({
      siteName: 'Gương Sáng',
      tagline: 'Gương sáng đặc khu Tân Phong',
      siteUrl: 'https://guongsang.tanphong.gov.vn',
      unitKind: 'đặc khu',
      unitName: 'Tân Phong',
      committeeName: 'Ủy ban nhân dân đặc khu Tân Phong',
      committeeNameEn: "People's Committee of Tân Phong Special Zone",
      province: 'thành phố Hải Phòng',
      about: 'Trên địa bàn đặc khu.',
    });
  });

  test('contacts.yaml gets the placeholder address in both languages', () => {
    const text = settingsText('contacts', 'address: x\naddressEn: y\nemail: a@donghoa.example.vn\n', rewrite);
    expect(parse(text)).toEqual({
      address: 'Trụ sở Ủy ban nhân dân đặc khu Tân Phong, thành phố Hải Phòng (địa chỉ ví dụ, đặc khu cập nhật)',
      addressEn:
        "Office of the People's Committee of Tân Phong Special Zone, Hải Phòng City (example address, to be updated by the special zone)",
      email: 'a@tanphong.example.vn',
    });
  });

  test('other settings files only lose the old name: the unit kind as a word stays', () => {
    const raw = 'abbreviations:\n  - abbr: ĐH\n    expansion: phường Đông Hòa\n  - abbr: P\n    expansion: phường\n';
    expect(settingsText('radio', raw, rewrite)).toBe(raw.replace('phường Đông Hòa', 'đặc khu Tân Phong'));
  });

  test('deletes the keys it is given', () => {
    const text = settingsText('site', 'featuredStory: da-xoa\nsiteName: G\n', {
      ...rewrite,
      deletions: [['featuredStory']],
    });
    expect(parse(text)).not.toHaveProperty('featuredStory');
  });
});

describe('committeeName', () => {
  test('is the People’s Committee of the unit', () => {
    expect(committeeName({ unitKind: 'xã', unitName: 'Tân Phong' })).toBe('Ủy ban nhân dân xã Tân Phong');
  });
});
