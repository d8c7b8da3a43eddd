/*
 * Review material loaded apart from the questions (the exam's /ujian/ulasan.json, a bank's
 * /kuis/<modul>/ulasan.json for the short checks): what is shown of a question only after checking.
 */
import type { ViewQuestion, ViewRules } from './view';

/** What is shown of a question only after checking. */
export interface QuestionReview {
  /** HTML. */
  explanation: string;
  rules: string[];
  /** Inline HTML per option key (left out where the page does not need it: the exam). */
  feedback?: Record<string, string>;
}

/**
 * A page's review material when it is loaded apart from the questions: per question (by id, or
 * "bank/id" in the exam) and the rule table.
 */
export interface QuizReview {
  questions: Record<string, QuestionReview>;
  rules: ViewRules;
}

/** The question with its review material merged in (unchanged when there is none yet). */
export function withReview(q: ViewQuestion, review: QuestionReview | undefined): ViewQuestion {
  if (!review) return q;
  const { feedback } = review;
  return {
    ...q,
    explanation: review.explanation,
    rules: review.rules,
    options: feedback ? q.options.map((o) => ({ ...o, feedback: feedback[o.key] })) : q.options,
  };
}
