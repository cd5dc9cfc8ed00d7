/**
 * Builds the search indexes through Pagefind's Node API once Astro has written the site.
 *
 * Only elements marked data-pagefind-body are indexed (story, campaign, document and radio
 * script pages: see src/components/SearchFacets.astro), so list pages, the 404 page and the
 * admin stay out of search. Each page is handed to Pagefind as a copy with folded twins
 * ("thi đua 〔dua〕", src/lib/search/twins.ts), because Pagefind folds tone marks but not đ;
 * the pages served stay as they are. Radio scripts repeat their stories word for word, so they
 * get an index of their own (paths.radioSearchIndex) that the search page loads only when
 * someone asks for scripts: a resident's first search downloads half as much. Pages carry no
 * Pagefind sort key (it would weigh on every first search); each index gets a file of its pages'
 * dates instead, read only to sort by date (src/lib/search/date-order.ts). When no indexed page
 * changed since the last build, the index is copied from the build cache instead of made again
 * (src/lib/search/index-cache.ts).
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { paths } from '../lib/site/paths.ts';
import { buildCacheDir } from '../lib/site/cache-dir.ts';
import { DATE_ORDER_FILE } from '../lib/search/date-order.ts';
import { INDEX_CACHE, indexDigest, restoreIndex, storeIndex } from '../lib/search/index-cache.ts';
import { completeWorkerStart, writeDateOrder } from '../lib/search/index-files.ts';
import { addFoldTwins } from '../lib/search/twins.ts';

/**
 * Page parts that are controls, repeated labels or credits, not content: link buttons of legal
 * units, the citation box, radio tools, photo credits, a script's timing table, and the labels
 * of summary lists ("Tổ dân phố", "Lĩnh vực", "Loại thành tích" on every story: indexed, they made
 * each page match those words and weighed on the index entries of very common syllables).
 */
const EXCLUDE = [
  'button',
  '.summary-list dt',
  '.unit-link',
  '.citation-box',
  '.radio-tools',
  '.figure > figcaption',
  '.script-page .summary-list',
  '[data-search-skip]',
];
const BATCH = 64;
/**
 * Bytes of word index per file. With Pagefind's default (20,000) each query word costs about
 * 20 KB of download on a ward-sized site; with 2,500 about 5 KB, for a few more requests
 * (bench/search.ts). Pagefind 1.6 reads it from the environment of its
 * indexing process; the variable is marked unstable, and without it Pagefind simply uses its
 * default.
 */
const INDEX_CHUNK_SIZE = '2500';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** "guong-sang/x/index.html" → "/guong-sang/x/". */
function urlOf(outDir: string, file: string): string {
  const path = relative(outDir, file).split(sep).join('/');
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

async function newIndex(): Promise<pagefind.PagefindIndex> {
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= INDEX_CHUNK_SIZE;
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi', excludeSelectors: EXCLUDE });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return index;
}

/** Files whose code shapes what Pagefind is given: a change to one of them makes the index again. */
const CODE = ['src/integrations/pagefind.ts', 'src/lib/search/twins.ts', 'src/lib/text/fold-vi.ts'];

/** What, besides the pages, the index depends on: options, code and Pagefind's version. */
function indexSetup(root: string): unknown {
  const code = createHash('sha256');
  for (const file of CODE) code.update(readFileSync(join(root, file)));
  const version = (
    JSON.parse(readFileSync(join(root, 'node_modules', 'pagefind', 'package.json'), 'utf8')) as {
      version?: string;
    }
  ).version;
  return {
    version,
    chunk: process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ?? INDEX_CHUNK_SIZE,
    exclude: EXCLUDE,
    code: code.digest('hex'),
  };
}

/** The date-order files, written after Pagefind from its output: never cached, always written again. */
const isDateOrder = (file: string) => file === DATE_ORDER_FILE || file.endsWith(`/${DATE_ORDER_FILE}`);

/**
 * Indexes the built site in `outDir`, or copies the index of the last build from the build
 * cache of the project at `root` when no indexed page changed; returns the number of pages in
 * each index and whether the index was copied.
 */
export async function indexSite(
  outDir: string,
  root?: string,
): Promise<{ main: number; radio: number; restored: boolean }> {
  const indexDir = join(outDir, paths.searchIndex);
  const cache = root ? join(buildCacheDir(root), INDEX_CACHE) : undefined;
  let digest: string | undefined;
  if (root && cache) {
    try {
      const pages = indexDigest(indexSetup(root));
      const count = { main: 0, radio: 0 };
      for (const file of htmlFiles(outDir).sort()) {
        const html = readFileSync(file, 'utf8');
        if (!html.includes('data-pagefind-body')) continue;
        const url = urlOf(outDir, file);
        count[url.startsWith(paths.radio) ? 'radio' : 'main'] += 1;
        pages.add(url, html);
      }
      digest = pages.digest();
      if (restoreIndex(cache, digest, indexDir)) {
        for (const path of [paths.searchIndex, paths.radioSearchIndex]) writeDateOrder(join(outDir, path));
        completeWorkerStart(outDir);
        return { ...count, restored: true };
      }
    } catch {
      digest = undefined; // no usable cache: index as without one
    }
  }
  const count = await buildIndexes(outDir);
  if (cache && digest) {
    try {
      storeIndex(cache, digest, indexDir, isDateOrder);
    } catch {
      // The next build indexes again.
    }
  }
  return { ...count, restored: false };
}

async function buildIndexes(outDir: string): Promise<{ main: number; radio: number }> {
  const main = await newIndex();
  const radio = await newIndex();
  const count = { main: 0, radio: 0 };
  try {
    const files = htmlFiles(outDir);
    for (let i = 0; i < files.length; i += BATCH) {
      const pages = files
        .slice(i, i + BATCH)
        .map((file) => ({ url: urlOf(outDir, file), html: readFileSync(file, 'utf8') }))
        .filter((page) => page.html.includes('data-pagefind-body'));
      const added = await Promise.all(
        pages.map(({ url, html }) => {
          const isRadio = url.startsWith(paths.radio);
          count[isRadio ? 'radio' : 'main'] += 1;
          return (isRadio ? radio : main).addHTMLFile({ url, content: addFoldTwins(html) });
        }),
      );
      const failed = added.flatMap((a) => a.errors);
      if (failed.length > 0) throw new Error(`Pagefind indexing failed: ${failed.join('; ')}`);
    }
    for (const [index, path] of [
      [main, paths.searchIndex],
      [radio, paths.radioSearchIndex],
    ] as const) {
      const written = await index.writeFiles({ outputPath: join(outDir, path) });
      if (written.errors.length > 0) throw new Error(`Pagefind could not write ${path}: ${written.errors.join('; ')}`);
      writeDateOrder(join(outDir, path));
    }
    completeWorkerStart(outDir);
    return count;
  } finally {
    await pagefind.close();
  }
}

export default function pagefindIndex(): AstroIntegration {
  let root: string | undefined;
  return {
    name: 'guong-sang:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const count = await indexSite(fileURLToPath(dir), root);
        logger.info(
          `Indexed ${count.main} pages for search, and ${count.radio} radio scripts in their own index${count.restored ? ' (unchanged pages: copied from the build cache)' : ''}.`,
        );
      },
    },
  };
}
