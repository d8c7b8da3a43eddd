/*
 * From camera reads to counted answers, without the DOM: a card counts once a frame pair agrees on
 * its answer (one frame caught mid-turn must not count), and the deck shows which of the cards
 * handed out it has not seen yet. The counted answers themselves live in the deck state
 * (src/lib/aula/deck-state.ts, action 'cards'), where a card's latest answer replaces the older one.
 */
import type { CardRead } from './reader.ts';

/** Frames in a row that must show the same answer before a card's answer counts. */
export const CONFIRM_FRAMES = 2;

export interface Confirmer {
  /** Feeds one frame's reads; returns the answers that became certain with this frame. */
  push(reads: readonly Pick<CardRead, 'card' | 'choice'>[]): { card: number; choice: number }[];
  /** Starts over (another slide). */
  reset(): void;
}

export function createConfirmer(frames = CONFIRM_FRAMES): Confirmer {
  let pending = new Map<number, { choice: number; hits: number }>();
  return {
    push(reads) {
      const next = new Map<number, { choice: number; hits: number }>();
      const confirmed: { card: number; choice: number }[] = [];
      for (const { card, choice } of reads) {
        const before = pending.get(card);
        const hits = before && before.choice === choice ? before.hits + 1 : 1;
        next.set(card, { choice, hits });
        if (hits === frames) confirmed.push({ card, choice });
      }
      // A card out of view for a frame starts again: the frames that agree must follow each other.
      pending = next;
      return confirmed;
    },
    reset() {
      pending = new Map();
    },
  };
}

/**
 * Card numbers not yet seen among those handed out (1..handedOut), or, when the facilitator did
 * not say how many, among 1..the highest number seen.
 */
export function missingCards(seen: Iterable<number>, handedOut?: number): number[] {
  const have = new Set(seen);
  const top = handedOut && handedOut > 0 ? Math.trunc(handedOut) : Math.max(0, ...have);
  const missing: number[] = [];
  for (let n = 1; n <= top; n++) if (!have.has(n)) missing.push(n);
  return missing;
}

/** "3, 7–9, 12": numbers as short runs, for a list a facilitator can read out. */
export function formatRuns(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i];
    while (i + 1 < sorted.length && sorted[i + 1] === sorted[i] + 1) i++;
    const end = sorted[i];
    parts.push(end === start ? `${start}` : end === start + 1 ? `${start}, ${end}` : `${start}–${end}`);
  }
  return parts.join(', ');
}
