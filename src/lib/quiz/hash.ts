/*
 * Small, hand-written hashes (no dependency, a few hundred bytes in the islands). Not cryptographic:
 * they detect change, they do not prove anything. Pure: no Astro, no Preact.
 */

/** cyrb53: a 53-bit string hash, well spread, fast. */
export function cyrb53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** What decides whether a stored answer still fits a question: its type, prompt and options. */
export interface FingerprintInput {
  type: string;
  prompt: string;
  options: readonly { key: string; text: string; correct: boolean }[];
}

/**
 * A short fingerprint of a question, computed at build time and stored with each answer. When an
 * author changes the prompt, an option or the key, the fingerprint changes and the old answer is
 * dropped; fixing a typo in the explanation or feedback keeps it.
 */
export function questionFingerprint(q: FingerprintInput): string {
  const parts = [q.type, q.prompt.trim(), ...q.options.map((o) => `${o.key}|${o.text.trim()}|${o.correct ? 1 : 0}`)];
  return cyrb53(parts.join('\u0000')).toString(36);
}
