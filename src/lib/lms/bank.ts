/*
 * The question banks as plain data for the LMS exports (Moodle XML, GIFT, QTI). Built at build time
 * by src/data/lms.ts from src/quizzes/; the generators here take only this shape, so they stay pure
 * (no Astro) and are unit-tested on the real banks. Every text is HTML whose links to the site are
 * absolute on its public address, or left out when the build has none (src/data/lms.ts).
 */

export type LmsQuestionType = 'single' | 'multiple' | 'truefalse' | 'verdict';

export interface LmsLink {
  label: string;
  /** Absolute URL on the public site; absent when the build has no public address (src/lib/site.ts). */
  url?: string;
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

/**
 * Root-relative links in rendered Markdown (`<a href="/materi/…">`): made absolute on the public
 * site, or, without one, replaced by their text (never pointed at a preview address).
 */
export const siteLinks = (html: string, site: string | undefined) =>
  site
    ? html.replace(/(href|src)="(\/[^"]*)"/g, (_, attr: string, path: string) => `${attr}="${new URL(path, site).href}"`)
    : html.replace(/<a\b[^>]*\bhref="\/[^"]*"[^>]*>([\s\S]*?)<\/a>/g, '$1');

export const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

const linkList = (links: readonly LmsLink[]) =>
  links.map((l) => (l.url ? `<a href="${escapeHtml(l.url)}">${escapeHtml(l.label)}</a>` : escapeHtml(l.label))).join(', ');

/**
 * The general feedback an LMS shows after a question whatever was chosen: our explanation, then the
 * rules and legal bases, linked on the public site when the build knows its address. (HTML for the
 * text field of an XML element, which the XML builder escapes; not XML built by hand.)
 */
export function generalFeedback(q: LmsQuestion, labels = { rules: 'Aturan', legal: 'Dasar hukum' }): string {
  const parts = [q.explanation];
  if (q.rules.length) parts.push(`<p>${labels.rules}: ${linkList(q.rules)}</p>`);
  if (q.legal.length) parts.push(`<p>${labels.legal}: ${linkList(q.legal)}</p>`);
  return parts.join('\n');
}
