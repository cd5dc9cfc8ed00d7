import { describe, expect, test } from 'vitest';
import { markdownToParagraphs, readRomanLead, stripHtml } from '../../../src/lib/radio/markdown.ts';
import { DEFAULT_READING } from '../../../src/lib/radio/number-words.ts';

const paragraphs = (md: string) => markdownToParagraphs(md, DEFAULT_READING);

describe('markdownToParagraphs', () => {
  test('keeps the words of emphasis, links and code, and drops images', () => {
    expect(paragraphs('Bà **Hoa** _mở_ [tủ sách](/a) `nhỏ` ![ảnh](x.jpg)')).toEqual(['Bà Hoa mở tủ sách nhỏ.']);
  });
  test('makes headings and list items sentences, ordered items with an ordinal', () => {
    expect(paragraphs('## Cách tham gia\n\n1. Báo tổ trưởng\n2. Tổ xác nhận\n\n- Một việc;\n')).toEqual([
      'Cách tham gia.',
      'Thứ nhất: Báo tổ trưởng.',
      'Thứ hai: Tổ xác nhận.',
      'Một việc;',
    ]);
  });
  test('reads a Roman numeral that numbers a heading', () => {
    expect(paragraphs('# II. Nhiệm vụ')).toEqual(['Hai. Nhiệm vụ.']);
  });
  test('strips raw HTML and skips code blocks and rules', () => {
    expect(paragraphs('<p>Chào&nbsp;bà con<br>phường</p>\n\n```\ncode\n```\n\n---\n\nHết')).toEqual([
      'Chào bà con phường.',
      'Hết.',
    ]);
  });
  test('reads table rows as sentences', () => {
    expect(paragraphs('| Tổ | Hộ |\n|---|---|\n| Một | Mười |')).toEqual(['Tổ, Hộ.', 'Một, Mười.']);
  });
});

describe('readRomanLead', () => {
  test('leaves text without a leading numeral alone', () => {
    expect(readRomanLead('Ý kiến bà con', DEFAULT_READING)).toBe('Ý kiến bà con');
  });
});

describe('stripHtml', () => {
  test('decodes numeric entities', () => {
    expect(stripHtml('a&#39;b&#x27;c')).toBe("a'b'c");
  });
});
