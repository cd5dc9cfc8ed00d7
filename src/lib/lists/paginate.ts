/**
 * Splits a list into numbered pages for static list pages. Always returns at least one
 * page, so an empty list still has a page that says so.
 */

export interface Page<T> {
  /** 1-based page number. */
  number: number;
  /** Total number of pages. */
  total: number;
  items: T[];
}

export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`Page size must be a positive integer, got ${size}`);
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({
    number: i + 1,
    total,
    items: items.slice(i * size, (i + 1) * size),
  }));
}
