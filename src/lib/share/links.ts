/**
 * Share links that work without any third-party script: plain addresses that open Zalo's
 * and Facebook's own share pages with the page's address filled in.
 */

/**
 * Zalo's share page, as its official share button opens it: the payload `d` is the
 * base64 of {"url": "…"} (UTF-8), and shareType=0 shares a link.
 */
export function zaloShareUrl(pageUrl: string): string {
  const json = JSON.stringify({ url: pageUrl });
  const payload = btoa(String.fromCharCode(...new TextEncoder().encode(json)));
  return `https://button-share.zalo.me/share_external?layout=1&color=blue&customize=false&d=${encodeURIComponent(payload)}&shareType=0`;
}

/** Facebook's sharer, which reads the page's Open Graph tags. */
export function facebookShareUrl(pageUrl: string): string {
  return `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(pageUrl)}`;
}
