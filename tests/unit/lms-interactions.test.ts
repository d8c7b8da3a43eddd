import { describe, expect, it } from 'vitest';
import { realBanks } from '../support/banks';
import { drawAcrossBanks } from '../../src/lib/quiz/draw';
import { EXAM } from '../../src/lib/quiz/exam-settings';
import { questionFingerprint } from '../../src/lib/quiz/hash';
import { correctKeys } from '../../src/lib/quiz/scoring';
import type { ExamResult } from '../../src/lib/quiz/storage';
import { choiceLetters, examInteractions, interactionFields, isCmiIdentifier } from '../../src/lib/lms/interactions';
import type { Catalog } from '../../src/lib/lms/suspend';

/*
 * The final exam as SCORM interactions (src/lib/lms/interactions.ts), on the real banks: every drawn
 * question is reported, in encodings SCORM 1.2 accepts (CMIIdentifier: printable, no spaces, at most
 * 255; choice responses: single characters a–z/0–9, comma-separated) and 2004's "[,]" lists.
 */

const catalog: Catalog = {
  banks: realBanks().map(({ id, data }) => ({
    id,
    questions: data.questions.map((q) => ({ id: q.id, keys: q.options.map((o) => o.key), fp: questionFingerprint(q), right: correctKeys(q) })),
  })),
  lessons: [],
};

/** An exam of seed 4242 answered right on even positions and with every option on odd ones; the last left unanswered. */
function exam(): ExamResult {
  const drawn = drawAcrossBanks(catalog.banks, EXAM.questions, 4242);
  const answers = Object.fromEntries(
    drawn.slice(0, -1).map(({ bank, question }, i) => [`${bank}/${question.id}`, { c: i % 2 ? [...question.keys] : [...question.right], f: question.fp }]),
  );
  return { seed: 4242, date: '2026-12-03', correct: 10, total: 20, percent: 50, passed: false, answers };
}

const CHOICE_12 = /^[a-z0-9](,[a-z0-9])*$/;

describe('exam interactions', () => {
  it('reports every drawn question in order, with its result, including the one left unanswered', () => {
    const items = examInteractions(catalog, exam());
    const drawn = drawAcrossBanks(catalog.banks, EXAM.questions, 4242).map(({ bank, question }) => `${bank}.${question.id}`);
    expect(items.map((i) => i.id)).toEqual(drawn);
    expect(items.filter((_, i) => i % 2 === 0 && i < 19).every((i) => i.correct)).toBe(true);
    expect(items.filter((_, i) => i % 2 === 1).every((i) => !i.correct)).toBe(true);
    expect(items[19]).toMatchObject({ chosen: [], correct: false });
  });

  it('writes SCORM 1.2 encodings: identifiers, single-character choices, correct or wrong', () => {
    for (const item of examInteractions(catalog, exam())) {
      const fields = Object.fromEntries(interactionFields('1.2', item));
      expect(interactionFields('1.2', item).slice(0, 2).map(([k]) => k)).toEqual(['id', 'type']);
      expect(isCmiIdentifier(fields.id) && fields.id.length <= 255 && !/\s/.test(fields.id)).toBe(true);
      expect(fields.type).toBe('choice');
      expect(fields['correct_responses.0.pattern']).toMatch(CHOICE_12);
      if (item.chosen.length) expect(fields.student_response).toMatch(CHOICE_12);
      else expect(fields.student_response).toBeUndefined();
      expect(fields.result).toBe(item.correct ? 'correct' : 'wrong');
    }
    expect(choiceLetters(['benar', 'salah'], ['salah'])).toBe('b');
    expect(choiceLetters(['a', 'b', 'c', 'd'], ['d', 'a'])).toBe('a,d');
  });

  it('writes SCORM 2004 encodings: option keys joined by [,], the correct pattern, correct or incorrect', () => {
    const items = examInteractions(catalog, exam());
    const multiple = items.find((i) => i.right.length > 1 && i.chosen.length);
    const fields = Object.fromEntries(interactionFields('2004', items[0]));
    expect(fields).toMatchObject({ id: items[0].id, type: 'choice', result: 'correct' });
    expect(fields.learner_response).toBe(fields['correct_responses.0.pattern']);
    expect(fields.learner_response).toMatch(/^[a-z]+(\[,\][a-z]+)*$/);
    if (multiple) expect(Object.fromEntries(interactionFields('2004', multiple))['correct_responses.0.pattern']).toContain('[,]');
    expect(Object.fromEntries(interactionFields('2004', items[1])).result).toBe('incorrect');
  });

  it('refuses an id that is not a CMIIdentifier', () => {
    expect(isCmiIdentifier('dasar-hukum.dh-01')).toBe(true);
    expect(isCmiIdentifier('dasar hukum')).toBe(false);
    expect(isCmiIdentifier('x'.repeat(256))).toBe(false);
    expect(() => interactionFields('1.2', { id: 'a b', keys: ['a'], chosen: [], right: ['a'], correct: false })).toThrow(/CMIIdentifier/);
  });
});
