/*
 * Moodle XML question bank ("Moodle XML format" import): one category per module, then its questions.
 * single/verdict -> multichoice with one right answer, multiple -> multichoice with several,
 * truefalse -> truefalse. Built with xmlbuilder2, which escapes every text and attribute.
 */
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import { categoryPath, escapeHtml, generalFeedback, questionName, type LmsCourse, type LmsQuestion } from './bank';

/**
 * The grades Moodle accepts for an answer, in percent (question/format.php `get_grade_options`):
 * import rounds any other value to the nearest of these or fails, so we only ever write these.
 */
export const MOODLE_FRACTIONS = [
  100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5, 0,
] as const;
export const isMoodleFraction = (value: number) => MOODLE_FRACTIONS.some((f) => f === Math.abs(value));

/**
 * Grades for a multiple-answer question with `right` right options: each right option gives an
 * equal share (from Moodle's list, so 3 right give 33.33333 each, summing to 99.99999, which Moodle
 * takes as 100), each wrong option takes away everything (-100; Moodle floors the total at 0). This
 * is the closest Moodle's standard multichoice comes to our own rule (a question counts only when
 * exactly the right options are chosen): one wrong choice scores nothing.
 */
export function multipleFractions(right: number): { right: number; wrong: number } {
  const share = MOODLE_FRACTIONS.find((f) => f !== 0 && Math.abs(f * right - 100) < 0.001);
  if (share === undefined) throw new Error(`Moodle tidak punya nilai yang tepat untuk ${right} jawaban benar`);
  return { right: share, wrong: -100 };
}

const html = (parent: XMLBuilder, name: string, text: string) =>
  parent.ele(name, { format: 'html' }).ele('text').txt(text).up().up();

function addAnswers(el: XMLBuilder, q: LmsQuestion) {
  const rightCount = q.options.filter((o) => o.correct).length;
  const grades = q.type === 'multiple' ? multipleFractions(rightCount) : { right: 100, wrong: 0 };
  for (const o of q.options) {
    const answer = el.ele('answer', { fraction: String(o.correct ? grades.right : grades.wrong), format: 'html' });
    answer.ele('text').txt(o.text);
    html(answer, 'feedback', o.feedback);
  }
}

export function moodleXml(course: LmsCourse): string {
  const quiz = create({ version: '1.0', encoding: 'UTF-8' }).ele('quiz');
  for (const bank of course.banks) {
    const category = quiz.ele('question', { type: 'category' });
    category.ele('category').ele('text').txt(categoryPath(course, bank));
    html(category, 'info', `<p>${escapeHtml(bank.description)}</p>`);
    for (const q of bank.questions) {
      const name = questionName(bank, q);
      const truefalse = q.type === 'truefalse';
      const el = quiz.ele('question', { type: truefalse ? 'truefalse' : 'multichoice' });
      el.ele('name').ele('text').txt(name);
      html(el, 'questiontext', q.prompt);
      html(el, 'generalfeedback', generalFeedback(q));
      el.ele('defaultgrade').txt('1');
      el.ele('penalty').txt('0');
      el.ele('hidden').txt('0');
      el.ele('idnumber').txt(name);
      if (truefalse) {
        // Moodle's true/false answers are the words "true" and "false", each with its own feedback.
        for (const o of q.options) {
          const answer = el.ele('answer', { fraction: o.correct ? '100' : '0', format: 'moodle_auto_format' });
          answer.ele('text').txt(o.key === 'benar' ? 'true' : 'false');
          html(answer, 'feedback', o.feedback);
        }
        continue;
      }
      el.ele('single').txt(q.type === 'multiple' ? 'false' : 'true');
      // Boleh/Dilarang keep their order; other options are shuffled as on the site.
      el.ele('shuffleanswers').txt(q.type === 'verdict' ? 'false' : 'true');
      el.ele('answernumbering').txt(q.type === 'verdict' ? 'none' : 'abc');
      el.ele('showstandardinstruction').txt('1');
      addAnswers(el, q);
    }
  }
  return quiz.end({ prettyPrint: true });
}
