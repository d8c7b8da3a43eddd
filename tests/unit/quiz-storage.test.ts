import { describe, expect, it } from 'vitest';
import {
  emptyProgress,
  loadProgress,
  MAX_CHARS,
  memoryStore,
  PROGRESS_KEY,
  reconcileModule,
  resetProgress,
  saveProgress,
  type KeyValueStore,
  type Progress,
} from '../../src/lib/quiz/storage';
import { EXPORT_FORMAT, exportProgress, importProgress } from '../../src/lib/quiz/transfer';

const result = { correct: 18, total: 20, percent: 90, seed: 482913, date: '2026-11-26', passed: true, answers: { 'dasar-hukum/dh-01': { c: ['c'], f: 'x1' } } };
const sample = (): Progress => ({
  modules: {
    'dasar-hukum': { answers: { 'dh-01': { c: ['c'], f: 'fp1' }, 'dh-02': { c: ['salah'], f: 'fp2' } }, attempt: 1, best: { correct: 9, total: 10, percent: 90 } },
  },
  checks: { 'dasar-hukum': { answers: { 'dh-02': { c: ['salah'], f: 'fp2' } }, attempt: 0 } },
  exam: { current: { seed: 111111, answers: {} }, last: result, pass: result },
});
const stored = (store: KeyValueStore) => JSON.parse(store.getItem(PROGRESS_KEY)!);

describe('loading and saving progress', () => {
  it('round-trips through the store and reports nothing', () => {
    const store = memoryStore();
    expect(saveProgress(store, sample())).toBeUndefined();
    expect(loadProgress(store)).toEqual({ progress: sample(), notices: [] });
  });

  it('starts empty, without a notice, when nothing is stored', () => {
    expect(loadProgress(memoryStore())).toEqual({ progress: emptyProgress(), notices: [] });
  });

  it('resets unreadable JSON with a notice, and writes nothing broken back', () => {
    const store = memoryStore({ [PROGRESS_KEY]: '{"modules": {' });
    const loaded = loadProgress(store);
    expect(loaded.progress).toEqual(emptyProgress());
    expect(loaded.notices).toEqual(['reset']);
    expect(stored(store)).toEqual(emptyProgress());
    expect(loadProgress(store).notices).toEqual([]);
  });

  it('resets a wrong shape part by part, keeping the parts that are fine', () => {
    const good = sample();
    const store = memoryStore({
      [PROGRESS_KEY]: JSON.stringify({
        modules: { ...good.modules, 'media-sosial': { answers: 'semua benar', attempt: 0 }, 'BAD ID': good.modules['dasar-hukum'] },
        checks: { 'dasar-hukum': { answers: { 'dh-01': { c: [1], f: 'x' } }, attempt: 0 } },
        exam: { ...good.exam, pass: { ...result, passed: false }, current: { seed: -1, answers: {} } },
      }),
    });
    const loaded = loadProgress(store);
    expect(loaded.notices).toEqual(['reset']);
    expect(loaded.progress.modules).toEqual(good.modules);
    expect(loaded.progress.checks).toEqual({});
    // A "pass" that did not pass is not a pass; a negative seed is no seed.
    expect(loaded.progress.exam).toEqual({ last: result });
    expect(stored(store)).toEqual(loaded.progress);
  });

  it('drops foreign data: unknown fields, and other keys in our namespace', () => {
    const store = memoryStore({
      [PROGRESS_KEY]: JSON.stringify({ ...sample(), hadiah: 'mobil' }),
      'nas:v1:lain': '1',
      'nas:v9:progress': JSON.stringify(sample()),
      'starlight-theme': 'dark',
      'nas:aula:v1:ikrar': '{"slide":2}',
    });
    const loaded = loadProgress(store);
    expect(loaded.progress).toEqual(sample());
    expect(loaded.notices).toEqual(['reset']);
    expect(store.getItem('nas:v1:lain')).toBeNull();
    expect(store.getItem('nas:v9:progress')).toBeNull();
    // Keys of other features and applications are not ours to touch.
    expect(store.getItem('starlight-theme')).toBe('dark');
    expect(store.getItem('nas:aula:v1:ikrar')).toBe('{"slide":2}');
  });

  it('resets progress too large to be ours', () => {
    const huge = { ...sample(), modules: { 'dasar-hukum': { answers: {}, attempt: 0, catatan: 'x'.repeat(MAX_CHARS) } } };
    const loaded = loadProgress(memoryStore({ [PROGRESS_KEY]: JSON.stringify(huge) }));
    expect(loaded).toEqual({ progress: emptyProgress(), notices: ['reset'] });
  });

  it('never throws on data of any type', () => {
    for (const text of ['null', '42', '"teks"', '[]', 'true', '{"modules": []}', '{"exam": {"last": {}}}']) {
      const loaded = loadProgress(memoryStore({ [PROGRESS_KEY]: text }));
      expect(loaded.notices).toEqual(['reset']);
    }
  });

  it('migrates an older version when a migration exists, and removes the old key', () => {
    // A made-up version 0 that stored module scores only, to exercise the mechanism.
    const store = memoryStore({ 'nas:v0:progress': JSON.stringify({ skor: { 'dasar-hukum': 7 } }) });
    const migrations = {
      0: (old: unknown) => ({
        modules: Object.fromEntries(
          Object.keys((old as { skor: Record<string, number> }).skor).map((id) => [id, { answers: {}, attempt: 0 }]),
        ),
      }),
    };
    const loaded = loadProgress(store, migrations);
    expect(loaded.progress.modules).toEqual({ 'dasar-hukum': { answers: {}, attempt: 0 } });
    expect(loaded.notices).toEqual([]);
    expect(store.getItem('nas:v0:progress')).toBeNull();
    expect(stored(store).modules).toEqual({ 'dasar-hukum': { answers: {}, attempt: 0 } });
  });

  it('resets an older version without a migration, with a notice', () => {
    const store = memoryStore({ 'nas:v0:progress': '{"skor": 1}' });
    const loaded = loadProgress(store);
    expect(loaded).toEqual({ progress: emptyProgress(), notices: ['reset'] });
    expect(store.getItem('nas:v0:progress')).toBeNull();
  });

  it('resets with a notice when a migration throws', () => {
    const store = memoryStore({ 'nas:v0:progress': '{"skor": 1}' });
    const loaded = loadProgress(store, {
      0: () => {
        throw new Error('rusak');
      },
    });
    expect(loaded).toEqual({ progress: emptyProgress(), notices: ['reset'] });
  });

  it('reports a full or blocked store instead of throwing', () => {
    const full: KeyValueStore = {
      ...memoryStore(),
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
    };
    expect(saveProgress(full, sample())).toBe('quota');
    const blocked: KeyValueStore = {
      ...memoryStore(),
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    expect(loadProgress(blocked)).toEqual({ progress: emptyProgress(), notices: ['unavailable'] });
  });

  it('reports a quota error when the repaired progress cannot be written back', () => {
    const data = memoryStore({ [PROGRESS_KEY]: 'kacau' });
    const store: KeyValueStore = {
      getItem: (k) => data.getItem(k),
      removeItem: (k) => data.removeItem(k),
      key: (i) => data.key(i),
      get length() {
        return data.length;
      },
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
    };
    expect(loadProgress(store).notices).toEqual(['reset', 'quota']);
  });

  it('resets everything', () => {
    const store = memoryStore();
    saveProgress(store, sample());
    resetProgress(store);
    expect(loadProgress(store).progress).toEqual(emptyProgress());
  });
});

describe('changed banks', () => {
  const module = sample().modules['dasar-hukum'];

  it('keeps answers whose question is unchanged', () => {
    expect(reconcileModule(module, { 'dh-01': 'fp1', 'dh-02': 'fp2', 'dh-03': 'fp3' })).toBe(module);
  });

  it('drops answers to changed or removed questions, keeps the rest, and forgets the best score', () => {
    expect(reconcileModule(module, { 'dh-01': 'fp1-baru' })).toEqual({ answers: {}, attempt: 1 });
    expect(reconcileModule(module, { 'dh-02': 'fp2' })).toEqual({
      answers: { 'dh-02': { c: ['salah'], f: 'fp2' } },
      attempt: 1,
    });
  });

  it('gives an empty module when nothing is stored', () => {
    expect(reconcileModule(undefined, { 'dh-01': 'fp1' })).toEqual({ answers: {}, attempt: 0 });
  });
});

describe('export and import', () => {
  it('round-trips', () => {
    const file = exportProgress(sample(), '2026-11-26T10:00:00.000Z');
    expect(JSON.parse(file)).toMatchObject({ format: EXPORT_FORMAT, version: 1, exportedAt: '2026-11-26T10:00:00.000Z' });
    expect(importProgress(file)).toEqual({ ok: true, progress: sample() });
  });

  it('refuses a file that is not JSON, not ours, from another version, or partly broken', () => {
    const file = JSON.parse(exportProgress(sample(), 'x'));
    expect(importProgress('bukan json')).toEqual({ ok: false, reason: 'json' });
    expect(importProgress(JSON.stringify({ ...file, format: 'lain' }))).toEqual({ ok: false, reason: 'format' });
    expect(importProgress('[]')).toEqual({ ok: false, reason: 'format' });
    expect(importProgress(JSON.stringify({ ...file, version: 2 }))).toEqual({ ok: false, reason: 'version' });
    const broken = { ...file, progress: { ...file.progress, modules: { 'dasar-hukum': { attempt: 'dua' } } } };
    expect(importProgress(JSON.stringify(broken))).toEqual({ ok: false, reason: 'shape' });
  });
});
