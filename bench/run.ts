/**
 * Benchmark: builds the shipped site and prints speed and size figures, then measures search
 * on a generated ward of 5,000 stories and 500 documents (bench/search.ts). Targets live
 * here, never in tests. Writes bench/results.json.
 * Usage: npm run bench   (BENCH_SEARCH=0 skips the search part)
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchSearch, printSearchBench, type SearchBench } from './search.ts';

function dirSize(dir: string): number {
  return readdirSync(dir).reduce((sum, name) => {
    const path = join(dir, name);
    const s = statSync(path);
    return sum + (s.isDirectory() ? dirSize(path) : s.size);
  }, 0);
}

function htmlPlusCss(page: string): number {
  const html = readFileSync(page, 'utf8');
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)]
    .map((m) => statSync(join('dist', m[1] ?? '')).size)
    .reduce((a, b) => a + b, 0);
  const inlineCssFree = Buffer.byteLength(html);
  return inlineCssFree + css;
}

const started = performance.now();
const build = spawnSync(process.execPath, ['scripts/build.ts'], {
  env: { ...process.env, NODE_ENV: 'production', ASTRO_LOG_LEVEL: 'silent' },
  encoding: 'utf8',
});
const buildMs = performance.now() - started;
if (build.status !== 0) {
  console.error(build.stdout, build.stderr);
  process.exit(1);
}

const stories = readdirSync('dist/guong-sang').filter(
  (d) => statSync(join('dist/guong-sang', d)).isDirectory() && d !== 'trang',
);
const storyPage = stories
  .map((d) => join('dist/guong-sang', d, 'index.html'))
  .find((p) => statSync(p, { throwIfNoEntry: false }));

const results = {
  date: new Date().toISOString(),
  buildSeconds: Number((buildMs / 1000).toFixed(2)),
  distBytes: dirSize('dist'),
  pagefindBytes: dirSize('dist/pagefind'),
  storyHtmlPlusCssBytes: storyPage ? htmlPlusCss(storyPage) : null,
};

const rows: [string, string, string][] = [
  ['cold build of shipped content', `${results.buildSeconds} s`, ''],
  ['dist/ size', `${(results.distBytes / 1024).toFixed(0)} KB`, ''],
  ['search index size', `${(results.pagefindBytes / 1024).toFixed(0)} KB`, ''],
  [
    'story page HTML + CSS',
    results.storyHtmlPlusCssBytes ? `${(results.storyHtmlPlusCssBytes / 1024).toFixed(1)} KB` : 'n/a',
    'target ≤ 60 KB',
  ],
];
console.table(rows.map(([measure, value, target]) => ({ measure, value, target })));

let search: SearchBench | undefined;
if (process.env.BENCH_SEARCH !== '0') {
  search = await benchSearch();
  printSearchBench(search);
}
writeFileSync('bench/results.json', JSON.stringify({ ...results, search }, null, 2) + '\n');
