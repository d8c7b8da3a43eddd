import { afterEach, describe, expect, it } from 'vitest';
import { browserStore, loadProgress, memoryStore, PROGRESS_KEY, PROVIDED_STORE, type Progress } from '../../src/lib/quiz/storage';

/*
 * Bug 2 of issue 22: inside an LMS package the islands must read the LMS's copy of the progress that
 * the package's runtime provides (src/lib/lms/runtime.ts), never this browser's localStorage, where
 * another activity or another person on the same PC left a pass. Outside a package nothing changes.
 */

const passed = (percent: number): Progress => ({
  modules: {},
  checks: {},
  exam: { pass: { seed: 1, date: '2026-12-01', correct: 20, total: 20, percent, passed: true, answers: {} } },
});

const g = globalThis as Record<string, unknown>;
afterEach(() => {
  delete g[PROVIDED_STORE];
  delete g.localStorage;
});

describe('the store the islands use', () => {
  it("inside a package: the LMS's copy, not the browser's pass from another activity", () => {
    g.localStorage = memoryStore({ [PROGRESS_KEY]: JSON.stringify(passed(100)) });
    g[PROVIDED_STORE] = memoryStore({ [PROGRESS_KEY]: JSON.stringify({ modules: {}, checks: {}, exam: {} }) });
    const { store, persistent } = browserStore();
    expect(persistent).toBe(true);
    expect(loadProgress(store).progress.exam.pass).toBeUndefined();
  });

  it('outside a package: localStorage, as before', () => {
    g.localStorage = memoryStore({ [PROGRESS_KEY]: JSON.stringify(passed(90)) });
    expect(loadProgress(browserStore().store).progress.exam.pass?.percent).toBe(90);
  });
});
