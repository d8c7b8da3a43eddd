/*
 * What the islands receive: questions already rendered to HTML at build time, the answer key as
 * option flags, and a fingerprint per question. Types only, plus tiny helpers; no Astro, no Preact.
 */
import type { ScorableQuestion } from './scoring';

export type ViewQuestionType = 'single' | 'multiple' | 'truefalse' | 'verdict';

export interface ViewOption {
  key: string;
  /** Inline HTML. */
  text: string;
  /** True on the right options; left out on wrong ones (smaller props). */
  correct?: boolean;
  /** Inline HTML shown when this option was chosen; left out where the page does not need it (exam). */
  feedback?: string;
}

export interface ViewQuestion extends ScorableQuestion {
  id: string;
  type: ViewQuestionType;
  /** Inline HTML (paragraphs turned into block spans, so it can sit inside a legend). */
  prompt: string;
  options: ViewOption[];
  /** HTML. Left out, with `rules` and the options' feedback, when the island loads them (QuizReview). */
  explanation?: string;
  /** Rule ids; their links are in the page's rule table (ViewRules). */
  rules?: string[];
  /** Fingerprint of prompt and options (see hash.ts). */
  fp: string;
}

/**
 * Rules named by the questions on a page, rendered at build time: rule id -> one HTML <li> with a
 * link to the rule, its verdict and links to its legal bases.
 */
export type ViewRules = Record<string, string>;

export interface ViewBank {
  id: string;
  questions: ViewQuestion[];
}

/** Question id -> fingerprint, for reconciling stored answers. */
export const fingerprints = (questions: readonly ViewQuestion[]): Record<string, string> =>
  Object.fromEntries(questions.map((q) => [q.id, q.fp]));


