/*
 * The learner's progress, kept only in this browser. Pure TypeScript: the store is injected
 * (localStorage in the browser, a memory store in tests or when localStorage is missing or throws).
 *
 * One versioned namespace: everything lives under `nas:v1:progress`. Loading never throws: data that
 * cannot be read (bad JSON, wrong shape, an unknown or older version without a migration) is reset,
 * part by part, and the caller gets a notice to show. Validation is hand-written so the islands stay
 * small (no schema library in the browser).
 */

export const NAMESPACE = 'nas';
export const VERSION = 1;
export const PROGRESS_KEY = `${NAMESPACE}:v${VERSION}:progress`;

/** The subset of the Web Storage API we use. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

/** An answer that was checked: the chosen option keys and the question's fingerprint at the time. */
export interface StoredAnswer {
  c: string[];
  f: string;
}
export type StoredAnswers = Record<string, StoredAnswer>;

export interface ScoreRecord {
  correct: number;
  total: number;
  percent: number;
}

/** One module quiz (or one lesson's short check). */
export interface ModuleProgress {
  answers: StoredAnswers;
  /** How many times "Ulangi" was pressed: seeds the option order. */
  attempt: number;
  /** Best score of a completed run. */
  best?: ScoreRecord;
}

export interface ExamResult extends ScoreRecord {
  seed: number;
  /** YYYY-MM-DD, the learner's local date when the exam was checked. */
  date: string;
  passed: boolean;
  /** Answers by `bank/question` id, for the review after a reload. */
  answers: StoredAnswers;
}

export interface ExamProgress {
  /** An exam being answered: its seed and the answers so far. */
  current?: { seed: number; answers: StoredAnswers };
  /** The last checked exam. */
  last?: ExamResult;
  /** The best passed exam: what the certificate shows. */
  pass?: ExamResult;
}

export interface Progress {
  modules: Record<string, ModuleProgress>;
  checks: Record<string, ModuleProgress>;
  exam: ExamProgress;
}

/** Why the learner should be told something about their stored progress. */
export type Notice = 'reset' | 'quota' | 'unavailable';

export const emptyProgress = (): Progress => ({ modules: {}, checks: {}, exam: {} });

// ---------------------------------------------------------------------------------------------
// Stores

export function memoryStore(initial: Record<string, string> = {}): KeyValueStore {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, String(value)),
    removeItem: (key) => void data.delete(key),
    key: (index) => [...data.keys()][index] ?? null,
    get length() {
      return data.size;
    },
  };
}

/**
 * Where an LMS package's runtime (src/lib/lms/runtime.ts) puts the store the islands must use there:
 * inside an LMS the LMS is the learner's record, so progress is read from and written to its copy,
 * never to this browser's localStorage, which other activities and other people on the same PC
 * share. Nothing sets it on the site itself.
 */
export const PROVIDED_STORE = '__nasProgressStore';

/**
 * The store an LMS package provides, else localStorage when it works (it throws in some private
 * modes and when disabled), memory otherwise.
 */
export function browserStore(): { store: KeyValueStore; persistent: boolean } {
  const provided = (globalThis as Record<string, unknown>)[PROVIDED_STORE] as KeyValueStore | undefined;
  if (provided) return { store: provided, persistent: true };
  try {
    const store = globalThis.localStorage;
    const probe = `${NAMESPACE}:probe`;
    store.setItem(probe, '1');
    store.removeItem(probe);
    return { store, persistent: true };
  } catch {
    return { store: memoryStore(), persistent: false };
  }
}

// ---------------------------------------------------------------------------------------------
// Validation

type Json = Record<string, unknown>;
export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
/** A bank or question id, or "bank/question" in the exam. */
const ID = /^[a-z0-9-]{1,80}(\/[a-z0-9-]{1,80})?$/;
const OPTION_KEY = /^[a-z]{1,12}$/;

// Each reader returns a clean copy of a valid part, or undefined.

function answersOf(v: unknown): StoredAnswers | undefined {
  if (!isObject(v)) return undefined;
  const out: StoredAnswers = {};
  for (const [id, a] of Object.entries(v)) {
    if (!ID.test(id) || !isObject(a) || typeof a.f !== 'string' || !Array.isArray(a.c)) return undefined;
    if (!a.c.every((k) => typeof k === 'string' && OPTION_KEY.test(k))) return undefined;
    out[id] = { c: [...a.c], f: a.f };
  }
  return out;
}

const scoreOf = (v: unknown): ScoreRecord | undefined =>
  isObject(v) && isCount(v.correct) && isCount(v.total) && isCount(v.percent) && v.correct <= v.total && v.percent <= 100
    ? { correct: v.correct, total: v.total, percent: v.percent }
    : undefined;

function moduleOf(v: unknown): ModuleProgress | undefined {
  if (!isObject(v)) return undefined;
  const answers = answersOf(v.answers);
  const best = scoreOf(v.best);
  if (answers && isCount(v.attempt) && (best || v.best === undefined))
    return best ? { answers, attempt: v.attempt, best } : { answers, attempt: v.attempt };
}

function currentOf(v: unknown): ExamProgress['current'] {
  const answers = isObject(v) ? answersOf(v.answers) : undefined;
  if (answers && isCount((v as Json).seed)) return { seed: (v as Json).seed as number, answers };
}

function resultOf(v: unknown): ExamResult | undefined {
  const score = scoreOf(v);
  const answers = isObject(v) ? answersOf(v.answers) : undefined;
  if (score && answers && isObject(v) && isCount(v.seed) && isDate(v.date) && typeof v.passed === 'boolean')
    return { ...score, seed: v.seed, date: v.date, passed: v.passed, answers };
}

/** Reads each part on its own (a module, a short check, each part of the exam); counts what is left out. */
export function readProgress(raw: unknown): { progress: Progress; dropped: number } {
  const progress = emptyProgress();
  if (!isObject(raw)) return { progress, dropped: 1 };
  let dropped = 0;
  const take = <T>(value: unknown, read: (v: unknown) => T | undefined, put: (v: T) => void) => {
    if (value === undefined) return;
    const part = read(value);
    if (part === undefined) dropped++;
    else put(part);
  };
  for (const [key, value] of Object.entries(raw)) {
    if ((key === 'modules' || key === 'checks') && isObject(value)) {
      for (const [id, m] of Object.entries(value)) take(ID.test(id) ? m : null, moduleOf, (v) => (progress[key][id] = v));
    } else if (key === 'exam' && isObject(value)) {
      take(value.current, currentOf, (v) => (progress.exam.current = v));
      take(value.last, resultOf, (v) => (progress.exam.last = v));
      take(value.pass, (v) => (resultOf(v)?.passed ? resultOf(v) : undefined), (v) => (progress.exam.pass = v));
    } else dropped++;
  }
  return { progress, dropped };
}

// ---------------------------------------------------------------------------------------------
// Load and save

/** Turns data stored by an older version into the current shape. Keyed by the old version number. */
export type Migrations = Record<number, (old: unknown) => unknown>;

/** No older format has been published yet; add an entry here when VERSION goes up. */
export const MIGRATIONS: Migrations = {};

const keyPattern = new RegExp(`^${NAMESPACE}:v(\\d+):progress$`);
const versioned = new RegExp(`^${NAMESPACE}:v\\d+:`);

/** The most stored progress we read (a full course with exam results takes well under 20 000). */
export const MAX_CHARS = 200_000;

export interface Loaded {
  progress: Progress;
  notices: Notice[];
}

/**
 * Loads progress; never throws. Keys of our namespace that are not the current one are removed:
 * an older version is migrated first when a migration exists; anything else is reset with a notice.
 */
export function loadProgress(store: KeyValueStore, migrations: Migrations = MIGRATIONS): Loaded {
  const notices = new Set<Notice>();
  let progress: Progress | undefined;
  let migrated = false;
  try {
    const text = store.getItem(PROGRESS_KEY);
    if (text !== null) {
      let raw: unknown;
      try {
        // Far more than a whole course's answers take: anything bigger is not ours.
        raw = text.length > MAX_CHARS ? undefined : JSON.parse(text);
      } catch {
        raw = undefined;
      }
      const read = readProgress(raw);
      progress = read.progress;
      if (read.dropped > 0) notices.add('reset');
    }
    // Other keys of the versioned progress namespace (nas:v<n>:…): older or newer versions, strays.
    // Keys of other features (nas:aula:…) are not ours to touch.
    const ours: string[] = [];
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (key && versioned.test(key) && key !== PROGRESS_KEY) ours.push(key);
    }
    for (const key of ours) {
      const version = Number(keyPattern.exec(key)?.[1] ?? NaN);
      const migrate = migrations[version];
      if (!progress && migrate) {
        try {
          const read = readProgress(migrate(JSON.parse(store.getItem(key) ?? 'null')));
          progress = read.progress;
          migrated = true;
          if (read.dropped > 0) notices.add('reset');
        } catch {
          notices.add('reset');
        }
      } else notices.add('reset');
      store.removeItem(key);
    }
    // Write back what was repaired or migrated, so the next load is clean.
    if (progress && (migrated || notices.has('reset'))) save(store, progress, notices);
  } catch {
    notices.add('unavailable');
  }
  return { progress: progress ?? emptyProgress(), notices: [...notices] };
}

function save(store: KeyValueStore, progress: Progress, notices: Set<Notice>) {
  try {
    store.setItem(PROGRESS_KEY, JSON.stringify(progress));
  } catch {
    notices.add('quota');
  }
}

/** Saves progress; returns a notice instead of throwing when the browser refuses (quota, disabled). */
export function saveProgress(store: KeyValueStore, progress: Progress): Notice | undefined {
  const notices = new Set<Notice>();
  save(store, progress, notices);
  return notices.size ? 'quota' : undefined;
}

export function resetProgress(store: KeyValueStore): void {
  try {
    store.removeItem(PROGRESS_KEY);
  } catch {
    // Nothing stored that could be removed.
  }
}

// ---------------------------------------------------------------------------------------------
// Changed banks

/**
 * Keeps the answers whose question still exists with the same fingerprint; answers to removed or
 * changed questions are dropped.
 */
export function reconcileAnswers(
  answers: StoredAnswers,
  fingerprints: Readonly<Record<string, string>>,
): { answers: StoredAnswers; dropped: number } {
  const kept: StoredAnswers = {};
  let dropped = 0;
  for (const [id, answer] of Object.entries(answers)) {
    if (fingerprints[id] === answer.f) kept[id] = answer;
    else dropped++;
  }
  return { answers: kept, dropped };
}

/** The module with stale answers removed; its best score is dropped too when any answer was. */
export function reconcileModule(
  module: ModuleProgress | undefined,
  fingerprints: Readonly<Record<string, string>>,
): ModuleProgress {
  if (!module) return { answers: {}, attempt: 0 };
  const { answers, dropped } = reconcileAnswers(module.answers, fingerprints);
  if (dropped === 0) return module;
  return { answers, attempt: module.attempt };
}
