import { describe, test, expect } from 'vitest';
import rehypeAsciiIds, { addAsciiHeadingIds } from '../../../src/lib/text/rehype-ascii-ids.ts';

const h = (tagName: string, text: string, properties: Record<string, unknown> = {}) => ({
  type: 'element',
  tagName,
  properties,
  children: [{ type: 'text', value: text }],
});

const idsOf = (tree: { children: { properties?: Record<string, unknown> }[] }) =>
  tree.children.map((c) => c.properties?.['id']);

describe('addAsciiHeadingIds', () => {
  test('gives headings ASCII ids with đ folded to d', () => {
    const tree = {
      type: 'root',
      children: [h('h2', 'Chương I. Quy định chung'), h('h3', 'Điều 24. Khen thưởng đột xuất')],
    };
    addAsciiHeadingIds(tree);
    expect(idsOf(tree)).toEqual(['chuong-i-quy-dinh-chung', 'dieu-24-khen-thuong-dot-xuat']);
  });
  test('numbers repeated headings and keeps existing ids', () => {
    const tree = { type: 'root', children: [h('h2', 'Tóm tắt'), h('h2', 'Tóm tắt'), h('h2', 'X', { id: 'rieng' })] };
    addAsciiHeadingIds(tree);
    expect(idsOf(tree)).toEqual(['tom-tat', 'tom-tat-2', 'rieng']);
  });
  test('reads text inside nested elements and leaves other elements alone', () => {
    const tree = {
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'h2',
          properties: {},
          children: [{ type: 'element', tagName: 'strong', children: [{ type: 'text', value: 'Điều 5a' }] }],
        },
        { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'Đoạn' }] },
      ],
    };
    addAsciiHeadingIds(tree);
    expect(idsOf(tree)).toEqual(['dieu-5a', undefined]);
  });
  test('falls back to "muc" for headings with no letters or digits', () => {
    const tree = { type: 'root', children: [h('h2', '***')] };
    addAsciiHeadingIds(tree);
    expect(idsOf(tree)).toEqual(['muc']);
  });
});

describe('rehypeAsciiIds', () => {
  test('returns a transformer that sets the ids', () => {
    const tree = { type: 'root', children: [h('h2', 'Đoàn kết')] };
    rehypeAsciiIds()(tree);
    expect(idsOf(tree)).toEqual(['doan-ket']);
  });
});

describe('addAsciiHeadingIds with a prefix', () => {
  test('puts the prefix before every generated id, not before existing ones', () => {
    const tree = { type: 'root', children: [h('h4', 'Ghi chú'), h('h4', 'Ghi chú'), h('h4', 'Y', { id: 'co-san' })] };
    addAsciiHeadingIds(tree, 'dieu-80-');
    expect(idsOf(tree)).toEqual(['dieu-80-ghi-chu', 'dieu-80-ghi-chu-2', 'co-san']);
  });
  test('the plugin reads the prefix from the rendered file', () => {
    const tree = { type: 'root', children: [h('h3', 'Ghi chú')] };
    rehypeAsciiIds()(tree, { data: { astro: { frontmatter: { headingIdPrefix: 'muc-ii-' } } } });
    expect(idsOf(tree)).toEqual(['muc-ii-ghi-chu']);
  });
});
