/**
 * Search benchmark: builds a synthetic ward (bench/generate.ts, 5,000 stories and 500
 * documents by default) and opens /tim-kiem/?q=… in Chromium for each query of the search
 * test table (tests/fixtures/search/queries.ts), each time with an empty cache, as someone
 * arriving from the header search box. Per query it measures the bytes transferred for
 * /pagefind/ (bodies and headers, as served with gzip like any production host) by the
 * requests the page and its search worker made until the results were on screen, and the time
 * from navigation to results on screen (the search page sets a performance mark,
 * src/scripts/search-page.ts).
 *
 * Run on its own with `npx node bench/search.ts`; `npm run bench` calls it on its largest site.
 * Knobs (environment): BENCH_STORIES, BENCH_DOCUMENTS; BENCH_SITE=<project copy already
 * built> to measure again without rebuilding; BENCH_KEEP=1 to keep the generated copy.
 */
import { createReadStream, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../tests/support/browser.ts';
import { runBuild } from '../tests/support/project.ts';
import { SEARCH_QUERIES } from '../tests/fixtures/search/queries.ts';
import { createSyntheticSite } from './generate.ts';

/** Budgets of the search issue: a first query, with nothing cached. */
export const SEARCH_TARGETS = { firstQueryBytes: 150 * 1024, msToResults: 300 } as const;

export interface QueryFigure {
  q: string;
  /** /pagefind/ bytes transferred (bodies and headers) by the requests made until the results were shown. */
  bytes: number;
  /** /pagefind/ requests until the results were shown. */
  requests: number;
  /** Milliseconds from navigation start to results on screen. */
  ms: number;
  /** Milliseconds from the search script starting to results on screen. */
  searchMs: number;
  /** Milliseconds from navigation start to the page's first paint (First Contentful Paint): the page's own share. */
  paintMs: number;
  /**
   * Milliseconds the page's main thread was busy until results were on screen (Chromium's
   * TaskDuration): close to the time to results on an idle machine with a fast connection,
   * and unlike wall-clock time not inflated when other processes share the CPU.
   */
  busyMs: number;
  /** Number of results found. */
  results: number;
}

export interface SearchBench {
  stories: number;
  documents: number;
  pagesIndexed: number;
  buildSeconds: number | null;
  indexBytes: number;
  queries: QueryFigure[];
  summary: {
    maxBytes: number;
    medianBytes: number;
    maxMs: number;
    medianMs: number;
    p95Ms: number;
    medianBusyMs: number;
    maxBusyMs: number;
    medianPaintMs: number;
    medianSearchMs: number;
    /** Queries within the bytes target. */
    withinBytes: number;
  };
  /** Load average of the machine while measuring (1 minute), for reading the times. */
  loadAverage: number;
  targets: typeof SEARCH_TARGETS;
  withinTargets: boolean;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
};
const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.svg']);

/**
 * A static server for dist/ that gzips text as production hosts do (Pagefind's own files are
 * already gzipped). Each file is compressed once and kept, as a host's cache or precompressed
 * files would have it: compressing on every request would take the CPU the browser being
 * measured needs, on the same machine.
 */
function serveCompressed(dir: string): Promise<{ server: Server; url: string }> {
  const gzipped = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir + sep) && file !== dir) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const ext = extname(file);
    const headers: Record<string, string> = { 'Content-Type': TYPES[ext] ?? 'application/octet-stream' };
    if (ext === '.wasm' || file.endsWith('.pagefind')) headers['Content-Type'] = 'application/wasm';
    const gzip = COMPRESSED.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding']));
    if (gzip) headers['Content-Encoding'] = 'gzip';
    if (!gzip) {
      res.writeHead(200, headers);
      createReadStream(file).pipe(res);
      return;
    }
    let body = gzipped.get(file);
    if (!body) gzipped.set(file, (body = gzipSync(readFileSync(file), { level: 9 })));
    res.writeHead(200, { ...headers, 'Content-Length': String(body.length) });
    res.end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
    }),
  );
}

function dirSize(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
}

/** Pages in the index, from Pagefind's entry file. */
function pageCount(dist: string): number {
  const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? 0;
}

/** The resources a page or worker requested, with when (milliseconds since the epoch). */
function resourcesStarted(): { path: string; at: number }[] {
  return performance
    .getEntriesByType('resource')
    .map((e) => ({ path: new URL(e.name).pathname, at: performance.timeOrigin + e.startTime }));
}

async function measure(siteUrl: string): Promise<QueryFigure[]> {
  const browser = await launchBrowser();
  const figures: QueryFigure[] = [];
  try {
    for (const { q } of SEARCH_QUERIES) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      const sizes: Promise<{ path: string; size: number }>[] = [];
      let shown = false;
      context.on('requestfinished', (request) => {
        const path = new URL(request.url()).pathname;
        if (shown || !path.startsWith('/pagefind/')) return;
        sizes.push(request.sizes().then((s) => ({ path, size: s.responseBodySize + s.responseHeadersSize })));
      });
      await page.goto(`${siteUrl}/tim-kiem/?q=${encodeURIComponent(q)}`);
      await page.waitForFunction(() => performance.getEntriesByName('gs:search-results').length > 0, null, {
        timeout: 60_000,
      });
      shown = true;
      // Only what was asked for before the results were shown: the page goes on to load the
      // filters' counts and the rest of the first page right after, which can finish before
      // the wait above returns.
      const done = await page.evaluate(
        () => performance.timeOrigin + (performance.getEntriesByName('gs:search-results')[0]?.startTime ?? Infinity),
      );
      const asked = new Set(
        (
          await Promise.all([
            page.evaluate(resourcesStarted),
            ...page.workers().map((worker) => worker.evaluate(resourcesStarted)),
          ])
        )
          .flat()
          .filter((r) => r.at <= done)
          .map((r) => r.path),
      );
      const { metrics } = await cdp.send('Performance.getMetrics');
      const busy = metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
      const timing = await page.evaluate(() => {
        const done = performance.getEntriesByName('gs:search-results')[0]?.startTime ?? 0;
        const start = performance.getEntriesByName('gs:search-start')[0]?.startTime ?? 0;
        const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
        return {
          ms: done,
          searchMs: done - start,
          paintMs: paint,
          results: document.querySelectorAll('#search-results > li').length,
        };
      });
      const status = await page.locator('#search-status').innerText();
      const requests = (await Promise.all(sizes)).filter((r) => asked.has(r.path));
      const bytes = requests.reduce((sum, r) => sum + r.size, 0);
      figures.push({
        q,
        bytes,
        requests: requests.length,
        ms: Math.round(timing.ms),
        searchMs: Math.round(timing.searchMs),
        paintMs: Math.round(timing.paintMs),
        busyMs: Math.round(busy * 1000),
        results: Number(/^\d+/.exec(status)?.[0] ?? timing.results),
      });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return figures;
}

export async function benchSearch(): Promise<SearchBench> {
  const stories = Number(process.env.BENCH_STORIES ?? 5000);
  const documents = Number(process.env.BENCH_DOCUMENTS ?? 500);
  const reuse = process.env.BENCH_SITE;
  const site = reuse ? undefined : createSyntheticSite({ stories, documents });
  const dir = reuse ?? site?.dir ?? '';
  try {
    let buildSeconds: number | null = null;
    if (!reuse || !existsSync(join(dir, 'dist', 'index.html'))) {
      const build = await runBuild(dir);
      if (build.code !== 0) throw new Error(`The synthetic site did not build:\n${build.output.slice(-4000)}`);
      buildSeconds = Number((build.ms / 1000).toFixed(1));
    }
    const dist = join(dir, 'dist');
    const { server, url } = await serveCompressed(dist);
    let queries: QueryFigure[];
    try {
      queries = await measure(url);
    } finally {
      server.close();
    }
    const bytes = queries.map((f) => f.bytes);
    const ms = queries.map((f) => f.ms);
    const busy = queries.map((f) => f.busyMs);
    const summary = {
      medianBusyMs: percentile(busy, 0.5),
      medianPaintMs: percentile(
        queries.map((f) => f.paintMs),
        0.5,
      ),
      medianSearchMs: percentile(
        queries.map((f) => f.searchMs),
        0.5,
      ),
      maxBusyMs: Math.max(...busy),
      withinBytes: bytes.filter((b) => b <= SEARCH_TARGETS.firstQueryBytes).length,
      maxBytes: Math.max(...bytes),
      medianBytes: percentile(bytes, 0.5),
      maxMs: Math.max(...ms),
      medianMs: percentile(ms, 0.5),
      p95Ms: percentile(ms, 0.95),
    };
    const entries = (collection: string) =>
      readdirSync(join(dir, 'content', collection)).filter((f) => f.endsWith('.md')).length;
    return {
      stories: entries('honorees'),
      documents: entries('documents'),
      pagesIndexed: pageCount(dist),
      buildSeconds,
      indexBytes: dirSize(join(dist, 'pagefind')),
      queries,
      summary,
      targets: SEARCH_TARGETS,
      loadAverage: loadavg()[0] ?? 0,
      withinTargets: summary.maxBytes <= SEARCH_TARGETS.firstQueryBytes && summary.maxMs <= SEARCH_TARGETS.msToResults,
    };
  } finally {
    if (site && process.env.BENCH_KEEP !== '1') site.remove();
    else if (site) {
      site.keep();
      console.log(`Synthetic site kept at ${site.dir}`);
    }
  }
}

/** Prints the per-query table and the summary against the targets. */
export function printSearchBench(bench: SearchBench): void {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `\nSearch on a synthetic ward: ${bench.stories} stories, ${bench.documents} documents, ` +
      `${bench.pagesIndexed} pages indexed, index ${kb(bench.indexBytes)}` +
      (bench.buildSeconds === null ? '' : `, built in ${bench.buildSeconds} s`),
  );
  console.table(
    bench.queries.map((f) => ({
      query: f.q,
      results: f.results,
      'pagefind requests': f.requests,
      'bytes (first query)': kb(f.bytes),
      'ms to results': f.ms,
      'ms searching': f.searchMs,
      'ms to first paint': f.paintMs,
      'ms main thread busy': f.busyMs,
    })),
  );
  const { summary, targets } = bench;
  console.table([
    { measure: 'bytes, first query (max)', value: kb(summary.maxBytes), target: `≤ ${kb(targets.firstQueryBytes)}` },
    { measure: 'bytes, first query (median)', value: kb(summary.medianBytes), target: '' },
    { measure: 'ms to results (max)', value: summary.maxMs, target: `≤ ${targets.msToResults}` },
    { measure: 'ms to results (median)', value: summary.medianMs, target: '' },
    { measure: 'ms to results (95th percentile)', value: summary.p95Ms, target: '' },
    { measure: 'ms to the page’s first paint (median)', value: summary.medianPaintMs, target: '' },
    { measure: 'ms from the search script starting to results (median)', value: summary.medianSearchMs, target: '' },
    { measure: 'ms main thread busy (median)', value: summary.medianBusyMs, target: '' },
    { measure: 'ms main thread busy (max)', value: summary.maxBusyMs, target: '' },
    {
      measure: 'queries within the bytes target',
      value: `${summary.withinBytes} of ${bench.queries.length}`,
      target: '',
    },
    { measure: 'load average while measuring', value: bench.loadAverage.toFixed(1), target: '' },
  ]);
}

/** Run on its own: `npx node bench/search.ts` writes the figures into bench/results.json under "search". */
if (process.argv[1]?.endsWith('bench/search.ts')) {
  const bench = await benchSearch();
  printSearchBench(bench);
  const file = 'bench/results.json';
  const previous = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  writeFileSync(file, JSON.stringify({ ...previous, search: bench }, null, 2) + '\n');
}
