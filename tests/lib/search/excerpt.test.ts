import { describe, expect, test } from 'vitest';
import { bestWindow, buildExcerpt, originalWords, termCoverage, wordKey } from '../../../src/lib/search/excerpt.ts';

/** Positions of words in indexed text, as Pagefind reports them. */
function at(content: string, ...words: string[]): number[] {
  const all = content.split(/\s+/);
  return words.map((w) => all.indexOf(w));
}

describe('originalWords', () => {
  test('drops twins and moves a match on a twin to its word', () => {
    const content = 'Phong trào thi đua 〔dua〕 yêu nước';
    const words = originalWords(content, at(content, 'thi', '〔dua〕'));
    expect(words.map((w) => w.text)).toEqual(['Phong', 'trào', 'thi', 'đua', 'yêu', 'nước']);
    expect(words.filter((w) => w.marked).map((w) => w.text)).toEqual(['thi', 'đua']);
  });

  test('drops hidden search words, and a match on them marks nothing', () => {
    const content = 'Nghị định 〖nd 98〗 〖98/2023〗 về khen thưởng';
    const words = originalWords(content, at(content, '98〗', '〖98/2023〗'));
    expect(words.map((w) => w.text)).toEqual(['Nghị', 'định', 'về', 'khen', 'thưởng']);
    expect(words.some((w) => w.marked)).toBe(false);
  });

  test('keeps only the words of a section', () => {
    const content = 'Mở đầu. Điều 〔Dieu〕 80. Thẩm quyền. Điều 〔Dieu〕 81.';
    expect(originalWords(content, [], 2, 7).map((w) => w.text)).toEqual(['Điều', '80.', 'Thẩm', 'quyền.']);
  });

  test('a text read again, section by section, gives the words of one reading', () => {
    const content = 'Mở đầu 〔dau〕. 〖nd 98〗 Điều 〔Dieu〕 80. Thẩm quyền. Điều 〔Dieu〕 81 hết.';
    const hits = at(content, '〔dau〕.', '80.', '81');
    const whole = originalWords(content, hits);
    const other = originalWords('Một văn bản khác', [0]);
    const parts = [
      ...originalWords(content, hits, 0, 5),
      ...originalWords(content, hits, 5, 9),
      ...originalWords(content, hits, 9),
    ];
    expect(parts).toEqual(whole);
    expect(whole.filter((w) => w.marked).map((w) => w.text)).toEqual(['đầu', '80.', '81']);
    expect(other.map((w) => w.text)).toEqual(['Một', 'văn', 'bản', 'khác']);
  });
});

describe('bestWindow', () => {
  test('starts a little before the rarest matched word', () => {
    const marks = Array.from({ length: 100 }, (_, i): string | undefined => (i % 10 === 0 ? 'dieu' : undefined));
    marks[71] = '80';
    expect(bestWindow(marks, 20)).toBe(67);
  });

  test('starts at the beginning when everything fits', () => {
    expect(bestWindow(['a', undefined, 'b'], 30)).toBe(0);
  });
});

describe('wordKey', () => {
  test('folds, lower-cases and keeps only letters and digits', () => {
    expect(wordKey('Đua,')).toBe('dua');
    expect(wordKey('98/2023/NĐ-CP:')).toBe('982023ndcp');
  });
});

describe('buildExcerpt', () => {
  test('shows the original Vietnamese with the matches marked, one mark for neighbouring words', () => {
    const content = 'Phong trào thi đua 〔dua〕 yêu nước';
    const excerpt = buildExcerpt(content, at(content, 'thi', '〔dua〕'), { length: 30 });
    expect(excerpt.html).toBe('Phong trào <mark>thi đua</mark> yêu nước');
    expect(excerpt.text).toBe('Phong trào thi đua yêu nước');
    expect(excerpt.matches).toBe(2);
  });

  test('escapes the page text', () => {
    const content = 'a <b> & "c"';
    expect(buildExcerpt(content, [1], { length: 10 }).html).toBe('a <mark>&lt;b&gt;</mark> &amp; &quot;c&quot;');
  });

  test('cuts a long text around the matches with ellipses', () => {
    const words = Array.from({ length: 60 }, (_, i) => `w${i}`);
    words[30] = 'khen';
    const excerpt = buildExcerpt(words.join(' '), [30], { length: 10 });
    expect(excerpt.text).toBe('… w28 w29 khen w31 w32 w33 w34 w35 w36 w37 …');
  });

  test('with the query terms, marks whole words only, and word starts only for the last term', () => {
    const content = 'thiện nguyện thi đua 〔dua〕 thiết thực';
    const locations = at(content, 'thiện', 'thi', '〔dua〕', 'thiết');
    expect(buildExcerpt(content, locations, { length: 30, terms: ['thi', 'dua'] }).html).toBe(
      'thiện nguyện <mark>thi đua</mark> thiết thực',
    );
    expect(buildExcerpt(content, locations, { length: 30, terms: ['dua', 'thi'] }).html).toBe(
      '<mark>thiện</mark> nguyện <mark>thi đua thiết</mark> thực',
    );
  });

  test("keeps Pagefind's matches when none is a whole query word", () => {
    const content = 'khuyến học';
    expect(buildExcerpt(content, [0], { length: 10, terms: ['khuyen', 'ho'] }).html).toBe('<mark>khuyến</mark> học');
  });
});

describe('termCoverage', () => {
  test('counts the query words the text has, ignoring marks and twins', () => {
    expect(termCoverage('Bà Đỗ 〔Do〕 Thị Nga ở tổ 5', ['do', 'thi', 'nga'])).toEqual({ terms: 3, phrase: true });
  });

  test('sees words that are there but apart', () => {
    expect(termCoverage('đó 〔do〕 là ngày 〔x〕 thi', ['do', 'thi', 'nga'])).toEqual({ terms: 3, phrase: false });
  });

  test('lets the last word be the start of a word still being typed', () => {
    expect(termCoverage('tủ sách khuyến học', ['khuyen', 'ho'])).toEqual({ terms: 2, phrase: true });
    expect(termCoverage('tủ sách khuyến học', ['ho', 'khuyen'])).toEqual({ terms: 1, phrase: false });
  });

  test('reads a phrase across punctuation standing alone', () => {
    expect(termCoverage('“Tổ dân phố xanh – sạch – đẹp”', ['xanh', 'sach', 'dep']).phrase).toBe(true);
  });
});
