/**
 * Where a build's time went, read from Astro's log: its phases ("Completed in …" lines) and
 * the render time of each output file ("├─ /path (+12ms)"), summed by kind of output.
 */

export interface Breakdown {
  /** Phases in order, milliseconds. */
  phases: Record<string, number>;
  /** Render time summed by kind of output, milliseconds, with the number of files rendered. */
  outputs: Record<string, { files: number; ms: number }>;
}

/** "2m 3s", "8.30s", "388ms" → milliseconds. */
export function parseDuration(text: string): number {
  let ms = 0;
  for (const [, value, unit] of text.matchAll(/([\d.]+)\s*(ms|m|s)\b/g)) {
    const n = Number(value);
    ms += unit === 'ms' ? n : unit === 's' ? n * 1000 : n * 60_000;
  }
  return Math.round(ms);
}

/** The kind of output a built path is. */
export function outputKind(path: string): string {
  const parts = path.split('/').filter(Boolean);
  if (parts[0] === 'chia-se') return 'share images';
  if (parts[0] === 'phat-thanh') return parts.at(-1)?.endsWith('.txt') ? 'radio .txt' : 'radio pages';
  if (parts[0] === 'guong-sang' && parts.length === 3 && !['trang', 'rss.xml'].includes(parts[1] ?? ''))
    return 'story pages';
  if (parts[0] === 'van-ban' && parts.length === 3 && parts[1] !== 'tra-cuu.json') return 'document pages';
  if (parts[0] === 'phong-trao' && parts.length === 3) return 'campaign pages';
  if (parts[0] === '_astro') return 'content images';
  return 'lists, feeds and other pages';
}

export function breakdown(log: string): Breakdown {
  const phases: Record<string, number> = {};
  const lines = log.split('\n');
  let section = 'setup';
  for (const line of lines) {
    if (/generating static routes/.test(line)) section = 'pages';
    else if (/generating optimized images/.test(line)) section = 'images';
    const done = /✓ (?:Completed|built) in ([^.]+(?:\.\d+)?[a-z]*)/.exec(line);
    if (!done?.[1]) continue;
    const ms = parseDuration(done[1]);
    if (/\[vite\]/.test(line)) phases.vite = (phases.vite ?? 0) + ms;
    else if (/Collecting build info|\[build\] ✓ Completed/.test(line) && section === 'setup')
      phases['content and setup'] ??= ms;
    else if (section === 'pages') {
      phases['pages and files'] = ms;
      section = 'after pages';
    } else if (section === 'images') {
      phases['content images'] = ms;
      section = 'after images';
    }
  }
  const outputs: Record<string, { files: number; ms: number }> = {};
  for (const line of lines) {
    const m = /[├└]─ (\S+) .*\(\+([\d.]+)(ms|s)\)/.exec(line);
    if (!m?.[1]) continue;
    const kind = outputKind(m[1]);
    const slot = (outputs[kind] ??= { files: 0, ms: 0 });
    slot.files += 1;
    slot.ms += Number(m[2]) * (m[3] === 's' ? 1000 : 1);
  }
  for (const slot of Object.values(outputs)) slot.ms = Math.round(slot.ms);
  return { phases, outputs };
}

/** Milliseconds from the start of a build to the first log line matching each named pattern. */
export type Marks = Record<string, number>;

/** Patterns for runMeasured's marks that buildPhases reads. */
export const PHASE_MARKS = {
  syncStart: /\[content\] Syncing content/,
  syncEnd: /\[content\] Synced content/,
  sitemap: /sitemap-index\.xml` created/,
  pagefind: /Indexed \d+ pages for search/,
} as const;

/**
 * The phases the build-cache issue asks for, in wall-clock milliseconds, from the build's log
 * and marks: the content check (its own log line), Astro's content sync, Vite, Astro's pages
 * split into share images and other pages, content images, Pagefind, replacing dist/
 * (scripts/build.ts's own log line), and what is left (Node and Astro start-up, sitemap,
 * headers). Pages render four at a time, so the share images' wall-clock part is estimated as
 * their share of the summed render times of the page phase.
 */
export function buildPhases(log: string, totalMs: number, marks: Marks): Record<string, number> {
  const b = breakdown(log);
  const number = (re: RegExp) => Number(re.exec(log)?.[1] ?? 0);
  const between = (from: string, to: string) =>
    marks[from] !== undefined && marks[to] !== undefined ? Math.max(0, marks[to] - marks[from]) : 0;
  const pages = b.phases['pages and files'] ?? 0;
  const rendered = Object.values(b.outputs).reduce((sum, o) => sum + o.ms, 0);
  const shareRendered = b.outputs['share images']?.ms ?? 0;
  const shareImages = rendered > 0 ? Math.round((pages * shareRendered) / rendered) : 0;
  const phases: Record<string, number> = {
    'content check': number(/Content checked in (\d+) ms/),
    'content sync': between('syncStart', 'syncEnd'),
    vite: b.phases.vite ?? 0,
    'share images': shareImages,
    'other pages and files': pages - shareImages,
    'content images': b.phases['content images'] ?? 0,
    pagefind: between('sitemap', 'pagefind'),
    'cache check and seal': number(/Build cache checked in (\d+) ms/) + number(/Build cache sealed in (\d+) ms/),
    'replace dist/': number(/dist\/ replaced in (\d+) ms/),
  };
  const known = Object.values(phases).reduce((a, c) => a + c, 0);
  phases['start-up and the rest'] = Math.max(0, Math.round(totalMs) - known);
  return phases;
}
