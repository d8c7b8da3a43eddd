/*
 * Navigation between case studies ("sebelumnya" / "berikutnya"). Pure: it takes plain { id, data }
 * entries, so unit tests use it without Astro. Reading order comes from order.ts.
 */
import { sortByOrder, type Ordered } from './order';

/** The neighbours of a case in reading order (by `order`, then id), whatever order they come in. */
export function neighbours<T extends Ordered>(cases: readonly T[], id: string): { prev?: T; next?: T } {
  const sorted = sortByOrder(cases);
  const i = sorted.findIndex((c) => c.id === id);
  if (i === -1) return {};
  return { prev: sorted[i - 1], next: sorted[i + 1] };
}
