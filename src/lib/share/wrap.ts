/**
 * Line breaking for the text of share images: words (Vietnamese syllables are separated by
 * spaces) are set greedily on lines of a given width, and the largest font size that fits
 * the line limit is chosen. Measuring is passed in, so this stays pure and testable.
 */

/** Width of `text` set at `size` pixels. */
export type Measure = (text: string, size: number) => number;

export interface FittedText {
  size: number;
  lines: string[];
  /** True when the text did not fit even at the smallest size and was cut with "…". */
  truncated: boolean;
}

/** Breaks `text` into lines no wider than `width` (a single over-long word keeps its own line). */
export function wrapLines(text: string, width: number, size: number, measure: Measure): string[] {
  const words = text.normalize('NFC').trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** Cuts `line` word by word until it fits `width` with a trailing "…". */
function withEllipsis(line: string, width: number, size: number, measure: Measure): string {
  let words = line.split(' ');
  while (words.length > 1 && measure(`${words.join(' ')}…`, size) > width) words = words.slice(0, -1);
  return `${words.join(' ').replace(/[\s,;:.–-]+$/u, '')}…`;
}

/**
 * The largest of `sizes` (tried in the order given, largest first) at which `text` fits in
 * `maxLines` lines of `width`; at the last size the text is cut after `maxLines` lines.
 */
export function fitText(
  text: string,
  width: number,
  maxLines: number,
  sizes: readonly number[],
  measure: Measure,
): FittedText {
  if (sizes.length === 0) throw new RangeError('fitText needs at least one size');
  for (const size of sizes) {
    const lines = wrapLines(text, width, size, measure);
    if (lines.length <= maxLines) return { size, lines, truncated: false };
  }
  const size = sizes[sizes.length - 1] as number;
  const lines = wrapLines(text, width, size, measure);
  const kept = lines.slice(0, maxLines);
  const last = kept.length - 1;
  kept[last] = withEllipsis(`${kept[last]} ${lines[maxLines] ?? ''}`.trim(), width, size, measure);
  return { size, lines: kept, truncated: true };
}
