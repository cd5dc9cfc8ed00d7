import { describe, expect, test } from 'vitest';
import {
  findPersonalData,
  overrideKey,
  personalDataProblems,
  type PersonalDataKind,
} from '../../../src/lib/privacy/personal-data.ts';

const found = (text: string) => findPersonalData(text).map((m) => [m.kind, m.text]);
const kinds = (text: string): PersonalDataKind[] => findPersonalData(text).map((m) => m.kind);

describe('findPersonalData', () => {
  test.each([
    '0912345678',
    '0912 345 678',
    '0912.345.678',
    '0912-345-678',
    '091 234 5678',
    '0389 123 456',
    '0168 123 4567',
    '024 3825 1234',
    '(024) 3825 1234',
    '0221 3 862 345',
    '02213862345',
  ])('finds the phone number "%s"', (phone) => {
    expect(found(`Liên hệ anh Minh: ${phone}, buổi tối.`)).toEqual([['phone', phone]]);
  });

  test.each(['+84 912 345 678', '+84912345678', '(+84) 912 345 678', '+84 24 3825 1234'])(
    'finds the +84 form "%s" with its plus sign',
    (phone) => {
      expect(found(`Gọi ${phone} nhé`)).toEqual([['phone', phone]]);
    },
  );

  test('finds a phone number written after a year in the same run of numbers', () => {
    expect(found('Năm 2025 0912 345 678 là số của bà')).toEqual([['phone', '0912 345 678']]);
  });

  test.each(['001203012345', '001 203 012 345', '0012 0301 2345', '036 085 123 456'])(
    'finds the 12-digit citizen ID number "%s"',
    (id) => {
      expect(found(`Số CCCD ${id} cấp năm 2021`)).toEqual([['idNumber', id]]);
    },
  );

  test('finds a 9-digit ID-card number written unbroken or after the word CMND', () => {
    expect(found('CMND 145123456 do công an tỉnh cấp')).toEqual([['idNumber', '145123456']]);
    expect(found('chứng minh nhân dân số 145 123 456')).toEqual([['idNumber', '145 123 456']]);
  });

  test.each([
    'số nhà 12',
    'Số nhà 12A',
    'số nhà 12/5',
    'nhà số 27',
    'số 12 ngõ 5',
    'số 12, ngõ 5',
    'số 7 hẻm 12',
    'số 45 đường',
    'ngõ 5',
    'ngách 12/3',
    'hẻm 34',
    'kiệt 7',
    'căn hộ 1205',
  ])('finds the house number or address "%s"', (address) => {
    expect(found(`Gia đình bà ở ${address} cạnh chợ.`)).toEqual([['houseNumber', address]]);
  });

  test.each(['sinh ngày 12/3/1950', 'sinh ngày 02-03-1950', 'ngày sinh: 12.03.1950', 'sinh ngày 12 tháng 3 năm 1950'])(
    'finds the full birth date "%s"',
    (date) => {
      expect(found(`Ông ${date} tại làng.`)).toEqual([['birthDate', date]]);
    },
  );

  test.each([
    'Gia đình gần mười triệu đồng, tức 9.800.000 đồng.',
    'Quỹ có 150.000.000 đồng và 1.200.000.000 đồng tiền ủng hộ.',
    'Dự án 100.000.000.000 đồng',
    'Quyết định số 164/QĐ-UBND ngày 30/9/2025',
    'Nghị định 98/2023/NĐ-CP',
    'Tổ dân phố số 2 và tổ dân phố số 6 tuyên dương 35 hộ.',
    'Giai đoạn 2020 - 2025, từ 2020-2025, ngày 2025-10-06.',
    'Ông sinh năm 1950, năm nay 75 tuổi.',
    'Học sinh lớp 9 đạt 9,5 điểm.',
    'Tổng đài 1900 1234 của tỉnh',
    'đầu ngõ, cuối ngách, trong hẻm nhỏ',
    'Lúc 07.30 sáng, 12.05.2025',
  ])('leaves ordinary text alone: "%s"', (text) => {
    expect(found(text)).toEqual([]);
  });

  test('reports each piece once, in order of appearance', () => {
    const text = 'Bà ở số nhà 8 ngõ 5, gọi 0912 345 678 hoặc 0987654321.';
    expect(kinds(text)).toEqual(['houseNumber', 'houseNumber', 'phone', 'phone']);
    const matches = findPersonalData(text);
    for (const m of matches) expect(text.slice(m.index, m.index + m.text.length)).toBe(m.text);
  });

  test('reads decomposed (NFD) Vietnamese like composed text', () => {
    expect(kinds('số nhà 12'.normalize('NFD'))).toEqual(['houseNumber']);
  });
});

describe('overrideKey', () => {
  test('ignores case, spacing and Unicode composition', () => {
    expect(overrideKey('Số nhà  12')).toBe(overrideKey('số nhà 12'.normalize('NFD')));
    expect(overrideKey('0221 3 862 345')).toBe(overrideKey('02213862345'));
  });
});

describe('personalDataProblems', () => {
  const source = [
    '---',
    'title: Bà Hoa mở tủ sách',
    'summary: >-',
    '  Bà ở số nhà 12, gọi',
    '  0912 345 678 để mượn sách.',
    'awards:',
    '  - title: Giấy khen',
    'consent:',
    '  givenBy: Con gái bà, số 0987 654 321',
    '---',
    '',
    'Đoạn đầu không có gì.',
    '',
    'Số CCCD của bà là 001203012345.',
    '',
  ].join('\n');
  const data = {
    title: 'Bà Hoa mở tủ sách',
    summary: 'Bà ở số nhà 12, gọi 0912 345 678 để mượn sách.',
    awards: [{ title: 'Giấy khen' }],
    consent: { givenBy: 'Con gái bà, số 0987 654 321' },
  };
  const body = '\nĐoạn đầu không có gì.\n\nSố CCCD của bà là 001203012345.\n';

  test('names the field and the line of the file for front matter and body', () => {
    const problems = personalDataProblems({ data, body, source });
    expect(problems.map((p) => [p.field, p.line, p.kind, p.text])).toEqual([
      ['summary', 4, 'houseNumber', 'số nhà 12'],
      ['summary', 5, 'phone', '0912 345 678'],
      ['body', 14, 'idNumber', '001203012345'],
    ]);
  });

  test('does not read the consent record, which is never published', () => {
    const problems = personalDataProblems({ data, body: '', source });
    expect(problems.some((p) => p.field.startsWith('consent'))).toBe(false);
  });

  test('lets through exactly the texts listed in privacyOverride.allow', () => {
    const withOverride = {
      ...data,
      privacyOverride: { allow: ['0912  345 678', 'Số nhà 12'], reason: 'Số điện thoại và địa chỉ tủ sách công cộng' },
    };
    const problems = personalDataProblems({ data: withOverride, body, source });
    expect(problems.map((p) => p.text)).toEqual(['001203012345']);
  });

  test('counts lines within each field when there is no file (the CMS)', () => {
    const problems = personalDataProblems({ data: { title: 'Tủ sách' }, body: 'Dòng một\nGọi 0912345678' });
    expect(problems.map((p) => [p.field, p.line])).toEqual([['body', 2]]);
  });
});
