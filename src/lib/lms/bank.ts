/*
 * The question banks as plain data for the LMS exports (Moodle XML, GIFT, QTI). Built at build time
 * by src/data/lms.ts from src/quizzes/; the generators here take only this shape, so they stay pure
 * (no Astro) and are unit-tested on the real banks. Every text is HTML with absolute links, because
 * an LMS shows it far from this site.
 */

export type LmsQuestionType = 'single' | 'multiple' | 'truefalse' | 'verdict';

export interface LmsLink {
  label: string;
  /** Absolute URL on the published site. */
  url: string;
}

export interface LmsOption {
  key: string;
  /** Inline HTML. */
  text: string;
  correct: boolean;
  /** Inline HTML shown when this option is chosen. */
  feedback: string;
}

export interface LmsQuestion {
  /** The id inside its bank ("dh-01"). */
  id: string;
  type: LmsQuestionType;
  /** HTML (paragraphs). */
  prompt: string;
  options: LmsOption[];
  /** HTML (paragraphs). */
  explanation: string;
  /** The rules the question teaches, and their legal bases, linked on the published site. */
  rules: LmsLink[];
  legal: LmsLink[];
}

export interface LmsBank {
  /** The bank's id ("dasar-hukum"). */
  id: string;
  title: string;
  description: string;
  questions: LmsQuestion[];
}

export interface LmsCourse {
  /** "Netralitas ASN": the top category and the course title in the packages. */
  title: string;
  banks: LmsBank[];
}

/** A stable, LMS-wide question name from our ids: "dasar-hukum/dh-01". */
export const questionName = (bank: LmsBank, q: LmsQuestion) => `${bank.id}/${q.id}`;

/** The Moodle category path of a bank: one category per module under the course's. */
export const categoryPath = (course: LmsCourse, bank: LmsBank) => `$course$/${course.title}/${bank.title}`;

export const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

const linkList = (links: readonly LmsLink[]) =>
  links.map((l) => `<a href="${escapeHtml(l.url)}">${escapeHtml(l.label)}</a>`).join(', ');

/**
 * The general feedback an LMS shows after a question whatever was chosen: our explanation, then the
 * rules and legal bases as links to the published site. (HTML for the text field of an XML element,
 * which the XML builder escapes; not XML built by hand.)
 */
export function generalFeedback(q: LmsQuestion, labels = { rules: 'Aturan', legal: 'Dasar hukum' }): string {
  const parts = [q.explanation];
  if (q.rules.length) parts.push(`<p>${labels.rules}: ${linkList(q.rules)}</p>`);
  if (q.legal.length) parts.push(`<p>${labels.legal}: ${linkList(q.legal)}</p>`);
  return parts.join('\n');
}
