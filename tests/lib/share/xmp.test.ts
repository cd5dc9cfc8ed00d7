import { describe, expect, test } from 'vitest';
import { shareImageXmp } from '../../../src/lib/share/xmp.ts';

describe('shareImageXmp', () => {
  test('holds the title, and the kicker and footer as the description, in NFC', () => {
    const xmp = shareImageXmp({
      title: 'Bà Nguyễn Thị Hoa'.normalize('NFD'),
      kicker: 'Gương sáng · Tổ dân phố số 3',
      footer: 'Gương Sáng · xã Tân Phong',
    });
    expect(xmp).toMatch(/^<\?xpacket begin="\uFEFF"/);
    expect(xmp).toContain('<dc:title><rdf:Alt><rdf:li xml:lang="vi">Bà Nguyễn Thị Hoa</rdf:li></rdf:Alt></dc:title>');
    expect(xmp).toContain('Gương sáng · Tổ dân phố số 3 · Gương Sáng · xã Tân Phong');
    expect(xmp).toMatch(/<\?xpacket end="r"\?>$/);
  });

  test('escapes markup in the text', () => {
    const xmp = shareImageXmp({ title: 'A <b> & "c"', kicker: 'k', footer: "l'f" });
    expect(xmp).toContain('A &#60;b&#62; &#38; &#34;c&#34;');
    expect(xmp).toContain('l&#39;f');
    expect(xmp).not.toContain('<b>');
  });
});
