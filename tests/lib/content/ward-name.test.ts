import { describe, expect, test } from 'vitest';
import {
  formsPattern,
  provinceEn,
  renameUnitKind,
  renameWard,
  wardNameForms,
  wardRenames,
} from '../../../src/lib/content/ward-name.ts';

const OLD = { kind: 'phường', name: 'Phùng Chí Kiên', province: 'tỉnh Hưng Yên' };
const NEW = { kind: 'xã', name: 'Tân Phong', province: 'tỉnh Lai Châu' };
const renames = wardRenames(OLD, NEW);
const rename = (text: string) => renameWard(text, renames).text;

describe('renameWard', () => {
  test('renames the ward with its kind, so the committee gets the new kind too', () => {
    expect(rename('Chủ tịch Ủy ban nhân dân phường Phùng Chí Kiên')).toBe('Chủ tịch Ủy ban nhân dân xã Tân Phong');
    expect(rename('Phường Phùng Chí Kiên có sáu tổ dân phố.')).toBe('Xã Tân Phong có sáu tổ dân phố.');
    expect(rename('Đài Truyền thanh phường Phùng Chí Kiên xin kính chào')).toBe('Đài Truyền thanh xã Tân Phong xin kính chào');
  });

  test('renames the name alone, in English, and the province with its kind', () => {
    expect(rename('Phùng Chí Kiên là phường ví dụ')).toBe('Tân Phong là phường ví dụ');
    expect(rename("People's Committee of Phùng Chí Kiên Ward, Hưng Yên Province")).toBe(
      "People's Committee of Tân Phong Commune, Lai Châu Province",
    );
    expect(rename('Đại hội Thi đua yêu nước tỉnh Hưng Yên lần thứ X')).toBe('Đại hội Thi đua yêu nước tỉnh Lai Châu lần thứ X');
  });

  test('renames every written form: upper case, no tone marks, slug, domain, NFD, a line break between words', () => {
    expect(rename('ỦY BAN NHÂN DÂN PHƯỜNG PHÙNG CHÍ KIÊN')).toBe('ỦY BAN NHÂN DÂN XÃ TÂN PHONG');
    expect(rename('UBND phuong Phung Chi Kien')).toBe('UBND xa Tan Phong');
    expect(rename('/van-ban/co-quan/uy-ban-nhan-dan-phuong-phung-chi-kien/')).toBe('/van-ban/co-quan/uy-ban-nhan-dan-xa-tan-phong/');
    expect(rename('vanphong@phungchikien.example.vn')).toBe('vanphong@tanphong.example.vn');
    expect(rename('phường Phùng Chí Kiên'.normalize('NFD'))).toBe('xã Tân Phong');
    expect(rename('Phường Phùng\n  Chí Kiên xây dựng')).toBe('Xã Tân Phong xây dựng');
  });

  test('counts the replacements and leaves other words alone, even when they share letters', () => {
    const result = renameWard('Anh Kiên ở phường bên cạnh; Phùng Chí Kiênh không phải tên phường.', renames);
    expect(result).toEqual({ text: 'Anh Kiên ở phường bên cạnh; Phùng Chí Kiênh không phải tên phường.', count: 0 });
    expect(renameWard('Phùng Chí Kiên, phường Phùng Chí Kiên', renames).count).toBe(2);
  });

  test('renames nothing when the ward keeps its name', () => {
    expect(wardRenames(OLD, OLD)).toEqual([]);
    expect(renameWard('phường Phùng Chí Kiên', [])).toEqual({ text: 'phường Phùng Chí Kiên', count: 0 });
  });
});

describe('renameUnitKind', () => {
  test('replaces the kind as a word of its own, in Vietnamese and in English', () => {
    expect(renameUnitKind('trên địa bàn phường, mà phường thực hiện', 'phường', 'xã').text).toBe(
      'trên địa bàn xã, mà xã thực hiện',
    );
    expect(renameUnitKind('Ward Radio Station', 'phường', 'đặc khu').text).toBe('Special Zone Radio Station');
    expect(renameUnitKind('Phường tổ chức', 'phường', 'xã').text).toBe('Xã tổ chức');
    expect(renameUnitKind('toward the wards', 'phường', 'xã').text).toBe('toward the wards');
    expect(renameUnitKind('phường', 'phường', 'phường').count).toBe(0);
  });
});

describe('wardNameForms', () => {
  test('lists the name, without marks, as a slug and run together', () => {
    expect(wardNameForms(OLD)).toEqual(['Phùng Chí Kiên', 'Phung Chi Kien', 'phung-chi-kien', 'phungchikien']);
    const pattern = formsPattern(wardNameForms(OLD));
    expect('guongsang.PHUNGCHIKIEN.example.vn'.match(pattern ?? /$^/)).toEqual(['PHUNGCHIKIEN']);
  });
});

describe('provinceEn', () => {
  test('puts the kind after the name, in English', () => {
    expect(provinceEn('tỉnh Lai Châu')).toBe('Lai Châu Province');
    expect(provinceEn('thành phố Hà Nội')).toBe('Hà Nội City');
    expect(provinceEn('Lai Châu')).toBe('Lai Châu');
  });
});
