/*
 * Quiz domain rules shared by the module quiz and the exam: which score of a module is the best,
 * and how stored answers map to chosen keys. The exam's own rules are in exam.ts. Pure: no Preact,
 * no storage access.
 */
import type { Score } from './scoring';
import type { ScoreRecord, StoredAnswers } from './storage';

/** Chosen option keys per question id. */
export type ChosenKeys = Record<string, string[]>;

/** The chosen keys of stored answers. */
export function chosenKeys(answers: StoredAnswers): ChosenKeys {
  return Object.fromEntries(Object.entries(answers).map(([id, a]) => [id, a.c]));
}

export const toRecord = (score: Score): ScoreRecord => ({
  correct: score.correct,
  total: score.total,
  percent: score.percent,
});

/**
 * A module's best score after a check: only a completed run counts, and only when it beats the best
 * so far (a tie keeps the earlier one).
 */
export function bestScore(best: ScoreRecord | undefined, score: Score, complete: boolean): ScoreRecord | undefined {
  return complete && (!best || score.percent > best.percent) ? toRecord(score) : best;
}
