/**
 * Sorting results newest first without Pagefind's sort data. A `data-pagefind-sort` key puts the
 * order of every page into the index's metadata file, which every first search downloads
 * (about 12 KB at 5,000 pages) although few searches sort by date. Instead the build writes the
 * pages' dates to a file of their own next to each index (src/integrations/pagefind.ts), which
 * the search page fetches only when it sorts by date (the "newest" order, or filters without
 * words). Result ids are Pagefind's page ids, so the file needs no page data to apply.
 */

/** Name of the file, in each index's folder. */
export const DATE_ORDER_FILE = 'date-order.json';

/** Dates newest first, each with the ids of its pages joined by spaces: [["2026-07-13", "vi_1 vi_2"], …]. */
export type DateOrder = readonly (readonly [date: string, ids: string])[];

/** Groups pages by date, newest first; pages without a date are left out (they sort last). */
export function encodeDateOrder(pages: Iterable<{ id: string; date: string | undefined }>): DateOrder {
  const byDate = new Map<string, string[]>();
  for (const { id, date } of pages) {
    if (!date) continue;
    const ids = byDate.get(date) ?? [];
    ids.push(id);
    byDate.set(date, ids);
  }
  return [...byDate]
    .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
    .map(([date, ids]) => [date, ids.sort().join(' ')] as const);
}

/** Page id → date, from one or more files (the main index and the radio scripts' index). */
export function datesOf(orders: readonly DateOrder[]): Map<string, string> {
  const dates = new Map<string, string>();
  for (const order of orders) for (const [date, ids] of order) for (const id of ids.split(' ')) dates.set(id, date);
  return dates;
}

/** Results newest first; equal dates keep their order, results without a date come last. */
export function newestFirst<T extends { id: string }>(hits: readonly T[], dates: ReadonlyMap<string, string>): T[] {
  return hits
    .map((hit, i) => ({ hit, i, date: dates.get(hit.id) ?? '' }))
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.i - b.i))
    .map(({ hit }) => hit);
}
