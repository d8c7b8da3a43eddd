/*
 * The final exam's answers as SCORM interactions (cmi.interactions.n.*), so that the LMS's
 * interactions report shows which questions, and so which rules, staff miss. Pure: the runtime
 * (runtime.ts) passes the lists to ScormSession.recordInteractions.
 *
 * Encodings, per version:
 * - id: "bank.question" ("dasar-hukum.dh-01"): printable ASCII without spaces, at most 255
 *   characters (SCORM 1.2 CMIIdentifier; 2004's long_identifier_type allows more).
 * - type "choice" for every question (true/false and boleh/dilarang are choices of two).
 * - 1.2 responses (student_response, correct_responses.0.pattern): one character per option, a–z
 *   by the option's place in authored order, comma-separated ("a,c"), as 1.2 requires for choice.
 *   2004 responses (learner_response, the pattern): the option keys ("boleh", "a"), joined by "[,]".
 * - result: 1.2 "correct"/"wrong", 2004 "correct"/"incorrect".
 */
import { drawAcrossBanks } from '../quiz/draw';
import { EXAM } from '../quiz/exam-settings';
import { isAnswerCorrect } from '../quiz/scoring';
import type { ExamResult } from '../quiz/storage';
import type { ScormVersion } from './scorm';
import type { Catalog, CatalogQuestion } from './suspend';

export interface ExamInteraction {
  /** "bank.question" */
  id: string;
  /** All option keys, in authored order. */
  keys: string[];
  chosen: string[];
  right: string[];
  correct: boolean;
}

/** A SCORM 1.2 CMIIdentifier: 1–255 printable ASCII characters, no spaces. */
export const isCmiIdentifier = (id: string) => /^[!-~]{1,255}$/.test(id);

const LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Option keys as 1.2 choice characters: the option's place, a–z then 0–9. */
export const choiceLetters = (keys: readonly string[], chosen: readonly string[]) =>
  keys
    .map((k, i) => (chosen.includes(k) ? LETTERS[i] : undefined))
    .filter((c): c is string => c !== undefined)
    .join(',');

/**
 * The questions of a checked exam, in the order they were shown: the draw is redone from the exam's
 * seed, as the exam page does, so questions left unanswered are reported too. When the catalog no
 * longer draws what was answered (another package version), the answered questions are reported.
 */
export function examInteractions(catalog: Catalog, exam: ExamResult): ExamInteraction[] {
  const byKey = new Map<string, CatalogQuestion>(catalog.banks.flatMap((b) => b.questions.map((q) => [`${b.id}/${q.id}`, q] as const)));
  let keys: string[];
  try {
    keys = drawAcrossBanks(catalog.banks, EXAM.questions, exam.seed).map(({ bank, question }) => `${bank}/${question.id}`);
  } catch {
    keys = [];
  }
  if (!Object.keys(exam.answers).every((k) => keys.includes(k))) keys = Object.keys(exam.answers);
  return keys
    .filter((key) => byKey.has(key))
    .map((key) => {
      const q = byKey.get(key)!;
      const chosen = exam.answers[key]?.c ?? [];
      const options = q.keys.map((k) => ({ key: k, correct: q.right.includes(k) }));
      return { id: key.replace('/', '.'), keys: q.keys, chosen, right: q.right, correct: isAnswerCorrect({ id: key, options }, chosen) };
    });
}

/** One interaction's elements (after "cmi.interactions.n."), in the order SCORM requires: id and type first. */
export function interactionFields(version: ScormVersion, item: ExamInteraction): [string, string][] {
  if (!isCmiIdentifier(item.id)) throw new Error(`SCORM: "${item.id}" bukan CMIIdentifier`);
  if (version === '1.2') {
    const fields: [string, string][] = [
      ['id', item.id],
      ['type', 'choice'],
    ];
    // An empty response is not a choice; an unanswered question only has its result.
    if (item.chosen.length) fields.push(['student_response', choiceLetters(item.keys, item.chosen)]);
    fields.push(['correct_responses.0.pattern', choiceLetters(item.keys, item.right)], ['result', item.correct ? 'correct' : 'wrong']);
    return fields;
  }
  const fields: [string, string][] = [
    ['id', item.id],
    ['type', 'choice'],
  ];
  if (item.chosen.length) fields.push(['learner_response', item.keys.filter((k) => item.chosen.includes(k)).join('[,]')]);
  fields.push(['correct_responses.0.pattern', item.keys.filter((k) => item.right.includes(k)).join('[,]')], ['result', item.correct ? 'correct' : 'incorrect']);
  return fields;
}
