import { describe, expect, test } from 'vitest';
import { facebookShareUrl, zaloShareUrl } from '../../../src/lib/share/links.ts';

const page = 'https://guongsang.example.vn/guong-sang/ba-hoa/?a=1&b=đ';

describe('zaloShareUrl', () => {
  test("opens Zalo's share page with the page address as base64 JSON (UTF-8)", () => {
    const url = new URL(zaloShareUrl(page));
    expect(url.origin + url.pathname).toBe('https://button-share.zalo.me/share_external');
    expect(url.searchParams.get('shareType')).toBe('0');
    const d = url.searchParams.get('d') ?? '';
    const json = new TextDecoder().decode(Uint8Array.from(atob(d), (c) => c.charCodeAt(0)));
    expect(JSON.parse(json)).toEqual({ url: page });
  });
});

describe('facebookShareUrl', () => {
  test("opens Facebook's sharer with the encoded page address", () => {
    const url = new URL(facebookShareUrl(page));
    expect(url.origin + url.pathname).toBe('https://www.facebook.com/sharer/sharer.php');
    expect(url.searchParams.get('u')).toBe(page);
  });
});
