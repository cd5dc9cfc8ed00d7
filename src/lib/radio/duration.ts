/**
 * Reading time. Vietnamese is written one syllable per space-separated word, so the syllable
 * count of a normalised script is its number of words (hyphenated loanwords such as
 * "ki-lô-mét" count each part). Duration = syllables ÷ rate × 60, rounded to whole seconds.
 */

/** Number of syllables in a script. */
export function countSyllables(text: string): number {
  return text.split(/[\s-]+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Seconds to read `syllables` at `syllablesPerMinute`, rounded to the nearest second. */
export function estimateSeconds(syllables: number, syllablesPerMinute: number): number {
  if (syllables <= 0) return 0;
  if (!(syllablesPerMinute > 0)) throw new Error(`Speaking rate must be positive: ${syllablesPerMinute}`);
  return Math.max(1, Math.round((syllables / syllablesPerMinute) * 60));
}

/**
 * Whole minutes and seconds of a duration, rounded to the second and never negative; the
 * caller words them (src/i18n/wording/duration.ts: "1 phút 20 giây").
 */
export function durationParts(seconds: number): { min: number; sec: number } {
  const total = Math.max(0, Math.round(seconds));
  return { min: Math.floor(total / 60), sec: total % 60 };
}

/** A running time on a clock: "0:00", "1:20", "12:05". */
export function formatClock(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/** Machine-readable duration for <time datetime>: "PT1M20S". */
export function isoDuration(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  const min = Math.floor(total / 60);
  return `PT${min > 0 ? `${min}M` : ''}${total % 60}S`;
}
