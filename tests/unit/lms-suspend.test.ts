import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { realBanks } from '../support/banks';
import { questionFingerprint } from '../../src/lib/quiz/hash';
import { correctKeys } from '../../src/lib/quiz/scoring';
import { drawAcrossBanks } from '../../src/lib/quiz/draw';
import type { ExamResult, Progress, StoredAnswers } from '../../src/lib/quiz/storage';
import {
  bankHash,
  decodeState,
  encodeState,
  SUSPEND_LIMIT,
  type Catalog,
  type LmsState,
} from '../../src/lib/lms/suspend';

/*
 * The progress kept in the LMS's suspend data (src/lib/lms/suspend.ts), on the real banks: it must
 * round-trip, fit SCORM 1.2's 4 096 characters at its largest, and never throw on damaged data.
 */

const root = join(import.meta.dirname, '..', '..');
const banks = realBanks().map(({ id, data }) => ({
  id,
  questions: data.questions.map((q) => ({ id: q.id, keys: q.options.map((o) => o.key), fp: questionFingerprint(q), right: correctKeys(q) })),
}));
const lessons = readdirSync(join(root, 'src', 'content', 'docs', 'materi')).map((f) => `/materi/${f.replace(/\.mdx?$/, '')}/`);
const catalog: Catalog = { banks, lessons };

/** Every option chosen: the widest answer there is. */
const allAnswers = (bank: (typeof banks)[number], prefix = ''): StoredAnswers =>
  Object.fromEntries(bank.questions.map((q) => [prefix + q.id, { c: [...q.keys], f: q.fp }]));

function examAnswers(seed: number): StoredAnswers {
  const drawn = drawAcrossBanks(
    banks.map((b) => ({ id: b.id, questions: b.questions.map((q) => ({ ...q, options: q.keys.map((key) => ({ key, correct: false })) })) })),
    20,
    seed,
  );
  return Object.fromEntries(
    drawn.map(({ bank, question }) => [`${bank}/${question.id}`, { c: question.options.map((o) => o.key), f: question.fp }]),
  );
}

const result = (seed: number, correct: number, passed: boolean, date: string): ExamResult => ({
  seed,
  date,
  correct,
  total: 20,
  percent: Math.floor((correct * 100) / 20),
  passed,
  answers: examAnswers(seed),
});

/** The most a learner can have: every lesson read, every module and check done, an exam in progress, a last and a best exam. */
function largest(): LmsState {
  const modules = Object.fromEntries(
    banks.map((b) => [b.id, { answers: allAnswers(b), attempt: 999_999, best: { correct: b.questions.length, total: b.questions.length, percent: 100 } }]),
  );
  const progress: Progress = {
    modules,
    checks: structuredClone(modules),
    exam: {
      current: { seed: 4_294_967_295, answers: examAnswers(4_294_967_295) },
      last: result(4_294_967_294, 12, false, '2026-12-31'),
      pass: result(4_294_967_293, 20, true, '2026-12-30'),
    },
  };
  return { progress, read: [...lessons] };
}

describe('suspend data', () => {
  it('fits SCORM 1.2 at its largest and round-trips exactly', () => {
    const state = largest();
    const text = encodeState(catalog, state);
    // Reported in the issue: the size of the largest suspend data.
    console.info(`suspend data at its largest: ${text.length} characters (limit 1.2: ${SUSPEND_LIMIT['1.2']}, 2004: ${SUSPEND_LIMIT['2004']})`);
    expect(text.length).toBeLessThanOrEqual(SUSPEND_LIMIT['1.2']);
    expect(Object.keys(state.progress.exam.current!.answers)).toHaveLength(20);
    const back = decodeState(catalog, text);
    expect(back.read.sort()).toEqual([...lessons].sort());
    expect(back.progress).toEqual(state.progress);
  });

  it('round-trips an empty state and a partly answered one', () => {
    const empty: LmsState = { progress: { modules: {}, checks: {}, exam: {} }, read: [] };
    expect(decodeState(catalog, encodeState(catalog, empty))).toEqual(empty);
    const b = banks[1];
    const partial: LmsState = {
      progress: {
        modules: { [b.id]: { answers: { [b.questions[2].id]: { c: [b.questions[2].keys[1]], f: b.questions[2].fp } }, attempt: 2 } },
        checks: {},
        exam: { current: { seed: 123456, answers: {} } },
      },
      read: [lessons[3]],
    };
    expect(decodeState(catalog, encodeState(catalog, partial))).toEqual(partial);
  });

  it('reads nothing from damaged or foreign data, without throwing', () => {
    const good = encodeState(catalog, largest());
    for (const bad of ['', 'x', '2|||||', good.slice(0, good.length / 2), good.replace(/\|/g, ';'), '1|||||||', '{"a":1}', '1|zz|a,b,c|;;|x,y|1,2,3,4,5,6|'])
      expect(decodeState(catalog, bad).progress).toEqual({ modules: {}, checks: {}, exam: {} });
  });

  it('leaves out the answers to a bank that changed since they were saved', () => {
    const text = encodeState(catalog, largest());
    const changed: Catalog = structuredClone(catalog);
    changed.banks[0].questions[0].fp = 'berubah';
    expect(bankHash(changed.banks[0])).not.toBe(bankHash(catalog.banks[0]));
    const back = decodeState(changed, text);
    expect(back.progress.modules[banks[0].id]).toBeUndefined();
    expect(back.progress.modules[banks[1].id]).toBeDefined();
    expect(Object.keys(back.progress.exam.pass!.answers).some((k) => k.startsWith(`${banks[0].id}/`))).toBe(false);
  });
});
