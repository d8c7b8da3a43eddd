/*
 * Reading order of authored entries (rules, cases, quiz banks): by `order`, then by id, so the order
 * never depends on the file system. Pure: it takes plain { id, data } entries, so unit tests and
 * the sidebar use it without Astro.
 */
export interface Ordered {
  id: string;
  data: { order: number };
}

/** Comparator for Array#sort: `order` first, then id. */
export function byOrderThenId(a: Ordered, b: Ordered): number {
  return a.data.order - b.data.order || a.id.localeCompare(b.id);
}

/** A sorted copy; the input is left alone. */
export function sortByOrder<T extends Ordered>(entries: readonly T[]): T[] {
  return [...entries].sort(byOrderThenId);
}
