import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { text } from './common';

/*
 * Quiz banks: one YAML file per module in src/quizzes/. Authors write four question types in the
 * shortest form that fits each; the schema checks them and turns every type into one shape
 * (`Question`, below) so scoring, the islands and the hall decks need to know only that shape.
 */

const optionSchema = z.object({
  text,
  correct: z.boolean().default(false),
  /** Shown when the learner picks this option. */
  feedback: text,
});

const common = {
  /** Unique within the bank; stored with the learner's answers, so keep it stable. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'id hanya boleh berisi huruf kecil, angka dan tanda hubung'),
  /** The question, in Markdown. */
  prompt: text,
  /** Shown after checking, whatever was chosen. */
  explanation: text,
  /** Rules this question teaches; the review links to them and their legal basis. */
  rules: z.array(reference('rules')).min(1),
  /** Part of the short check at the end of the lesson page (3 to 5 per bank). */
  short: z.boolean().default(false),
  /** Talking points for the facilitator in the hall; never shown to the audience. */
  notes: text.optional(),
};

const choiceQuestion = z.object({
  ...common,
  type: z.enum(['single', 'multiple']),
  options: z.array(optionSchema).min(2, 'pertanyaan harus punya sedikitnya 2 pilihan'),
});
const trueFalseQuestion = z.object({
  ...common,
  type: z.literal('truefalse'),
  answer: z.boolean(),
  /** Feedback for choosing "Benar" and for choosing "Salah". */
  feedback: z.object({ benar: text, salah: text }),
});
const verdictQuestion = z.object({
  ...common,
  type: z.literal('verdict'),
  answer: z.enum(['boleh', 'dilarang']),
  /** Feedback for choosing "Boleh" and for choosing "Dilarang". */
  feedback: z.object({ boleh: text, dilarang: text }),
});

export const authoredQuestionSchema = z.discriminatedUnion('type', [
  choiceQuestion,
  trueFalseQuestion,
  verdictQuestion,
]);
type AuthoredQuestion = z.infer<typeof authoredQuestionSchema>;

/** Option keys stay tied to the authored order, so a stored answer survives reshuffling. */
const optionKey = (index: number) => String.fromCharCode(97 + index);

function normalise(q: AuthoredQuestion) {
  const { feedback: _feedback, answer: _answer, options: _options, ...rest } = q as AuthoredQuestion &
    Record<string, unknown>;
  if (q.type === 'truefalse') {
    return {
      ...rest,
      options: [
        { key: 'benar', text: 'Benar', correct: q.answer, feedback: q.feedback.benar },
        { key: 'salah', text: 'Salah', correct: !q.answer, feedback: q.feedback.salah },
      ],
    };
  }
  if (q.type === 'verdict') {
    return {
      ...rest,
      options: [
        { key: 'boleh', text: 'Boleh', correct: q.answer === 'boleh', feedback: q.feedback.boleh },
        { key: 'dilarang', text: 'Dilarang', correct: q.answer === 'dilarang', feedback: q.feedback.dilarang },
      ],
    };
  }
  return { ...rest, options: q.options.map((o, i) => ({ key: optionKey(i), ...o })) };
}

/** Checks that hold across fields; each message names the question id. */
function checkQuestion(q: AuthoredQuestion, addIssue: (path: (string | number)[], message: string) => void) {
  if (q.type !== 'single' && q.type !== 'multiple') return;
  const correct = q.options.filter((o) => o.correct).length;
  if (correct === 0) addIssue(['options'], 'tidak ada jawaban yang ditandai benar (correct: true)');
  if (q.type === 'single' && correct > 1)
    addIssue(['options'], `pertanyaan pilihan tunggal punya ${correct} jawaban benar; harus tepat satu`);
  const seen = new Set<string>();
  q.options.forEach((o, i) => {
    const normalised = o.text.trim().toLowerCase();
    if (seen.has(normalised)) addIssue(['options', i, 'text'], `pilihan "${o.text}" muncul dua kali`);
    seen.add(normalised);
  });
}

/**
 * A bank's questions. Each question is parsed on its own so that every error message can name the
 * question's id, not only its position in the file.
 */
const questionsSchema = z.array(z.unknown()).min(1).transform((raw, ctx) => {
  const ids = new Set<string>();
  const questions: ReturnType<typeof normalise>[] = [];
  raw.forEach((item, index) => {
    const rawId =
      item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string'
        ? (item as { id: string }).id
        : `#${index + 1}`;
    const report = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path: [index, ...path], message: `pertanyaan "${rawId}": ${message}` });
    const parsed = authoredQuestionSchema.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) report(issue.path as (string | number)[], issue.message);
      return;
    }
    if (ids.has(parsed.data.id)) report(['id'], 'id ini sudah dipakai pertanyaan lain di bank yang sama');
    ids.add(parsed.data.id);
    checkQuestion(parsed.data, report);
    questions.push(normalise(parsed.data));
  });
  return questions;
});

export const quizBankSchema = z.object({
  /** Module title, as in the lesson: "Dasar hukum". */
  title: text,
  /** The lesson page this bank belongs to (a docs id such as "materi/dasar-hukum"). */
  lesson: reference('docs'),
  /** Order of modules on /kuis/ and in the course. */
  order: z.number().int(),
  description: text,
  questions: questionsSchema,
});

export type QuizBank = z.infer<typeof quizBankSchema>;
export type Question = QuizBank['questions'][number];
export type QuestionType = Question['type'];
export type Option = Question['options'][number];
