/*
 * Reproducible randomness: the same seed gives the same shuffle and the same exam draw on every
 * device, so a facilitator or an examiner can redo a draw from the seed printed on the page.
 * Pure: no Astro, no Preact, no Math.random. Built on it, each in its own module so an island ships
 * only what it uses: draw.ts (the exam draw and its seeds) and order.ts (option order on retries).
 */

/** mulberry32: a small, fast 32-bit generator; plenty for shuffling a quiz. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates with a seeded generator; returns a new array and leaves the input alone. */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}

