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
