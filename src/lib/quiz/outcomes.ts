/*
 * The quiz domain rules the islands apply to stored progress: which score is the best, which passed
 * exam the certificate keeps, how stored answers map to chosen keys and back, and what the exam
 * shows for what is stored. Pure: no Preact, no storage access.
 */
import type { Score } from './scoring';
import { reconcileAnswers, type ExamProgress, type ExamResult, type ScoreRecord, type StoredAnswers } from './storage';

/** Chosen option keys per question id. */
export type ChosenKeys = Record<string, string[]>;

/** The chosen keys of stored answers. */
export function chosenKeys(answers: StoredAnswers): ChosenKeys {
  return Object.fromEntries(Object.entries(answers).map(([id, a]) => [id, a.c]));
}

/**
 * Chosen keys as stored answers, for the given questions only (ids with their fingerprints), leaving
 * out questions with nothing chosen.
 */
export function toStoredAnswers(questions: readonly { id: string; fp: string }[], chosen: Readonly<ChosenKeys>): StoredAnswers {
  return Object.fromEntries(questions.filter((q) => chosen[q.id]?.length).map((q) => [q.id, { c: chosen[q.id], f: q.fp }]));
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

/**
 * The passed exam the certificate shows after a new result: the new one when it passed with at least
 * the kept one's percent (the later of two equal passes, so the certificate carries its date), else
 * the kept one. A failed exam never replaces a pass.
 */
export function keptPass(pass: ExamResult | undefined, outcome: ExamResult): ExamResult | undefined {
  return outcome.passed && (!pass || outcome.percent >= pass.percent) ? outcome : pass;
}

/** What the exam page shows, derived from stored progress. */
export interface ExamView {
  seed: number;
  answers: ChosenKeys;
  /** The checked result when the last exam was checked and no new one was started. */
  result?: ExamResult;
}

/**
 * The exam to show: the one in progress, else the last checked one with its result, else nothing
 * (a new draw is due). Answers to questions that changed since are left out (`fingerprints` gives
 * the current fingerprint of each question of a seed's draw).
 */
export function examView(exam: ExamProgress, fingerprints: (seed: number) => Readonly<Record<string, string>>): ExamView | undefined {
  const saved = exam.current ?? exam.last;
  if (!saved) return undefined;
  const answers = chosenKeys(reconcileAnswers(saved.answers, fingerprints(saved.seed)).answers);
  return exam.current ? { seed: saved.seed, answers } : { seed: saved.seed, answers, result: exam.last };
}
