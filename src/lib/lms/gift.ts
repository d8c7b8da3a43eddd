/*
 * GIFT, Moodle's text format for questions: the same content as the Moodle XML (HTML text, marked
 * [html]), one $CATEGORY per module. GIFT has no library to write it, only to read it (the unit test
 * reads it back with gift-pegjs), so this file is the writer, with the format's escaping.
 */
import { categoryPath, generalFeedback, questionName, type LmsCourse, type LmsQuestion } from './bank';
import { multipleFractions } from './moodle';

/**
 * GIFT's special characters ~ = # { } : and the backslash itself are written with a backslash;
 * line breaks inside a text would end it, so they become spaces (HTML does not need them).
 */
export const escapeGift = (text: string) => text.replace(/[\\~=#{}:]/g, (c) => `\\${c}`).replace(/\s*\n\s*/g, ' ');

const fmt = (text: string) => `[html]${escapeGift(text)}`;
/** Grades in GIFT are written without trailing zeros: 33.33333, -100. */
const weight = (value: number) => `%${value}%`;

function answers(q: LmsQuestion): string[] {
  if (q.type === 'truefalse') {
    // {TRUE#feedback when answered wrong#feedback when answered right}
    const right = q.options.find((o) => o.correct)!;
    const wrong = q.options.find((o) => !o.correct)!;
    return [`${right.key === 'benar' ? 'TRUE' : 'FALSE'}#${fmt(wrong.feedback)}#${fmt(right.feedback)}`];
  }
  if (q.type === 'multiple') {
    const grades = multipleFractions(q.options.filter((o) => o.correct).length);
    return q.options.map((o) => `~${weight(o.correct ? grades.right : grades.wrong)}${fmt(o.text)}#${fmt(o.feedback)}`);
  }
  return q.options.map((o) => `${o.correct ? '=' : '~'}${fmt(o.text)}#${fmt(o.feedback)}`);
}

export function gift(course: LmsCourse): string {
  const out = [`// ${course.title}: bank soal (format GIFT Moodle). Satu kategori per modul.`, ''];
  for (const bank of course.banks) {
    out.push(`$CATEGORY: ${categoryPath(course, bank)}`, '');
    for (const q of bank.questions) {
      out.push(
        `::${escapeGift(questionName(bank, q))}::${fmt(q.prompt)} {`,
        ...answers(q).map((a) => `\t${a}`),
        `\t####${fmt(generalFeedback(q))}`,
        '}',
        '',
      );
    }
  }
  return out.join('\n');
}
