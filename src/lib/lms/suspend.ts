/*
 * The learner's progress in the LMS's suspend data, so a learner who relaunches the course on another
 * PC continues where they stopped. SCORM 1.2 keeps only 4 096 characters (2004: 64 000), so the
 * encoding is compact and position-based, not JSON:
 *
 *   1|<lessons read>|<module quizzes>|<short checks>|<exam in progress>|<last exam>|<best passed exam>
 *
 * - A bank is named by a 4-character hash of its id, question ids and fingerprints: when a bank
 *   changes between package versions, its answers no longer match and are left out (never misread).
 * - Answers to a bank are one character per question in bank order: the chosen options as a bit
 *   mask (option 0 = bit 0) in a 64-character alphabet, "0" for no answer.
 * - Lessons read are a bit mask over the catalog's lessons, 5 bits per character.
 * - Fingerprints are not stored: they come back from the catalog (the same package) on decoding.
 * Pure: no DOM, no storage.
 */
import { cyrb53 } from '../quiz/hash';
import { readProgress, type ExamResult, type ModuleProgress, type Progress, type StoredAnswers } from '../quiz/storage';

export interface CatalogQuestion {
  id: string;
  /** Option keys in authored order. */
  keys: string[];
  /** Fingerprint (see hash.ts). */
  fp: string;
  /** The right option keys: the exam's interactions report them (interactions.ts). */
  right: string[];
}
export interface CatalogBank {
  id: string;
  questions: CatalogQuestion[];
}
/** What the package knows about itself: banks, questions and lessons, written at build time. */
export interface Catalog {
  banks: CatalogBank[];
  /** Site paths of the lessons ("/materi/dasar-hukum/"), whose reading is recorded. */
  lessons: string[];
}

/** Progress plus what only the LMS copy records: the lessons read. */
export interface LmsState {
  progress: Progress;
  read: string[];
}

export const SUSPEND_LIMIT = { '1.2': 4096, '2004': 64000 } as const;
const FORMAT = '1';
const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ+*';

export const bankHash = (bank: CatalogBank) =>
  cyrb53([bank.id, ...bank.questions.map((q) => `${q.id}:${q.fp}`)].join('|'))
    .toString(36)
    .padStart(4, '0')
    .slice(-4);

// ---------------------------------------------------------------------------------------------
// Pieces

function maskOf(q: CatalogQuestion, chosen: readonly string[] | undefined): string {
  let mask = 0;
  for (const key of chosen ?? []) {
    const i = q.keys.indexOf(key);
    if (i >= 0 && i < 6) mask |= 1 << i;
  }
  return ALPHABET[mask];
}
function keysOf(q: CatalogQuestion, char: string): string[] | undefined {
  const mask = ALPHABET.indexOf(char);
  if (mask < 0) return undefined;
  return q.keys.filter((_, i) => mask & (1 << i));
}

/** A bank's answers as one character per question; `prefix` is "bank/" for exam answers. */
function encodeAnswers(bank: CatalogBank, answers: StoredAnswers, prefix = ''): string {
  return bank.questions.map((q) => maskOf(q, answers[prefix + q.id]?.c)).join('');
}
function decodeAnswers(bank: CatalogBank, text: string, prefix = ''): StoredAnswers | undefined {
  if (text.length !== bank.questions.length) return undefined;
  const out: StoredAnswers = {};
  for (let i = 0; i < text.length; i++) {
    const q = bank.questions[i];
    const keys = keysOf(q, text[i]);
    if (keys === undefined) return undefined;
    if (keys.length) out[prefix + q.id] = { c: keys, f: q.fp };
  }
  return out;
}

function encodeBits(flags: boolean[]): string {
  let out = '';
  for (let i = 0; i < flags.length; i += 5) {
    let v = 0;
    for (let b = 0; b < 5; b++) if (flags[i + b]) v |= 1 << b;
    out += ALPHABET[v];
  }
  return out.replace(/0+$/, '');
}
function decodeBits(text: string, count: number): boolean[] {
  const flags: boolean[] = [];
  for (let i = 0; i < count; i++) {
    const v = Math.max(0, ALPHABET.indexOf(text[Math.floor(i / 5)] ?? '0'));
    flags.push(!!(v & (1 << i % 5)));
  }
  return flags;
}

const int = (text: string | undefined) => (text !== undefined && /^\d{1,10}$/.test(text) ? Number(text) : undefined);

// Module quizzes and short checks: hash,attempt,correct.total,answers;…
function encodeModules(catalog: Catalog, modules: Record<string, ModuleProgress>): string {
  return catalog.banks
    .filter((b) => modules[b.id])
    .map((b) => {
      const m = modules[b.id];
      const best = m.best ? `${m.best.correct}.${m.best.total}` : '';
      return [bankHash(b), m.attempt, best, encodeAnswers(b, m.answers)].join(',');
    })
    .join(';');
}
function decodeModules(catalog: Catalog, text: string): Record<string, ModuleProgress> {
  const byHash = new Map(catalog.banks.map((b) => [bankHash(b), b]));
  const out: Record<string, ModuleProgress> = {};
  for (const item of text ? text.split(';') : []) {
    const [hash, attempt, best, answers] = item.split(',');
    const bank = byHash.get(hash);
    const a = decodeAnswers(bank ?? { id: '', questions: [] }, answers ?? '');
    if (!bank || !a || int(attempt) === undefined) continue;
    const module: ModuleProgress = { answers: a, attempt: int(attempt)! };
    const [correct, total] = (best ?? '').split('.').map(int);
    if (correct !== undefined && total !== undefined && total > 0 && correct <= total)
      module.best = { correct, total, percent: Math.floor((correct * 100) / total) };
    out[bank.id] = module;
  }
  return out;
}

// Exam records: seed,date,correct,total,passed,hash:answers~hash:answers…
function encodeExam(catalog: Catalog, exam: { seed: number; answers: StoredAnswers } | ExamResult | undefined): string {
  if (!exam) return '';
  const banks = catalog.banks
    .filter((b) => b.questions.some((q) => exam.answers[`${b.id}/${q.id}`]))
    .map((b) => `${bankHash(b)}:${encodeAnswers(b, exam.answers, `${b.id}/`)}`)
    .join('~');
  const result = 'date' in exam ? [exam.date.replace(/-/g, ''), exam.correct, exam.total, exam.passed ? 1 : 0] : ['', '', '', ''];
  return [exam.seed, ...result, banks].join(',');
}
function decodeExamAnswers(catalog: Catalog, text: string): StoredAnswers {
  const byHash = new Map(catalog.banks.map((b) => [bankHash(b), b]));
  const out: StoredAnswers = {};
  for (const part of text ? text.split('~') : []) {
    const [hash, answers] = part.split(':');
    const bank = byHash.get(hash);
    if (bank) Object.assign(out, decodeAnswers(bank, answers ?? '', `${bank.id}/`) ?? {});
  }
  return out;
}
function decodeCurrent(catalog: Catalog, text: string) {
  const [seed, , , , , answers] = text.split(',');
  if (int(seed) === undefined) return undefined;
  return { seed: int(seed)!, answers: decodeExamAnswers(catalog, answers ?? '') };
}
function decodeResult(catalog: Catalog, text: string): ExamResult | undefined {
  const [seed, date, correct, total, passed, answers] = text.split(',');
  const [s, c, t] = [int(seed), int(correct), int(total)];
  if (s === undefined || c === undefined || !t || c > t || !/^\d{8}$/.test(date ?? '')) return undefined;
  return {
    seed: s,
    date: `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}`,
    correct: c,
    total: t,
    percent: Math.floor((c * 100) / t),
    passed: passed === '1',
    answers: decodeExamAnswers(catalog, answers ?? ''),
  };
}

// ---------------------------------------------------------------------------------------------
// Whole state

export function encodeState(catalog: Catalog, state: LmsState): string {
  const { progress, read } = state;
  return [
    FORMAT,
    encodeBits(catalog.lessons.map((l) => read.includes(l))),
    encodeModules(catalog, progress.modules),
    encodeModules(catalog, progress.checks),
    encodeExam(catalog, progress.exam.current),
    encodeExam(catalog, progress.exam.last),
    encodeExam(catalog, progress.exam.pass),
  ].join('|');
}

/** Never throws: suspend data that is empty, of another format or damaged gives what can be read. */
export function decodeState(catalog: Catalog, text: string): LmsState {
  const empty: LmsState = { progress: { modules: {}, checks: {}, exam: {} }, read: [] };
  const parts = (text ?? '').split('|');
  if (parts[0] !== FORMAT || parts.length !== 7) return empty;
  try {
    const [, read, modules, checks, current, last, pass] = parts;
    const raw: Progress = {
      modules: decodeModules(catalog, modules),
      checks: decodeModules(catalog, checks),
      exam: {
        ...(current && decodeCurrent(catalog, current) ? { current: decodeCurrent(catalog, current) } : {}),
        ...(last && decodeResult(catalog, last) ? { last: decodeResult(catalog, last) } : {}),
        ...(pass && decodeResult(catalog, pass)?.passed ? { pass: decodeResult(catalog, pass) } : {}),
      },
    };
    // The same checks as for stored progress (storage.ts), so nothing odd reaches the islands.
    return {
      progress: readProgress(raw).progress,
      read: catalog.lessons.filter((_, i) => decodeBits(read, catalog.lessons.length)[i]),
    };
  } catch {
    return empty;
  }
}
