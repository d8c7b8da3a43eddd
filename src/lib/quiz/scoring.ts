/*
 * Scoring for every question type. Pure: no Astro, no Preact, no storage. The schema turns all four
 * authored types (single, multiple, truefalse, verdict) into one shape, a list of keyed options of
 * which one or more are correct, so one rule scores them all: the chosen keys must be exactly the
 * correct keys (no partial credit for a multiple-answer question).
 */
export interface ScorableOption {
  key: string;
  /** Left out (rather than false) on wrong options in the islands' props, to keep pages small. */
  correct?: boolean;
}

export interface ScorableQuestion {
  id: string;
  options: readonly ScorableOption[];
}

/** Chosen option keys per question id. */
export type Answers = Readonly<Record<string, readonly string[]>>;

export interface Score {
  correct: number;
  total: number;
  /** Whole percent, rounded down so that 79.9 never shows as 80. */
  percent: number;
}

export function correctKeys(question: ScorableQuestion): string[] {
  return question.options.filter((o) => o.correct).map((o) => o.key);
}

export function isAnswerCorrect(question: ScorableQuestion, chosen: readonly string[] | undefined): boolean {
  if (!chosen || chosen.length === 0) return false;
  const expected = new Set(correctKeys(question));
  const given = new Set(chosen);
  return given.size === expected.size && [...given].every((key) => expected.has(key));
}

export function scoreAnswers(questions: readonly ScorableQuestion[], answers: Answers): Score {
  const correct = questions.filter((q) => isAnswerCorrect(q, answers[q.id])).length;
  const total = questions.length;
  return { correct, total, percent: total === 0 ? 0 : Math.floor((correct * 100) / total) };
}
