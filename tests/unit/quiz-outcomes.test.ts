import { describe, expect, it } from 'vitest';
import { examView, keptPass, toStoredAnswers } from '../../src/lib/quiz/exam';
import { bestScore, chosenKeys } from '../../src/lib/quiz/outcomes';
import type { ExamResult } from '../../src/lib/quiz/storage';

const score = (correct: number, total: number) => ({ correct, total, percent: Math.floor((correct * 100) / total) });
const result = (percent: number, passed: boolean, date = '2026-11-01'): ExamResult => ({
  correct: percent / 5,
  total: 20,
  percent,
  seed: 1,
  date,
  passed,
  answers: {},
});

describe('best score of a module', () => {
  it('counts only a completed run', () => {
    expect(bestScore(undefined, score(3, 4), false)).toBeUndefined();
    expect(bestScore(undefined, score(3, 4), true)).toEqual(score(3, 4));
  });
  it('keeps the earlier best on a tie or a worse run, and takes a better one', () => {
    const best = score(3, 4);
    expect(bestScore(best, score(3, 4), true)).toBe(best);
    expect(bestScore(best, score(2, 4), true)).toBe(best);
    expect(bestScore(best, score(4, 4), true)).toEqual(score(4, 4));
  });
});

describe('the pass the certificate keeps', () => {
  it('never replaces a pass with a failed exam', () => {
    const pass = result(85, true);
    expect(keptPass(pass, result(100, false))).toBe(pass);
    expect(keptPass(undefined, result(50, false))).toBeUndefined();
  });
  it('takes a new pass at the same or a higher percent, not a lower one', () => {
    const pass = result(90, true);
    const same = result(90, true, '2026-11-02');
    expect(keptPass(pass, same)).toBe(same);
    expect(keptPass(pass, result(80, true))).toBe(pass);
    expect(keptPass(undefined, result(80, true))).toMatchObject({ percent: 80 });
  });
});

describe('answers and keys', () => {
  it('maps stored answers to chosen keys and back, for the given questions only', () => {
    const stored = { a: { c: ['x'], f: 'fa' }, b: { c: ['y', 'z'], f: 'fb' } };
    expect(chosenKeys(stored)).toEqual({ a: ['x'], b: ['y', 'z'] });
    const qs = [
      { id: 'a', fp: 'fa' },
      { id: 'b', fp: 'fb2' },
      { id: 'c', fp: 'fc' },
    ];
    expect(toStoredAnswers(qs, { a: ['x'], b: ['y'], c: [], d: ['q'] })).toEqual({ a: { c: ['x'], f: 'fa' }, b: { c: ['y'], f: 'fb2' } });
  });
});

describe('what the exam shows', () => {
  const fps = () => ({ 'm/a': 'fa', 'm/b': 'fb' });
  it('is nothing when no exam is stored (a new draw is due)', () => {
    expect(examView({}, fps)).toBeUndefined();
  });
  it('resumes the exam in progress, without answers to changed questions', () => {
    const current = { seed: 7, answers: { 'm/a': { c: ['x'], f: 'fa' }, 'm/b': { c: ['y'], f: 'old' } } };
    expect(examView({ current, last: result(50, false) }, fps)).toEqual({ seed: 7, answers: { 'm/a': ['x'] } });
  });
  it('shows the last checked exam with its result when none is in progress', () => {
    const last = { ...result(90, true), seed: 9, answers: { 'm/b': { c: ['y'], f: 'fb' } } };
    expect(examView({ last }, fps)).toEqual({ seed: 9, answers: { 'm/b': ['y'] }, result: last });
  });
});
