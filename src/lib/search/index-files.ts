/**
 * Files written next to Pagefind's index after it is built (src/integrations/pagefind.ts):
 * the pages' dates for sorting by date, and what /tim-kiem/ needs to start the search worker early.
 * Plain Node, no Astro.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { paths } from '../site/paths.ts';
import { DATE_ORDER_FILE, encodeDateOrder } from './date-order.ts';
import { META } from './facets.ts';

/**
 * A tag of the search indexes' content, from their entry and date-order files: it changes
 * whenever an index does, and only then.
 */
export function indexTagOf(files: readonly Buffer[]): string {
  const hash = createHash('sha256');
  for (const bytes of files) hash.update(createHash('sha256').update(bytes).digest());
  return BigInt(`0x${hash.digest('hex').slice(0, 12)}`).toString(36);
}

/**
 * The search page with its index tag (set when the page is rendered, from the clock) replaced
 * by `tag` wherever the page uses it: the entry file's address, Pagefind's metaCacheTag and
 * the search app's data-index-tag. Unchanged when the page has no tag.
 */
export function retagSearchPage(html: string, tag: string): string {
  const old = /\bdata-index-tag="([^"]+)"/.exec(html)?.[1];
  if (!old) return html;
  return html
    .replaceAll(`data-index-tag="${old}"`, `data-index-tag="${tag}"`)
    .replaceAll(`?ts=${old}`, `?ts=${tag}`)
    .replaceAll(`metaCacheTag&quot;:&quot;${old}&quot;`, `metaCacheTag&quot;:&quot;${tag}&quot;`);
}

/**
 * Completes the early start of the search worker on /tim-kiem/ (src/components/SearchWorkerStart.astro)
 * with what is known only once the site is built: the worker's hashed address in _astro/, and
 * the index's metadata file, whose name holds a hash Pagefind has just made. The page's index
 * tag becomes one of the indexes' content, so that two builds of the same site give the same
 * page (a rebuild from the build cache is byte-identical to a cold build) and browsers fetch
 * the index's entry file again only when it changed.
 */
export function completeWorkerStart(outDir: string): void {
  const page = join(outDir, paths.search, 'index.html');
  const entryFile = join(outDir, paths.searchIndex, 'pagefind-entry.json');
  if (!existsSync(page) || !existsSync(entryFile)) return;
  const workers = readdirSync(join(outDir, '_astro')).filter((name) => /^search-worker\b.*\.js$/.test(name));
  if (workers.length !== 1) throw new Error(`Expected one search worker in _astro/, found ${workers.length}`);
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { hash: string }> };
  const files = Object.values(entry.languages).map((l) => `${paths.searchIndex}pagefind.${l.hash}.pf_meta`);
  const indexFiles = [paths.searchIndex, paths.radioSearchIndex]
    .flatMap((dir) => [join(outDir, dir, 'pagefind-entry.json'), join(outDir, dir, DATE_ORDER_FILE)])
    .filter((file) => existsSync(file))
    .map((file) => readFileSync(file));
  const html = retagSearchPage(readFileSync(page, 'utf8'), indexTagOf(indexFiles));
  const start = /<script\b[^>]*\bdata-search-worker\b[^>]*>/.exec(html);
  if (!start) throw new Error(`${paths.search} has no search worker start`);
  const tag = start[0]
    .replace(/\bdata-search-worker(="")?/, `data-search-worker="/_astro/${workers[0]}"`)
    .replace(/\bdata-files="([^"]*)"/, (_, listed: string) => `data-files="${[listed, ...files].join(' ')}"`);
  writeFileSync(page, html.slice(0, start.index) + tag + html.slice(start.index + start[0].length));
}

/** Pagefind's files: gzip (or not), then a signature, then the data. */
const SIGNATURE = 'pagefind_dcd';

function readPagefindJson(file: string): unknown {
  let raw = readFileSync(file);
  if (raw.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) raw = gunzipSync(raw);
  if (raw.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) throw new Error(`Unexpected Pagefind file ${file}`);
  return JSON.parse(raw.subarray(SIGNATURE.length).toString('utf8'));
}

interface PageFile {
  url?: string;
  meta?: Record<string, string>;
}

/**
 * Writes the dates of an index's pages, keyed by Pagefind's page ids, next to it (see
 * src/lib/search/date-order.ts): read back from the page files Pagefind has just written,
 * since the ids are hashes Pagefind makes. A file holds one page, or a group of pages by id.
 */
export function writeDateOrder(indexDir: string): void {
  const dir = join(indexDir, 'fragment');
  const pages: { id: string; date: string | undefined }[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.pf_fragment'))) {
    const data = readPagefindJson(join(dir, name)) as Record<string, unknown>;
    const group =
      typeof data['url'] === 'string'
        ? [[basename(name, '.pf_fragment'), data as PageFile] as const]
        : Object.entries(data as Record<string, PageFile>);
    for (const [id, page] of group) pages.push({ id, date: page.meta?.[META.date] });
  }
  writeFileSync(join(indexDir, DATE_ORDER_FILE), JSON.stringify(encodeDateOrder(pages)));
}
