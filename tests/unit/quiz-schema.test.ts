import { describe, expect, it } from 'vitest';
import { quizBankSchema } from '../../src/schemas/quiz';

const rule = ['ikut-kampanye'];
const option = (text: string, correct = false) => ({ text, correct, feedback: `Umpan balik untuk ${text}.` });
const single = (id: string, options = [option('A', true), option('B')]) => ({
  id,
  type: 'single',
  prompt: 'Pertanyaan?',
  options,
  explanation: 'Penjelasan.',
  rules: rule,
});
const bank = (questions: unknown[]) => ({
  title: 'Modul uji',
  lesson: 'materi/dasar-hukum',
  order: 1,
  description: 'Bank soal untuk pengujian.',
  questions,
});

/** The messages a bank produces, as "path: message" lines, the way the build prints them. */
function errors(input: unknown): string[] {
  const result = quizBankSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('quiz bank schema', () => {
  it('normalises every question type to options with stable keys', () => {
    const parsed = quizBankSchema.parse(
      bank([
        single('q-1', [option('Satu'), option('Dua', true), option('Tiga')]),
        { ...single('q-2'), type: 'multiple', options: [option('X', true), option('Y', true), option('Z')] },
        { id: 'q-3', type: 'truefalse', prompt: 'P?', answer: false, feedback: { benar: 'b', salah: 's' }, explanation: 'E.', rules: rule },
        { id: 'q-4', type: 'verdict', prompt: 'P?', answer: 'dilarang', feedback: { boleh: 'b', dilarang: 'd' }, explanation: 'E.', rules: rule },
      ]),
    );
    const [q1, q2, q3, q4] = parsed.questions;
    expect(q1.options.map((o) => [o.key, o.correct])).toEqual([['a', false], ['b', true], ['c', false]]);
    expect(q2.options.filter((o) => o.correct).map((o) => o.key)).toEqual(['a', 'b']);
    expect(q3.options).toEqual([
      { key: 'benar', text: 'Benar', correct: false, feedback: 'b' },
      { key: 'salah', text: 'Salah', correct: true, feedback: 's' },
    ]);
    expect(q4.options.map((o) => [o.key, o.correct])).toEqual([['boleh', false], ['dilarang', true]]);
    expect(q1.rules).toEqual([{ collection: 'rules', id: 'ikut-kampanye' }]);
    expect(q1.short).toBe(false);
  });

  it('names the question when no option is correct', () => {
    expect(errors(bank([single('tanpa-benar', [option('A'), option('B')])]))).toEqual([
      'questions.0.options: pertanyaan "tanpa-benar": tidak ada jawaban yang ditandai benar (correct: true)',
    ]);
  });

  it('names the question when a single-choice question has several correct options', () => {
    expect(errors(bank([single('dua-benar', [option('A', true), option('B', true)])]))).toEqual([
      'questions.0.options: pertanyaan "dua-benar": pertanyaan pilihan tunggal punya 2 jawaban benar; harus tepat satu',
    ]);
  });

  it('names a duplicate question id', () => {
    expect(errors(bank([single('sama'), single('sama')]))).toEqual([
      'questions.1.id: pertanyaan "sama": id ini sudah dipakai pertanyaan lain di bank yang sama',
    ]);
  });

  it('names a duplicate option', () => {
    expect(errors(bank([single('kembar', [option('Ya', true), option(' ya ')])]))).toEqual([
      'questions.0.options.1.text: pertanyaan "kembar": pilihan "ya" muncul dua kali',
    ]);
  });

  it('names a question with fewer than two options', () => {
    expect(errors(bank([single('satu-pilihan', [option('A', true)])]))).toEqual([
      'questions.0.options: pertanyaan "satu-pilihan": pertanyaan harus punya sedikitnya 2 pilihan',
    ]);
  });

  it('names the question and the field when a required field is missing', () => {
    const { prompt: _prompt, ...withoutPrompt } = single('tanpa-prompt');
    const messages = errors(bank([withoutPrompt]));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^questions\.0\.prompt: pertanyaan "tanpa-prompt": /);
  });

  it('numbers a question that has no id', () => {
    const { id: _id, ...withoutId } = single('x');
    expect(errors(bank([single('ok'), withoutId]))[0]).toMatch(/^questions\.1\.id: pertanyaan "#2": /);
  });

  it('rejects an unknown question type', () => {
    expect(errors(bank([{ ...single('aneh'), type: 'essay' }]))[0]).toMatch(/^questions\.0\.type: pertanyaan "aneh": /);
  });
});
