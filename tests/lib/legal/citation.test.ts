import { describe, expect, test } from 'vitest';
import { citation, citationWithUrl, documentCitation, unitCitation } from '../../../src/lib/legal/citation.ts';

const law = {
  type: 'luat',
  number: '06/2022/QH15',
  title: 'Luật Thi đua, khen thưởng',
  issued: '2022-06-15',
  issuer: 'Quốc hội khóa XV',
};
const decree = {
  type: 'nghi-dinh',
  number: '98/2023/NĐ-CP',
  title: 'Nghị định quy định chi tiết',
  issued: '2023-12-31',
  issuer: 'Chính phủ',
};
const plan = {
  type: 'ke-hoach',
  number: '08/KH-UBND',
  title: 'Kế hoạch',
  issued: '2025-01-13',
  issuer: 'Ủy ban nhân dân phường Phùng Chí Kiên',
};

describe('documentCitation', () => {
  test('cites a law by its name and number', () => {
    expect(documentCitation(law)).toBe('Luật Thi đua, khen thưởng số 06/2022/QH15');
  });
  test('cites other documents by type, number, date of issue and issuer', () => {
    expect(documentCitation(decree)).toBe('Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ');
    expect(documentCitation(plan)).toBe(
      'Kế hoạch số 08/KH-UBND ngày 13/01/2025 của Ủy ban nhân dân phường Phùng Chí Kiên',
    );
  });
});

describe('unitCitation', () => {
  test('cites article, clause and point from the largest down, leaving chapters out', () => {
    const chain = [
      { kind: 'chuong', number: 'II' },
      { kind: 'dieu', number: '24' },
      { kind: 'khoan', number: '2' },
      { kind: 'diem', number: 'a' },
    ] as const;
    expect(unitCitation(chain)).toBe('Điều 24 khoản 2 điểm a');
    expect(unitCitation(chain.slice(0, 3))).toBe('Điều 24 khoản 2');
    expect(unitCitation(chain.slice(0, 2))).toBe('Điều 24');
    expect(
      unitCitation([
        { kind: 'dieu', number: '5a' },
        { kind: 'khoan', number: '1' },
        { kind: 'diem', number: 'đ' },
      ]),
    ).toBe('Điều 5a khoản 1 điểm đ');
  });
  test('cites chapters, sections and sub-sections with the chapter they belong to', () => {
    expect(
      unitCitation([
        { kind: 'phan', number: 'thứ nhất' },
        { kind: 'chuong', number: 'II' },
      ]),
    ).toBe('Chương II');
    expect(
      unitCitation([
        { kind: 'chuong', number: 'II' },
        { kind: 'muc', number: '1' },
      ]),
    ).toBe('Chương II Mục 1');
    expect(unitCitation([{ kind: 'phan', number: 'I' }])).toBe('Phần I');
  });
  test('cites plan items as Mục II.1 and their sub-items as points', () => {
    expect(unitCitation([{ kind: 'section', number: 'II' }])).toBe('Mục II');
    expect(
      unitCitation([
        { kind: 'section', number: 'II' },
        { kind: 'item', number: '1' },
      ]),
    ).toBe('Mục II.1');
    expect(
      unitCitation([
        { kind: 'section', number: 'II' },
        { kind: 'item', number: '1' },
        { kind: 'subitem', number: 'b' },
      ]),
    ).toBe('Mục II.1 điểm b');
    expect(unitCitation([{ kind: 'item', number: '3' }])).toBe('Mục 3');
    expect(unitCitation([])).toBe('');
  });
});

describe('citation', () => {
  test('joins the unit and the document', () => {
    expect(
      citation(
        [
          { kind: 'dieu', number: '80' },
          { kind: 'khoan', number: '3' },
        ],
        law,
      ),
    ).toBe('Điều 80 khoản 3 Luật Thi đua, khen thưởng số 06/2022/QH15');
    expect(
      citation(
        [
          { kind: 'section', number: 'II' },
          { kind: 'item', number: '1' },
        ],
        plan,
      ),
    ).toBe('Mục II.1 Kế hoạch số 08/KH-UBND ngày 13/01/2025 của Ủy ban nhân dân phường Phùng Chí Kiên');
    expect(citation([], decree)).toBe(documentCitation(decree));
  });
});

describe('citationWithUrl', () => {
  test('puts the address after the citation', () => {
    expect(citationWithUrl('Điều 80 Luật X', 'https://a.example/van-ban/x/#dieu-80')).toBe(
      'Điều 80 Luật X (https://a.example/van-ban/x/#dieu-80)',
    );
  });
});
