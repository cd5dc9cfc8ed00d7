import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { parseHtml } from '../../support/html.ts';
import { REHYPE_PLUGINS } from '../../../src/lib/text/markdown-plugins.ts';

const renderer = createMarkdownProcessor({ syntaxHighlight: false, rehypePlugins: REHYPE_PLUGINS });

/** Renders Markdown through the site's pipeline (as a .md file at `path`). */
async function render(markdown: string, path = '/site/content/honorees/x.md'): Promise<string> {
  return (await (await renderer).render(markdown, { fileURL: new URL(`file://${path}`) })).code;
}

/** Every attribute name and value in `html`, for checks that nothing active is left. */
function attributes(html: string): [string, string][] {
  return parseHtml(html).flatMap((el) => Object.entries(el.attrs));
}

describe('rehypeSafeHtml', () => {
  test('removes script elements with their code', async () => {
    const html = await render('Trước\n\n<script>alert("xss")</script>\n\nSau <script>document.title="x"</script> hết.');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('alert');
    expect(html).not.toContain('document.title');
    expect(html).toContain('Trước');
    expect(html).toContain('hết.');
  });

  test('removes event handler attributes and keeps the element', async () => {
    const html = await render(
      '<img src="./images/a.jpg" alt="Ảnh" onerror="alert(1)">\n\n<b onclick="alert(2)">đậm</b>',
    );
    const names = attributes(html).map(([name]) => name);
    expect(names.filter((n) => n.startsWith('on'))).toEqual([]);
    expect(html).toContain('alt="Ảnh"');
    expect(html).toContain('<b>đậm</b>');
  });

  test('drops javascript:, data: and vbscript: links in Markdown and in HTML, keeps safe ones', async () => {
    const html = await render(
      [
        '[một](javascript:alert(1)) [hai](JaVaScRiPt:alert(2)) [ba](data:text/html;base64,PHNjcmlwdD4=)',
        '<a href="javascript:alert(3)">bốn</a> <a href=" javascript:alert(4)">năm</a> <a href="vbscript:x">sáu</a>',
        '[web](https://example.vn/) [thư](mailto:a@example.vn) [gọi](tel:+842213000000) [trang](/van-ban/) [mục](#dieu-1)',
      ].join('\n\n'),
    );
    const hrefs = attributes(html)
      .filter(([name]) => name === 'href')
      .map(([, value]) => value);
    expect(hrefs).toEqual(['https://example.vn/', 'mailto:a@example.vn', 'tel:+842213000000', '/van-ban/', '#dieu-1']);
    expect(html).toContain('bốn');
  });

  test('removes iframes, objects, embeds, styles and forms, with their content', async () => {
    const html = await render(
      [
        '<iframe src="https://example.com/"><p>khung</p></iframe>',
        '<object data="x.swf">vật</object><embed src="x.swf">',
        '<style>body { display: none }</style>',
        '<form action="https://example.com/"><input name="q"><button>Gửi</button></form>',
        '<svg><script>alert(1)</script></svg>',
        'Đoạn văn.',
      ].join('\n\n'),
    );
    for (const tag of ['iframe', 'object', 'embed', 'style', 'form', 'input', 'svg', 'script'])
      expect(html, tag).not.toMatch(new RegExp(`<${tag}\\b`, 'i'));
    expect(html).not.toContain('display: none');
    expect(html).not.toContain('khung');
    expect(html).toContain('Đoạn văn.');
  });

  test('removes inline styles and classes an editor typed', async () => {
    const html = await render('<p style="position:fixed;inset:0" class="skip-link">Chữ</p>');
    expect(html).toBe('<p>Chữ</p>');
  });

  test('drops ids an editor typed, so they cannot clash with the page, and gives headings ASCII ids', async () => {
    const html = await render('<div id="main">Nội dung</div>\n\n## Điều 24. Khen thưởng\n\n<h3 id="x">Mục con</h3>');
    expect(html).toContain('<div>Nội dung</div>');
    expect(html).toContain('<h2 id="dieu-24-khen-thuong">');
    expect(html).toContain('<h3 id="muc-con">');
  });

  test('keeps what ordinary Markdown produces: tables, lists, images, quotes, footnotes, task lists', async () => {
    const md = [
      '| Tổ | Số hộ |',
      '|:---|---:|',
      '| Tổ 1 | 120 |',
      '',
      '- [x] xong',
      '- [ ] chưa',
      '',
      '> Trích dẫn *nghiêng* và **đậm**, `mã`.',
      '',
      '![Ảnh hội nghị](./images/hoi-nghi.jpg "Hội nghị")',
      '',
      'Có chú thích.[^1]',
      '',
      '[^1]: Nguồn: kế hoạch 08/KH-UBND.',
    ].join('\n');
    const html = await render(md);
    const els = parseHtml(html);
    const tags = new Set(els.map((el) => el.tag));
    for (const tag of [
      'table',
      'thead',
      'tbody',
      'th',
      'td',
      'ul',
      'li',
      'input',
      'blockquote',
      'em',
      'strong',
      'code',
    ])
      expect(tags.has(tag), tag).toBe(true);
    // Local images still reach Astro's image processing, which reads them from this attribute.
    const img = JSON.parse(els.find((el) => el.tag === 'img')?.attrs.__astro_image_ ?? '{}') as unknown;
    expect(img).toMatchObject({ src: './images/hoi-nghi.jpg', alt: 'Ảnh hội nghị', title: 'Hội nghị' });
    expect(els.find((el) => el.tag === 'input')?.attrs).toMatchObject({ type: 'checkbox', disabled: '' });
    // Footnote references point at ids that exist.
    const ids = new Set(els.map((el) => el.attrs.id).filter(Boolean));
    const fragments = els.flatMap((el) => (el.attrs.href?.startsWith('#') ? [el.attrs.href.slice(1)] : []));
    expect(fragments.length).toBeGreaterThanOrEqual(2);
    expect(fragments.filter((f) => !ids.has(f))).toEqual([]);
    expect(els.find((el) => el.tag === 'section')?.attrs).toHaveProperty('data-footnotes');
  });

  test('leaves trusted MDX files alone', async () => {
    const tree = { type: 'root' as const, children: [{ type: 'raw' as const, value: '<x-kept></x-kept>' }] };
    const plugin = REHYPE_PLUGINS[0] as () => (tree: unknown, file: unknown) => unknown;
    expect(plugin()(tree, { path: '/site/src/pages/trang.mdx' })).toBe(tree);
  });
});
