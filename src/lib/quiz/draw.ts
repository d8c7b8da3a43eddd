/*
 * Drawing questions across banks for the final exam and the hall decks, and the seeds a draw is made
 * from. Pure; reproducible from the seed (see random.ts); Math.random only in `newSeed`.
 */
import { seededRandom, seededShuffle } from './random';

/** A seed people can read aloud and type: six digits. */
export function newSeed(random: () => number = Math.random): number {
  return 100000 + Math.floor(random() * 900000);
}

/** Parses a seed typed by a person; undefined when it is not a whole number from 0 to 2^32 - 1. */
export function parseSeed(text: string): number | undefined {
  if (!/^\s*\d{1,10}\s*$/.test(text)) return undefined;
  const value = Number(text);
  return value <= 0xffffffff ? value : undefined;
}

export interface DrawnQuestion<Q> {
  /** The bank (module) the question comes from. */
  bank: string;
  question: Q;
}

/**
 * Draws `count` questions across banks, as evenly as the banks allow: each bank gives
 * floor(count / banks) questions, and the remainder comes from banks chosen by the seed. The result
 * is shuffled, so modules are mixed. Throws when the banks hold fewer questions than asked for.
 */
export function drawAcrossBanks<Q>(
  banks: readonly { id: string; questions: readonly Q[] }[],
  count: number,
  seed: number,
): DrawnQuestion<Q>[] {
  const available = banks.reduce((n, b) => n + b.questions.length, 0);
  if (available < count) throw new Error(`hanya ada ${available} soal, tidak cukup untuk ${count}`);
  const random = seededRandom(seed);
  const pools = [...banks]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((bank) => ({ bank: bank.id, left: seededShuffle(bank.questions, Math.floor(random() * 2 ** 32)) }));
  const drawn: DrawnQuestion<Q>[] = [];
  // Round-robin over the banks in a seeded order, skipping banks that ran dry.
  let order = seededShuffle(pools, Math.floor(random() * 2 ** 32));
  while (drawn.length < count) {
    for (const pool of order) {
      if (drawn.length === count) break;
      const question = pool.left.shift();
      if (question !== undefined) drawn.push({ bank: pool.bank, question });
    }
    order = order.filter((pool) => pool.left.length > 0);
  }
  return seededShuffle(drawn, Math.floor(random() * 2 ** 32));
}
