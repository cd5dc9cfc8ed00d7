import { describe, expect, test } from 'vitest';
import { FrontmatterError, normaliseText, parseMarkdownFile } from '../../../src/lib/content/frontmatter.ts';

describe('parseMarkdownFile', () => {
  test('keeps dates as the plain strings the editor typed', () => {
    const { data } = parseMarkdownFile('---\npublished: 2025-01-13\n---\nBody');
    expect(data.published).toBe('2025-01-13');
  });

  test('splits front matter from the body', () => {
    const { data, body } = parseMarkdownFile('---\ntitle: Xin chào\n---\n\nNội dung');
    expect(data).toEqual({ title: 'Xin chào' });
    expect(body).toBe('\nNội dung');
  });

  test('accepts CRLF line endings and a byte-order mark', () => {
    const { data, body } = parseMarkdownFile('\uFEFF---\r\ntitle: A\r\n---\r\nB\r\nC');
    expect(data.title).toBe('A');
    expect(body).toBe('B\nC');
  });

  test('normalises text to NFC', () => {
    const { data } = parseMarkdownFile(`---\ntitle: ${'Thi đua'.normalize('NFD')}\n---\n`);
    expect(data.title).toBe('Thi đua'.normalize('NFC'));
  });

  test('treats a file without front matter as all body', () => {
    expect(parseMarkdownFile('Chỉ có nội dung')).toEqual({ data: {}, body: 'Chỉ có nội dung' });
  });

  test('reports broken YAML as a FrontmatterError', () => {
    expect(() => parseMarkdownFile('---\ntitle: [unclosed\n---\n')).toThrow(FrontmatterError);
  });

  test('refuses front matter that is not a mapping', () => {
    expect(() => parseMarkdownFile('---\n- a\n- b\n---\n')).toThrow(FrontmatterError);
  });
});

describe('normaliseText', () => {
  test('turns lone CR into LF', () => {
    expect(normaliseText('a\rb')).toBe('a\nb');
  });
});

describe('parseMarkdownFile errors', () => {
  test('gives the line number as the editor sees it in the file', () => {
    const text = '---\ntitle: A\nname: "unclosed\n---\n';
    expect(() => parseMarkdownFile(text)).toThrow(/dòng 3/);
  });
});
