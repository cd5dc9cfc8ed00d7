/**
 * Pagefind in a web worker (started by src/scripts/pagefind-client.ts). Decompressing the
 * index and running Pagefind's WebAssembly take a few hundred milliseconds of a phone's time;
 * here they no longer block the page's main thread, so typing, scrolling and painting stay
 * smooth while a search runs.
 *
 * The worker imports the site's own pagefind.js (Pagefind then runs without a worker of its
 * own) and answers the calls of PagefindProtocol one by one. A result's page data cannot cross
 * to the page as a function, so results travel as ids and the page asks for "data" by id.
 *
 * The files Pagefind is about to fetch (its entry file, metadata and WebAssembly, named by the
 * page in `prefetch`) are requested at once, in parallel with importing pagefind.js; when
 * Pagefind asks for one of them it gets that response rather than a second download.
 *
 * Pagefind's gzipped index files reach it already inflated by the browser's native
 * DecompressionStream (src/lib/search/inflate.ts), which saves its slower JavaScript inflating;
 * each inflated file leaves a performance mark "gs:inflated" naming it.
 */
import { inflate, isPagefindFile } from '../lib/search/inflate.ts';
import type { PagefindCall, PagefindModule, PagefindReply, PagefindResult } from './pagefind-client.ts';

declare const self: {
  location: Location;
  fetch: typeof fetch;
  onmessage: ((event: MessageEvent<PagefindCall>) => void) | null;
  postMessage: (reply: PagefindReply) => void;
};

const browserFetch = self.fetch.bind(self);
const early = new Map<string, Promise<Response>>();
const absolute = (url: string) => new URL(url, self.location.href).href;

/** Fetches a file, Pagefind's index files inflated natively. */
async function network(url: string, init?: RequestInit): Promise<Response> {
  const response = await browserFetch(url, init);
  if (!isPagefindFile(url)) return response;
  const result = await inflate(response);
  if (result.inflated) performance.mark('gs:inflated', { detail: new URL(url).pathname });
  return result.response;
}

self.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  if (input instanceof Request) return browserFetch(input, init);
  const url = absolute(input instanceof URL ? input.href : input);
  const response = early.get(url);
  if (!response || (init?.method ?? 'GET') !== 'GET') return network(url, init);
  early.delete(url);
  return response;
};

let module: Promise<PagefindModule> | undefined;
/** Pages of the results returned so far, by id. */
const pages = new Map<string, PagefindResult['data']>();

async function answer(call: PagefindCall): Promise<unknown> {
  if (call.method === 'start') {
    const [url, options, prefetch] = call.args;
    for (const file of prefetch) if (!early.has(absolute(file))) early.set(absolute(file), network(absolute(file)));
    module ??= import(/* @vite-ignore */ absolute(url)) as Promise<PagefindModule>;
    const pf = await module;
    await pf.options(options);
    await pf.init();
    return undefined;
  }
  if (!module) throw new Error('Pagefind has not been started');
  const pf = await module;
  switch (call.method) {
    case 'options':
      return pf.options(...call.args);
    case 'mergeIndex':
      return pf.mergeIndex(...call.args);
    case 'filters':
      return pf.filters();
    case 'data': {
      const data = pages.get(call.args[0]);
      if (!data) throw new Error(`No result ${call.args[0]}`);
      return data();
    }
    case 'search': {
      const response = await pf.search(...call.args);
      for (const result of response.results) pages.set(result.id, result.data);
      const results = response.results.map(({ id, score, words }) => ({ id, score, words }));
      return { results, filters: response.filters, totalFilters: response.totalFilters };
    }
  }
}

self.onmessage = (event) => {
  const call = event.data;
  answer(call).then(
    (result) => self.postMessage({ id: call.id, result }),
    (error: unknown) => self.postMessage({ id: call.id, error: String(error) }),
  );
};
