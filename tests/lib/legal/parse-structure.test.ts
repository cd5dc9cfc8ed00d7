import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  allUnits,
  firstSentence,
  numberSlug,
  parseStructure,
  tableOfContents,
  unitChains,
  type LegalStructure,
  type LegalUnit,
} from '../../../src/lib/legal/parse-structure.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/legal/${name}.md`, import.meta.url), 'utf8');

const ids = (s: LegalStructure) => allUnits(s).map((u) => u.id);
const unit = (s: LegalStructure, id: string): LegalUnit => {
  const found = allUnits(s).find((u) => u.id === id);
  if (!found) throw new Error(`no unit ${id} in ${ids(s).join(', ')}`);
  return found;
};
const texts = (s: LegalStructure) =>
  s.nodes.flatMap((n) => (n.kind === 'text' ? [`${n.role}: ${n.body.split('\n')[0]}`] : []));

describe('parseStructure', () => {
  describe('normative text (fixtures/legal/normative.md)', () => {
    const s = parseStructure(fixture('normative'));

    test('recognises every level with nested ASCII anchors', () => {
      expect(ids(s)).toEqual([
        'phan-thu-nhat',
        'chuong-i',
        'dieu-1',
        'dieu-2',
        'dieu-2-khoan-1',
        'dieu-2-khoan-2',
        'dieu-2-khoan-2-diem-a',
        'dieu-2-khoan-2-diem-b',
        'dieu-2-khoan-2-diem-c',
        'dieu-2-khoan-2-diem-d',
        'dieu-2-khoan-2-diem-dd',
        'dieu-2-khoan-2-diem-e',
        'chuong-ii',
        'chuong-ii-muc-1',
        'chuong-ii-muc-1-tieu-muc-1',
        'dieu-5',
        'dieu-5-khoan-1',
        'dieu-5-khoan-1-diem-a1',
        'dieu-5a',
        'chuong-ii-muc-2',
        'dieu-6',
        'dieu-6-khoan-1',
        'dieu-6-khoan-2',
        'chuong-iia',
        'dieu-7',
      ]);
      expect(s.duplicates).toEqual([]);
    });

    test('nests each unit under the nearest higher level, skipping absent ones', () => {
      const parentOf = new Map(unitChains(s).map((chain) => [chain.at(-1)?.id, chain.at(-2)?.id]));
      expect(parentOf.get('chuong-i')).toBe('phan-thu-nhat');
      expect(parentOf.get('dieu-2')).toBe('chuong-i');
      expect(parentOf.get('dieu-5')).toBe('chuong-ii-muc-1-tieu-muc-1');
      expect(parentOf.get('dieu-5a')).toBe('chuong-ii-muc-1-tieu-muc-1');
      expect(parentOf.get('dieu-6')).toBe('chuong-ii-muc-2');
      expect(parentOf.get('chuong-iia')).toBe('phan-thu-nhat');
      expect(parentOf.get('dieu-5-khoan-1-diem-a1')).toBe('dieu-5-khoan-1');
    });

    test('reads kinds, numbers and titles, including a title on the next line', () => {
      expect(unit(s, 'phan-thu-nhat')).toMatchObject({ kind: 'phan', number: 'thứ nhất', title: 'Quy định chung' });
      expect(unit(s, 'chuong-i')).toMatchObject({ kind: 'chuong', number: 'I', title: 'NHỮNG QUY ĐỊNH CHUNG' });
      expect(unit(s, 'dieu-2')).toMatchObject({ kind: 'dieu', number: '2', title: 'Đối tượng áp dụng' });
      expect(unit(s, 'dieu-5a')).toMatchObject({ kind: 'dieu', number: '5a', title: 'Điều được chèn thêm' });
      expect(unit(s, 'dieu-2-khoan-2-diem-dd')).toMatchObject({ kind: 'diem', number: 'đ', lead: 'Doanh nghiệp;' });
      expect(unit(s, 'chuong-iia')).toMatchObject({ number: 'IIa', title: 'Chương được chèn thêm' });
    });

    test('keeps text after a marker line as the body of its unit', () => {
      expect(unit(s, 'dieu-1').body).toBe('Luật này quy định về thi đua, khen thưởng.');
      expect(unit(s, 'dieu-5').body).toBe('Đoạn mở đầu của điều.');
      expect(unit(s, 'dieu-2-khoan-1')).toMatchObject({ lead: 'Công dân Việt Nam.', body: '' });
      expect(texts(s)).toEqual(['preamble: Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;']);
    });

    test('does not take a running sentence that starts with "Điều 19" for an article', () => {
      expect(ids(s)).not.toContain('dieu-19');
      expect(unit(s, 'dieu-2-khoan-2-diem-e').body).toContain('Điều 19 và Điều 20 quy định');
    });

    test('leaves quoted amending text, blockquotes, nested lists and code inside the unit', () => {
      const article6 = unit(s, 'dieu-6-khoan-1');
      expect(article6.body).toContain('“Điều 3. Giải thích từ ngữ');
      expect(article6.body).toContain('2. Khen thưởng là việc ghi nhận.”');
      expect(ids(s)).not.toContain('dieu-3');
      expect(unit(s, 'dieu-6-khoan-2').body).toContain('> 1. Dòng trong trích dẫn');
      expect(unit(s, 'dieu-6-khoan-2').body).toContain('  1. Mục lồng trong danh sách');
      expect(ids(s)).not.toContain('dieu-99');
    });
  });

  describe('administrative plan (fixtures/legal/plan.md)', () => {
    const s = parseStructure(fixture('plan'));

    test('recognises I. sections, 1. items and a) sub-items with anchors', () => {
      expect(ids(s)).toEqual([
        'muc-i',
        'muc-i-1',
        'muc-i-2',
        'muc-ii',
        'muc-ii-1',
        'muc-ii-1-a',
        'muc-ii-1-b',
        'muc-ii-2',
        'muc-iii',
        'muc-iii-1',
      ]);
      expect(allUnits(s).map((u) => u.kind)).toEqual([
        'section',
        'item',
        'item',
        'section',
        'item',
        'subitem',
        'subitem',
        'item',
        'section',
        'item',
      ]);
    });

    test('gives a heading item a title and a plain item its text as the lead', () => {
      expect(unit(s, 'muc-i-1')).toMatchObject({
        title: 'Mục đích',
        lead: '',
        body: 'Đẩy mạnh các phong trào thi đua.',
      });
      expect(unit(s, 'muc-ii-1').lead).toMatch(/^Tuyên truyền, phổ biến pháp luật/);
      expect(unit(s, 'muc-ii-1').body).toBe('Tăng cường phối hợp.');
      expect(unit(s, 'muc-iii')).toMatchObject({ title: 'TỔ CHỨC THỰC HIỆN' });
    });

    test('keeps the preamble and the closing (Trên đây là…, Nơi nhận, signature) out of the units', () => {
      expect(texts(s)).toEqual([
        'preamble: Số: 08 /KH-UBND',
        'closing: Trên đây là Kế hoạch công tác thi đua, khen thưởng năm 2025.',
      ]);
      const closing = s.nodes.at(-1);
      expect(closing?.kind === 'text' && closing.body).toContain('- Như mục III;');
      expect(unit(s, 'muc-iii-1').body).toBe('');
    });
  });

  describe('a decision followed by the regulation it issues (fixtures/legal/decision-with-regulation.md)', () => {
    const s = parseStructure(fixture('decision-with-regulation'));

    test('starts a new part after the closing: repeated numbers get distinct anchors and are not errors', () => {
      expect(ids(s)).toEqual(['dieu-1', 'dieu-2', 'dieu-3', 'chuong-i', 'dieu-1-2', 'dieu-2-2', 'dieu-2-2-khoan-1']);
      expect(s.duplicates).toEqual([]);
      expect(s.nodes.map((n) => n.kind)).toEqual(['text', 'dieu', 'dieu', 'dieu', 'text', 'chuong']);
    });
  });

  describe('repeated numbers (fixtures/legal/duplicates.md)', () => {
    test('reports a repeated article or chapter with both lines and still gives unique anchors', () => {
      const s = parseStructure(fixture('duplicates'));
      expect(ids(s)).toEqual(['chuong-i', 'dieu-5', 'dieu-5-2', 'chuong-i-2']);
      expect(s.duplicates).toEqual([
        { kind: 'dieu', number: '5', id: 'dieu-5', firstLine: 3, line: 7 },
        { kind: 'chuong', number: 'I', id: 'chuong-i', firstLine: 1, line: 11 },
      ]);
    });
  });

  describe('Markdown styles editors produce (fixtures/legal/markdown-styles.md)', () => {
    const s = parseStructure(fixture('markdown-styles'));

    test('reads bold lines, escaped dots, bold numbers, upper-case headings and a bare "Điều 3:"', () => {
      expect(ids(s)).toEqual([
        'dieu-1',
        'dieu-1-khoan-1',
        'dieu-1-khoan-2',
        'dieu-1-khoan-2-diem-a',
        'dieu-1-khoan-2-diem-b',
        'dieu-2',
        'dieu-3',
      ]);
      expect(unit(s, 'dieu-1').title).toBe('Phạm vi điều chỉnh');
      expect(unit(s, 'dieu-1-khoan-1').lead).toBe('Khoản viết với dấu chấm đã thoát, như trình soạn thảo của CMS lưu.');
      expect(unit(s, 'dieu-1-khoan-2').lead).toBe('Khoản có số in đậm, *chữ nghiêng* giữ nguyên.');
      expect(unit(s, 'dieu-1-khoan-2-diem-a')).toMatchObject({ title: 'Điểm in đậm cả dòng', lead: '' });
      expect(unit(s, 'dieu-1-khoan-2-diem-b').lead).toBe('Điểm có [liên kết](https://vbpl.vn/).');
      expect(unit(s, 'dieu-2').title).toBe('QUY ĐỊNH VIẾT HOA');
      expect(unit(s, 'dieu-3')).toMatchObject({ title: '', body: 'Nội dung điều không có tên.' });
    });
  });

  test('gives a body without structure as one preamble block', () => {
    expect(parseStructure('Đoạn một.\n\nĐoạn hai.\n')).toEqual({
      nodes: [{ kind: 'text', role: 'preamble', body: 'Đoạn một.\n\nĐoạn hai.' }],
      duplicates: [],
    });
    expect(parseStructure('')).toEqual({ nodes: [], duplicates: [] });
  });

  test('accepts Windows line endings and decomposed Vietnamese', () => {
    const s = parseStructure('Đie\u0302\u0300u 4. Te\u0302n\r\n\r\n1. Kho\u1ea3n.\r\n');
    expect(ids(s)).toEqual(['dieu-4', 'dieu-4-khoan-1']);
  });

  test('takes a point directly under an article and numbered lines with no article as items', () => {
    expect(ids(parseStructure('Điều 3. Tên\n\na) Điểm thẳng dưới điều.'))).toEqual(['dieu-3', 'dieu-3-diem-a']);
    expect(ids(parseStructure('1. Việc một.\n\na) Chi tiết.\n\n2. Việc hai.'))).toEqual(['muc-1', 'muc-1-a', 'muc-2']);
  });
});

describe('numberSlug', () => {
  test('folds numbers to ASCII, keeping đ apart from d', () => {
    expect(numberSlug('II')).toBe('ii');
    expect(numberSlug('5a')).toBe('5a');
    expect(numberSlug('đ')).toBe('dd');
    expect(numberSlug('d')).toBe('d');
    expect(numberSlug('thứ nhất')).toBe('thu-nhat');
  });
});

describe('tableOfContents', () => {
  test('lists parts, chapters, sections and articles, not clauses or points', () => {
    const toc = tableOfContents(parseStructure(fixture('normative')));
    const flat = (entries: typeof toc): string[] => entries.flatMap((e) => [e.id, ...flat(e.children)]);
    expect(flat(toc)).toEqual([
      'phan-thu-nhat',
      'chuong-i',
      'dieu-1',
      'dieu-2',
      'chuong-ii',
      'chuong-ii-muc-1',
      'chuong-ii-muc-1-tieu-muc-1',
      'dieu-5',
      'dieu-5a',
      'chuong-ii-muc-2',
      'dieu-6',
      'chuong-iia',
      'dieu-7',
    ]);
  });
  test('lists plan items, untitled ones by the first sentence of their text', () => {
    const toc = tableOfContents(parseStructure(fixture('plan')));
    expect(toc.map((e) => [e.id, e.text])).toEqual([
      ['muc-i', 'MỤC ĐÍCH, YÊU CẦU'],
      ['muc-ii', 'NỘI DUNG'],
      ['muc-iii', 'TỔ CHỨC THỰC HIỆN'],
    ]);
    expect(toc[1]?.children.map((e) => e.text)).toEqual([
      'Tuyên truyền, phổ biến pháp luật về thi đua, khen thưởng.',
      'Đăng ký thi đua.',
    ]);
  });
});

describe('firstSentence', () => {
  test('stops at the first full stop, semicolon or colon and drops Markdown', () => {
    expect(firstSentence('Một **câu** đầu; phần sau.')).toBe('Một câu đầu;');
    expect(firstSentence('Xem [văn bản](/van-ban/x/). Thêm.')).toBe('Xem văn bản.');
  });
  test('shortens a long sentence at a word boundary', () => {
    const long =
      'Tham gia các lớp tập huấn nghiệp vụ công tác thi đua, khen thưởng cho công chức, viên chức làm công tác thi đua';
    const short = firstSentence(long, 40);
    expect(short.endsWith('…')).toBe(true);
    expect(short.length).toBeLessThanOrEqual(41);
    expect(long.startsWith(short.slice(0, -1))).toBe(true);
  });
});
