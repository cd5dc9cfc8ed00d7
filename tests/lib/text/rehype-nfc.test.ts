import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { REHYPE_PLUGINS } from '../../../src/lib/text/markdown-plugins.ts';

describe('rehypeNfc', () => {
  test('renders decomposed Vietnamese text, alt text and heading ids as NFC', async () => {
    const renderer = await createMarkdownProcessor({ syntaxHighlight: false, rehypePlugins: REHYPE_PLUGINS });
    const nfd = '## Điều 24. Khen thưởng\n\nChiều hôm ấy, anh Tài *đi làm về*.\n\n![Ảnh bờ hồ](./a.jpg)'.normalize(
      'NFD',
    );
    expect(nfd).not.toBe(nfd.normalize('NFC'));
    const { code } = await renderer.render(nfd);
    expect(code.normalize('NFC')).toBe(code);
    expect(code).toContain('Chiều hôm ấy, anh Tài <em>đi làm về</em>.');
    expect(code).toContain('Ảnh bờ hồ');
    expect(code).toContain('id="dieu-24-khen-thuong"');
  });
});
