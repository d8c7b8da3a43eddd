/*
 * Answer cards: which numbers exist and how a card's number maps to its marker. Pure and tiny, so
 * the deck's page script can use it without the detector.
 *
 * Card n carries marker n-1 of the ArUco MIP 36h12 dictionary (250 markers; every pair, and every
 * marker with itself turned, differs in at least 12 of 36 cells: tests/unit/cards.test.ts checks it).
 */

/** Highest card number: one card per marker of the dictionary. */
export const CARD_MAX = 250;
/** Cards printed when the facilitator does not ask for a range (a full hall). */
export const CARD_DEFAULT_COUNT = 150;
/** Answers a card can give: the side held up (A at the top, then B, C, D going round). */
export const CARD_CHOICES = 4;

export const isCard = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 1 && (n as number) <= CARD_MAX;

export const markerOf = (card: number) => card - 1;
export const cardOf = (marker: number) => marker + 1;

/** The card numbers from..to, clamped to what exists; an empty or reversed range gives []. */
export function cardRange(from: number, to: number): number[] {
  const a = Math.max(1, Math.trunc(from));
  const b = Math.min(CARD_MAX, Math.trunc(to));
  if (!Number.isFinite(a) || !Number.isFinite(b) || b < a) return [];
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}
