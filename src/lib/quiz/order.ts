/*
 * The order of a question's options on each attempt of a module quiz. Pure; reproducible from the
 * question and the attempt number (see random.ts).
 */
import { seededShuffle } from './random';

/** A 32-bit seed from a text (FNV-1a), e.g. to give each question its own shuffle. */
export function seedFromText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const sameOrder = (a: readonly unknown[], b: readonly unknown[]) => a.every((item, i) => item === b[i]);

/**
 * The order of a question's options on a given attempt. Attempt 0 keeps the authored order (what
 * the server renders); every retry gets a new seeded order that differs from the previous attempt's
 * whenever the items allow it, so "Ulangi" visibly reshuffles. Reproducible from id and attempt.
 */
export function orderForAttempt<T>(items: readonly T[], seed: number, attempt: number): T[] {
  let order = [...items];
  for (let n = 1; n <= attempt; n++) {
    const previous = order;
    order = seededShuffle(items, (seed + Math.imul(n, 0x9e3779b9)) >>> 0);
    // A shuffle may by chance repeat the previous order; try a few more seeds, then rotate.
    for (let k = 1; k < 8 && items.length > 1 && sameOrder(order, previous); k++)
      order = seededShuffle(items, (seed + Math.imul(n, 0x9e3779b9) + k) >>> 0);
    if (items.length > 1 && sameOrder(order, previous)) order = [...previous.slice(1), previous[0]];
  }
  return order;
}
