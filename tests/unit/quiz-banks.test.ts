import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { quizBankSchema } from '../../src/schemas/quiz';

/*
 * Checks on the authored question banks in src/quizzes/ that the schema cannot make: how many
 * questions, how the short check and the answer positions are spread, and ids that stay unique
 * across banks (the final exam draws from all of them). The raw YAML is read, so a message can name
 * the file and the question id as the author wrote them.
 */

const root = join(import.meta.dirname, '..', '..');
const quizDir = join(root, 'src', 'quizzes');
const rulesDir = join(root, 'src', 'content', 'rules');

/** Module id → question id prefix, in course order. */
const modules: [string, string][] = [
  ['dasar-hukum', 'dh'],
  ['ikrar-netralitas', 'ik'],
  ['pakta-integritas', 'pk'],
  ['boleh-dan-dilarang', 'bd'],
  ['media-sosial', 'ms'],
  ['sanksi-dan-pelaporan', 'sp'],
  ['panitia-ad-hoc', 'ah'],
  ['pilkada-dan-topik-khusus', 'pt'],
];

interface RawOption {
  text: string;
  correct?: boolean;
  feedback?: string;
}
interface RawQuestion {
  id: string;
  type: 'single' | 'multiple' | 'truefalse' | 'verdict';
  prompt: string;
  explanation: string;
  rules: string[];
  short?: boolean;
  notes?: string;
  options?: RawOption[];
  answer?: boolean | string;
  feedback?: Record<string, string>;
}
interface RawBank {
  title: string;
  lesson: string;
  order: number;
  description: string;
  questions: RawQuestion[];
}

const banks = new Map<string, RawBank>(
  readdirSync(quizDir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => [f.replace(/\.yaml$/, ''), parse(readFileSync(join(quizDir, f), 'utf8')) as RawBank]),
);
const ruleIds = new Set(readdirSync(rulesDir).map((f) => f.replace(/\.yaml$/, '')));
const all = [...banks.entries()].flatMap(([bank, b]) => b.questions.map((q) => ({ bank, q })));
const filled = (s: unknown) => typeof s === 'string' && s.trim().length > 0;

describe('quiz banks', () => {
  it('has one bank per lesson module, linked to its lesson and ordered as the course', () => {
    expect([...banks.keys()].sort()).toEqual(modules.map(([m]) => m).sort());
    modules.forEach(([module], index) => {
      const bank = banks.get(module)!;
      expect(bank.lesson, module).toBe(`materi/${module}`);
      expect(bank.order, module).toBe(index + 1);
      expect(filled(bank.title) && filled(bank.description), module).toBe(true);
    });
  });

  it('passes the build schema (the same parse Astro runs on each file)', () => {
    for (const [module, bank] of banks) {
      const result = quizBankSchema.safeParse(bank);
      const issues = result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
      expect(issues, module).toEqual([]);
    }
  });

  it('has at least 8 questions per bank and 60 in all', () => {
    for (const [module, bank] of banks) expect(bank.questions.length, module).toBeGreaterThanOrEqual(8);
    expect(all.length).toBeGreaterThanOrEqual(60);
  });

  it('marks 3 to 5 questions per bank for the short check at the end of the lesson', () => {
    for (const [module, bank] of banks) {
      const short = bank.questions.filter((q) => q.short === true).length;
      expect(short, module).toBeGreaterThanOrEqual(3);
      expect(short, module).toBeLessThanOrEqual(5);
    }
  });

  it('mixes question types: at least two per bank, all four across the set, many verdicts where scenarios matter', () => {
    for (const [module, bank] of banks) {
      expect(new Set(bank.questions.map((q) => q.type)).size, module).toBeGreaterThanOrEqual(2);
    }
    expect(new Set(all.map(({ q }) => q.type))).toEqual(new Set(['single', 'multiple', 'truefalse', 'verdict']));
    for (const module of ['boleh-dan-dilarang', 'media-sosial']) {
      const verdicts = banks.get(module)!.questions.filter((q) => q.type === 'verdict').length;
      expect(verdicts, module).toBeGreaterThanOrEqual(6);
    }
  });

  it('keeps ids unique across all banks, each with its module prefix', () => {
    const prefixes = new Map(modules);
    const seen = new Map<string, string>();
    for (const { bank, q } of all) {
      expect(q.id, `${bank}: ${q.id}`).toMatch(new RegExp(`^${prefixes.get(bank)}-\\d{2}$`));
      expect(seen.get(q.id), `id ${q.id} in ${bank} is also used in ${seen.get(q.id)}`).toBeUndefined();
      seen.set(q.id, bank);
    }
  });

  it('spreads correct single-choice answers: no position holds more than half of them', () => {
    const positions = new Map<number, number>();
    const singles = all.filter(({ q }) => q.type === 'single');
    for (const { q } of singles) {
      const position = q.options!.findIndex((o) => o.correct === true);
      positions.set(position, (positions.get(position) ?? 0) + 1);
    }
    expect(singles.length).toBeGreaterThan(0);
    for (const [position, count] of positions) {
      expect(count, `position ${position + 1} holds ${count} of ${singles.length}`).toBeLessThanOrEqual(
        singles.length / 2,
      );
    }
    // And the correct answer is not always among the first two options.
    expect([...positions.keys()].some((p) => p >= 2)).toBe(true);
  });

  it('gives multiple-answer questions 2 or 3 correct options out of 4 or 5', () => {
    for (const { bank, q } of all.filter(({ q }) => q.type === 'multiple')) {
      const correct = q.options!.filter((o) => o.correct === true).length;
      expect(correct, `${bank}: ${q.id}`).toBeGreaterThanOrEqual(2);
      expect(correct, `${bank}: ${q.id}`).toBeLessThanOrEqual(3);
      expect(q.options!.length, `${bank}: ${q.id}`).toBeGreaterThanOrEqual(4);
      expect(q.options!.length, `${bank}: ${q.id}`).toBeLessThanOrEqual(5);
    }
  });

  it('has feedback for every option, an explanation, facilitator notes and known rules on every question', () => {
    for (const { bank, q } of all) {
      const where = `${bank}: ${q.id}`;
      expect(filled(q.prompt) && filled(q.explanation), where).toBe(true);
      expect(filled(q.notes), `${where} has no notes for the facilitator`).toBe(true);
      expect(q.rules.length, where).toBeGreaterThan(0);
      for (const rule of q.rules) expect(ruleIds.has(rule), `${where} names unknown rule ${rule}`).toBe(true);
      if (q.type === 'single' || q.type === 'multiple') {
        for (const o of q.options!) expect(filled(o.feedback), `${where}: "${o.text}"`).toBe(true);
      } else {
        const keys = q.type === 'truefalse' ? ['benar', 'salah'] : ['boleh', 'dilarang'];
        for (const key of keys) expect(filled(q.feedback?.[key]), `${where}: ${key}`).toBe(true);
      }
    }
  });

  it('uses no "all of the above" options', () => {
    for (const { bank, q } of all) {
      for (const o of q.options ?? []) {
        expect(o.text, `${bank}: ${q.id}`).not.toMatch(/semua (jawaban |pilihan )?(di atas )?benar|semua di atas/i);
      }
    }
  });
});
