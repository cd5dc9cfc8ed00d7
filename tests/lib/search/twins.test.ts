import { describe, expect, test } from 'vitest';
import { addFoldTwins, addTwinsToText, hiddenTokens, stripTwins, twinOf } from '../../../src/lib/search/twins.ts';

describe('twinOf', () => {
  test('folds a word with đ, marks and all', () => {
    expect(twinOf('đường')).toBe('〔duong〕');
  });

  test('keeps case and drops punctuation around the word', () => {
    expect(twinOf('“Đức”,')).toBe('〔Duc〕');
  });

  test('folds a document number', () => {
    expect(twinOf('98/2023/NĐ-CP:')).toBe('〔98/2023/ND-CP〕');
  });

  test('gives none for words without đ: the index already folds tone marks', () => {
    expect(twinOf('người')).toBeUndefined();
    expect(twinOf('thi')).toBeUndefined();
  });
});

describe('addTwinsToText', () => {
  test('puts each twin right after its word', () => {
    expect(addTwinsToText('Phong trào thi đua yêu nước')).toBe('Phong trào thi đua 〔dua〕 yêu nước');
  });

  test('leaves hidden search words alone', () => {
    expect(addTwinsToText('〖NĐ 98〗 〖ND 98〗')).toBe('〖NĐ 98〗 〖ND 98〗');
  });

  test('keeps the spacing of text without đ as it is', () => {
    expect(addTwinsToText('  người tốt,\n việc tốt ')).toBe('  người tốt,\n việc tốt ');
  });
});

describe('addFoldTwins', () => {
  test('adds twins to the text of the body only', () => {
    const html = '<html><head><title>Thi đua</title></head><body><h1>Thi đua</h1></body></html>';
    expect(addFoldTwins(html)).toBe(
      '<html><head><title>Thi đua</title></head><body><h1>Thi đua 〔dua〕</h1></body></html>',
    );
  });

  test('never touches attributes, scripts or styles', () => {
    const html = '<body><a title="đua" href="/đ">đi</a><script>const đ = "đua";</script><style>.đ{}</style></body>';
    expect(addFoldTwins(html)).toBe(
      '<body><a title="đua" href="/đ">đi 〔di〕</a><script>const đ = "đua";</script><style>.đ{}</style></body>',
    );
  });

  test('copes with ">" inside a quoted attribute value', () => {
    expect(addFoldTwins('<body><p data-x="a>b">đúng</p></body>')).toBe(
      '<body><p data-x="a>b">đúng 〔dung〕</p></body>',
    );
  });

  test('separates the words of neighbouring cells so they are not glued together', () => {
    expect(addFoldTwins('<body><dl><dt>Số, ký hiệu</dt><dd>98/2023</dd></dl></body>')).toBe(
      '<body><dl><dt>Số, ký hiệu </dt><dd>98/2023 </dd></dl></body>',
    );
  });
});

describe('stripTwins', () => {
  test('removes twins and hidden search words', () => {
    expect(stripTwins('Thi đua 〔dua〕 năm 2025 〖nd 98〗 〖98/2023〗')).toBe('Thi đua năm 2025');
  });

  test('is the inverse of addTwinsToText', () => {
    const text = 'Đoàn kết, đổi mới: đường làng sạch đẹp';
    expect(stripTwins(addTwinsToText(text))).toBe(text);
  });
});

describe('hiddenTokens', () => {
  test('wraps each token and drops empty ones and stray markers', () => {
    expect(hiddenTokens(['NĐ 98', ' ', '98/2023〗'])).toBe('〖NĐ 98〗 〖98/2023〗');
  });
});
