/**
 * Pagefind for the page: run in a web worker (src/scripts/search-worker.ts) so that its
 * decompressing and WebAssembly never block the page, or on the page itself where a worker
 * cannot start. Either way the caller gets the same object with Pagefind's own API.
 */
import type { PagefindData } from '../lib/search/view.ts';

type Counts = Record<string, Record<string, number>>;
type Options = Record<string, unknown>;

export interface PagefindResult {
  id: string;
  score: number;
  /** Positions of the matched words in the page's indexed text. */
  words: number[];
  data: () => Promise<PagefindData>;
}
export interface PagefindResponse {
  results: PagefindResult[];
  filters: Counts;
  totalFilters: Counts;
}
export interface Pagefind {
  options: (options: Options) => Promise<void>;
  search: (term: string | null, options?: Options) => Promise<PagefindResponse>;
  filters: () => Promise<Counts>;
  mergeIndex: (path: string, options?: Options) => Promise<void>;
}
/** What pagefind.js exports. */
export interface PagefindModule extends Pagefind {
  init: () => Promise<void>;
}

/** A call to the worker: start it, or one of Pagefind's functions, or a result's page data by id. */
export type PagefindCall = { id: number } & (
  | { method: 'start'; args: [url: string, options: Options, prefetch: string[]] }
  | { method: 'options'; args: [Options] }
  | { method: 'search'; args: [string | null, Options?] }
  | { method: 'filters'; args: [] }
  | { method: 'mergeIndex'; args: [string, Options?] }
  | { method: 'data'; args: [id: string] }
);
export interface PagefindReply {
  id: number;
  result?: unknown;
  error?: string;
}

/** A worker the page started while loading (src/components/SearchWorkerStart.astro), with its "start" call (id 0). */
interface EarlyWorker {
  worker: Worker;
  started: Promise<void>;
}

async function inWorker(url: string, options: Options, prefetch: string[]): Promise<Pagefind> {
  const early = (window as { gsSearchWorker?: EarlyWorker }).gsSearchWorker;
  const worker =
    early?.worker ?? new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module', name: 'pagefind' });
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let next = 0;
  let broken: Error | undefined;
  const fail = (message: string) => {
    broken = new Error(message);
    for (const call of waiting.values()) call.reject(broken);
    waiting.clear();
  };
  worker.addEventListener('error', (event) => fail(event.message || 'The search worker failed'));
  worker.addEventListener('message', (event: MessageEvent<PagefindReply>) => {
    const { id, result, error } = event.data;
    const call = waiting.get(id);
    waiting.delete(id);
    if (error === undefined) call?.resolve(result);
    else call?.reject(new Error(error));
  });
  const call = <T>(method: PagefindCall['method'], ...args: unknown[]): Promise<T> =>
    new Promise((resolve, reject) => {
      if (broken) return reject(broken);
      next += 1;
      waiting.set(next, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ id: next, method, args });
    });
  try {
    await (early ? early.started : call('start', url, options, prefetch));
  } catch (error) {
    worker.terminate();
    throw error;
  }
  return {
    options: (value) => call('options', value),
    async search(term, value) {
      const response = await call<PagefindResponse>('search', term, value);
      const results = response.results.map((r) => ({ ...r, data: () => call<PagefindData>('data', r.id) }));
      return { ...response, results };
    },
    filters: () => call('filters'),
    mergeIndex: (path, value) => call('mergeIndex', path, value),
  };
}

async function onPage(url: string, options: Options): Promise<Pagefind> {
  const module = (await import(/* @vite-ignore */ url)) as PagefindModule;
  await module.options(options);
  await module.init();
  return module;
}

/**
 * Loads Pagefind from `url` (its pagefind.js) with `options`; `prefetch` lists the index
 * files worth requesting at once (see src/scripts/search-worker.ts).
 */
export async function loadPagefind(url: string, options: Options, prefetch: string[] = []): Promise<Pagefind> {
  if (typeof Worker === 'function') {
    try {
      return await inWorker(url, options, prefetch);
    } catch {
      // No module workers, or the worker was refused: Pagefind runs on the page instead.
    }
  }
  return onPage(url, options);
}
