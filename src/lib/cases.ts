/*
 * Ordering of case studies. Pure: it takes plain { id, data } entries, so unit tests and
 * the sidebar can use it without Astro.
 */
export type Verdict = 'boleh' | 'dilarang';

export interface CaseLike {
  id: string;
  data: { order: number; verdict: Verdict; title: string };
}

/** Cases in reading order: by `order`, then by id so the order never depends on the file system. */
export function sortCases<T extends CaseLike>(cases: readonly T[]): T[] {
  return [...cases].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** The neighbours of a case in reading order, for "sebelumnya" and "berikutnya" links. */
export function neighbours<T extends CaseLike>(cases: readonly T[], id: string): { prev?: T; next?: T } {
  const sorted = sortCases(cases);
  const i = sorted.findIndex((c) => c.id === id);
  if (i === -1) return {};
  return { prev: sorted[i - 1], next: sorted[i + 1] };
}
