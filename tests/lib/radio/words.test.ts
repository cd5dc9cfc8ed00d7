import { describe, expect, test } from 'vitest';
import { documentLines } from '../../../src/lib/radio/words.ts';

describe('documentLines', () => {
  test('word the identity, effective date and subject of a document as read aloud', () => {
    expect(documentLines.identity('Nghị định số chín mươi tám', '31/12/2023', 'Chính phủ')).toBe(
      'Nghị định số chín mươi tám ngày 31/12/2023 của Chính phủ.',
    );
    expect(documentLines.effective('01/01/2024')).toBe('Có hiệu lực từ ngày 01/01/2024.');
    expect(documentLines.subject('Quy định chi tiết')).toBe('Trích yếu: Quy định chi tiết');
  });
});
