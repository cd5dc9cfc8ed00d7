/**
 * A bulletin's rundown: each item with its start and end on the bulletin's clock. Durations
 * are whole seconds, so the running times and the total are exact sums of the items.
 */

export interface Timed {
  seconds: number;
}

export type RundownRow<T extends Timed> = T & {
  /** Position in the bulletin, from 1. */
  position: number;
  /** Seconds from the start of the bulletin when the item starts. */
  start: number;
  /** Seconds from the start of the bulletin when the item ends. */
  end: number;
};

export interface Rundown<T extends Timed> {
  rows: RundownRow<T>[];
  totalSeconds: number;
}

export function rundown<T extends Timed>(items: readonly T[]): Rundown<T> {
  let clock = 0;
  const rows = items.map((item, i) => {
    const start = clock;
    clock += item.seconds;
    return { ...item, position: i + 1, start, end: clock };
  });
  return { rows, totalSeconds: clock };
}
