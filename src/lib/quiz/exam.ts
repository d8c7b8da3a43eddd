/*
 * The final exam's domain rules: which passed exam the certificate keeps, what the exam shows for
 * what is stored, and chosen keys as stored answers. Pure: no Preact, no storage access.
 */
import { EXAM } from './exam-settings';
import { chosenKeys, type ChosenKeys } from './outcomes';
import type { Score } from './scoring';
import { reconcileAnswers, type ExamProgress, type ExamResult, type StoredAnswers } from './storage';

/**
 * Chosen keys as stored answers, for the given questions only (ids with their fingerprints), leaving
 * out questions with nothing chosen.
 */
export function toStoredAnswers(questions: readonly { id: string; fp: string }[], chosen: Readonly<ChosenKeys>): StoredAnswers {
  return Object.fromEntries(questions.filter((q) => chosen[q.id]?.length).map((q) => [q.id, { c: chosen[q.id], f: q.fp }]));
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

/** Whether a score passes the exam (here, not in scoring.ts: module quizzes and short checks have no pass mark). */
export function hasPassed(score: Score, passMark: number = EXAM.passMark): boolean {
  return score.total > 0 && score.percent >= passMark;
}
