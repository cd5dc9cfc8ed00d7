import { describe, expect, test } from 'vitest';
import { fontFiles, pathData, textOutlines } from '../../../src/lib/share/glyphs.ts';

/** Every letter Vietnamese writes: the base letters with all tones and vowel marks, both cases. */
const VIETNAMESE = 'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ';
const ALL = VIETNAMESE + VIETNAMESE.toLocaleUpperCase('vi') + '0123456789 .,:;–—“”‘’!?()/·…';

describe('textOutlines', () => {
  const bold = textOutlines(fontFiles(700));

  test('has every Vietnamese letter, tone mark and common punctuation in the self-hosted font', () => {
    expect(bold.missing(ALL)).toEqual([]);
  });

  test('draws every character of a Vietnamese title as outlines without invalid numbers', () => {
    const d = bold.path('Gương sáng: Đường hoa ở tổ dân phố số 6', 64, 400, 60);
    expect(d).toMatch(/^M/);
    expect(d).not.toMatch(/NaN|undefined|Infinity/);
    // One outline or more per visible character.
    expect((d.match(/M/g) ?? []).length).toBeGreaterThanOrEqual('GươngsángĐườnghoaởtổdânphốsố6'.length);
  });

  test('measures text in proportion to the size, and a wider text as wider', () => {
    const w = bold.measure('Người tốt, việc tốt', 40);
    expect(w).toBeGreaterThan(0);
    expect(bold.measure('Người tốt, việc tốt', 80)).toBeCloseTo(2 * w, 5);
    expect(bold.measure('Người tốt, việc tốt và phong trào', 40)).toBeGreaterThan(w);
  });
});

describe('pathData', () => {
  test('writes move, line, curve and close commands rounded to one decimal', () => {
    expect(
      pathData([
        { type: 'M', x: 1.04, y: 2 },
        { type: 'L', x: 3, y: 4.56 },
        { type: 'Q', x1: 5, y1: 6, x: 7, y: 8 },
        { type: 'C', x1: 1, y1: 2, x2: 3, y2: 4, x: 5, y: 6 },
        { type: 'Z' },
      ]),
    ).toBe('M1 2L3 4.6Q5 6 7 8C1 2 3 4 5 6Z');
  });
});
