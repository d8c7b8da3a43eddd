/*
 * When phones stop joining: the live deck tells the facilitator that the network may be full (a
 * phone hotspot takes about 8 phones, one access point 50-75 active ones) while people are still
 * waiting on the title slide. Pure: the deck feeds it the participant counts the live link already
 * receives, with the time, and asks whether to warn.
 */

/** How long the count must stay the same before the deck warns. */
export const STALL_MS = 90_000;

export interface JoinWatch {
  /** Time of the last rise in the participant count (ms), and the count then. */
  since: number;
  participants: number;
}

export function watchJoins(previous: JoinWatch | undefined, participants: number, now: number): JoinWatch {
  if (!previous || participants > previous.participants) return { since: now, participants };
  // Phones leaving do not restart the clock; the count to beat is the highest seen.
  return previous;
}

/**
 * Whether to warn: some phones joined, none more for STALL_MS, and the deck still shows its title
 * slide (where people join). Once the quiz is under way, a steady count is simply everyone in.
 */
export function joinsStalled(watch: JoinWatch | undefined, now: number, onTitleSlide: boolean): boolean {
  return !!watch && onTitleSlide && watch.participants > 0 && now - watch.since >= STALL_MS;
}
