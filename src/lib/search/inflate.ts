/**
 * Pagefind's index files (metadata, WebAssembly, word index, filters, pages) are gzip files
 * holding a signature, "pagefind_dcd", then the data; pagefind.js inflates them with its own
 * JavaScript. The browser's DecompressionStream does the same in native code, several times
 * faster on a phone, and pagefind.js skips its own inflating when the bytes it gets already
 * start with the signature. The search worker (src/scripts/search-worker.ts) hands Pagefind
 * its files inflated this way. Web APIs only, no DOM: runs in a worker and under Vitest.
 */

const PAGEFIND_FILE = /\.(?:pf_meta|pf_index|pf_filter|pf_fragment|pagefind)$/;

/** True for the index files Pagefind stores gzipped (not its script or its entry JSON). */
export function isPagefindFile(url: string): boolean {
  return PAGEFIND_FILE.test(new URL(url, 'http://x/').pathname);
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * The response with its body inflated when it is gzip; `inflated` tells whether it was. An
 * error response, a body that is not gzip (a host that already sent it inflated) or one that
 * does not inflate is handed on as it came, for Pagefind to deal with as it always has.
 */
export async function inflate(response: Response): Promise<{ response: Response; inflated: boolean }> {
  if (!response.ok || typeof DecompressionStream !== 'function') return { response, inflated: false };
  const init = { status: response.status, statusText: response.statusText };
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (!isGzip(bytes)) return { response: new Response(bytes, init), inflated: false };
  try {
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return { response: new Response(await new Response(stream).arrayBuffer(), init), inflated: true };
  } catch {
    return { response: new Response(bytes, init), inflated: false };
  }
}
