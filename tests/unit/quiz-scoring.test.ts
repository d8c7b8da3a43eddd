import { describe, expect, it } from 'vitest';
import { quizBankSchema } from '../../src/schemas/quiz';
import { EXAM } from '../../src/lib/quiz/exam-settings';
import { correctKeys, isAnswerCorrect, scoreAnswers } from '../../src/lib/quiz/scoring';
import { hasPassed } from '../../src/lib/quiz/exam';

// The four authored types, normalised by the real schema so the test scores what the site scores.
const rules = ['ikut-kampanye'];
const opt = (text: string, correct = false) => ({ text, correct, feedback: `Umpan balik ${text}.` });
const [single, multiple, truefalse, verdict] = quizBankSchema.parse({
  title: 'Uji',
  lesson: 'materi/dasar-hukum',
  order: 1,
  description: 'Uji.',
  questions: [
    { id: 's', type: 'single', prompt: 'P?', explanation: 'E.', rules, options: [opt('A'), opt('B', true), opt('C')] },
    { id: 'm', type: 'multiple', prompt: 'P?', explanation: 'E.', rules, options: [opt('A', true), opt('B'), opt('C', true)] },
    { id: 't', type: 'truefalse', prompt: 'P?', explanation: 'E.', rules, answer: false, feedback: { benar: 'b', salah: 's' } },
    { id: 'v', type: 'verdict', prompt: 'P?', explanation: 'E.', rules, answer: 'dilarang', feedback: { boleh: 'b', dilarang: 'd' } },
  ],
}).questions;

describe('scoring every question type', () => {
  it('single choice: only the one correct key', () => {
    expect(correctKeys(single)).toEqual(['b']);
    expect(isAnswerCorrect(single, ['b'])).toBe(true);
    expect(isAnswerCorrect(single, ['a'])).toBe(false);
    expect(isAnswerCorrect(single, ['a', 'b'])).toBe(false);
    expect(isAnswerCorrect(single, [])).toBe(false);
    expect(isAnswerCorrect(single, undefined)).toBe(false);
  });

  it('multiple choice: exactly the correct keys, in any order; partial is wrong', () => {
    expect(isAnswerCorrect(multiple, ['a', 'c'])).toBe(true);
    expect(isAnswerCorrect(multiple, ['c', 'a'])).toBe(true);
    expect(isAnswerCorrect(multiple, ['a'])).toBe(false); // partial
    expect(isAnswerCorrect(multiple, ['a', 'b', 'c'])).toBe(false); // one too many
    expect(isAnswerCorrect(multiple, ['b'])).toBe(false);
  });

  it('true/false: the key named by the answer', () => {
    expect(isAnswerCorrect(truefalse, ['salah'])).toBe(true);
    expect(isAnswerCorrect(truefalse, ['benar'])).toBe(false);
  });

  it('verdict: boleh or dilarang', () => {
    expect(isAnswerCorrect(verdict, ['dilarang'])).toBe(true);
    expect(isAnswerCorrect(verdict, ['boleh'])).toBe(false);
  });

  it('scores a set of answers in whole percent, rounded down', () => {
    const score = scoreAnswers([single, multiple, truefalse], { s: ['b'], m: ['a'], t: ['salah'] });
    expect(score).toEqual({ correct: 2, total: 3, percent: 66 });
    expect(scoreAnswers([], {})).toEqual({ correct: 0, total: 0, percent: 0 });
  });
});

describe('pass mark', () => {
  it('is 80 percent: 79 fails, 80 passes', () => {
    expect(EXAM.passMark).toBe(80);
    expect(hasPassed({ correct: 79, total: 100, percent: 79 })).toBe(false);
    expect(hasPassed({ correct: 80, total: 100, percent: 80 })).toBe(true);
  });

  it('on a 20-question exam, 15 correct (75%) fails and 16 (80%) passes', () => {
    const questions = Array.from({ length: 20 }, (_, i) => ({ ...single, id: `q${i}` }));
    const answers = (n: number) => Object.fromEntries(questions.map((q, i) => [q.id, [i < n ? 'b' : 'a']]));
    expect(hasPassed(scoreAnswers(questions, answers(15)))).toBe(false);
    expect(hasPassed(scoreAnswers(questions, answers(16)))).toBe(true);
  });

  it('never passes an empty exam', () => {
    expect(hasPassed({ correct: 0, total: 0, percent: 100 })).toBe(false);
  });
});
