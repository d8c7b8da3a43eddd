/*
 * Build-time side of the quiz islands (Astro only, never shipped to the browser): reads banks and
 * rules from the content collections, renders Markdown to HTML, computes fingerprints and returns
 * the plain props the islands take.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { listJoin, ruleBases, training } from '../i18n/id';
import { renderMarkdown } from '../lib/markdown';
import { sortByOrder } from '../lib/order';
import { verdictHtml } from '../lib/verdict';
import { questionFingerprint } from '../lib/quiz/hash';
import { withReview, type QuestionReview, type QuizReview } from '../lib/quiz/review';
import type { ViewBank, ViewQuestion, ViewRules } from '../lib/quiz/view';
import { resolveRule } from './rules';

const markdown = async (text: string) => (await renderMarkdown(text)).trim();

/** Markdown rendered for a place that only takes phrasing content (a legend or a label). */
export async function inlineMarkdown(text: string): Promise<string> {
  const html = await markdown(text);
  // One paragraph (the usual case) needs no wrapper at all.
  const single = /^<p>((?:(?!<\/?p>)[\s\S])*)<\/p>$/.exec(html);
  if (single) return single[1];
  return html.replace(/<p>/g, '<span class="nas-para">').replace(/<\/p>/g, '</span>');
}

type Bank = CollectionEntry<'quizzes'>;
type Question = Bank['data']['questions'][number];

export interface PrepareOptions {
  /** Only the questions marked for the short check at the end of the lesson. */
  short?: boolean;
  /** Leave per-option feedback out (the exam reviews with the explanation only). */
  feedback?: boolean;
  /**
   * Leave what is shown only after checking (explanation, rule ids, feedback) out of the questions:
   * the island loads it from the bank's review file (see prepareReview) when it is needed.
   */
  lazyReview?: boolean;
}

async function questionReview(q: Question, withFeedback: boolean): Promise<QuestionReview> {
  const feedback = withFeedback
    ? Object.fromEntries(await Promise.all(q.options.map(async (o) => [o.key, await inlineMarkdown(o.feedback)] as const)))
    : undefined;
  return { explanation: await markdown(q.explanation), rules: q.rules.map((r) => r.id), ...(feedback ? { feedback } : {}) };
}

async function prepareQuestion(q: Question, withFeedback: boolean, lazyReview: boolean): Promise<ViewQuestion> {
  const base: ViewQuestion = {
    id: q.id,
    type: q.type,
    prompt: await inlineMarkdown(q.prompt),
    options: await Promise.all(
      q.options.map(async (o) => ({ key: o.key, text: await inlineMarkdown(o.text), ...(o.correct ? { correct: true } : {}) })),
    ),
    fp: questionFingerprint(q),
  };
  return lazyReview ? base : withReview(base, await questionReview(q, withFeedback));
}

export async function prepareBank(
  bank: Bank,
  { short = false, feedback = true, lazyReview = false }: PrepareOptions = {},
): Promise<ViewBank> {
  const questions = bank.data.questions.filter((q) => !short || q.short);
  return {
    id: bank.id,
    questions: await Promise.all(questions.map((q) => prepareQuestion(q, feedback, lazyReview))),
  };
}

/**
 * The review material of banks, served as a file of its own and loaded by an island only once it is
 * needed: each question's explanation, rule ids and (with `feedback`) per-option feedback, keyed by
 * question id, or by "bank/id" when `prefixBank` (the exam); and the rule table.
 */
export async function prepareReview(banks: readonly Bank[], { feedback = true, prefixBank = false } = {}): Promise<QuizReview> {
  const questions: QuizReview['questions'] = {};
  for (const bank of banks)
    for (const q of bank.data.questions) questions[prefixBank ? `${bank.id}/${q.id}` : q.id] = await questionReview(q, feedback);
  const ids = [...new Set(Object.values(questions).flatMap((q) => q.rules))].sort();
  return { questions, rules: await ruleTable(ids) };
}

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The rule table for the questions on a page: one <li> of links per rule (see ViewRules). */
export async function prepareRules(banks: readonly ViewBank[]): Promise<ViewRules> {
  return ruleTable([...new Set(banks.flatMap((b) => b.questions.flatMap((q) => q.rules ?? [])))].sort());
}

async function ruleTable(ids: readonly string[]): Promise<ViewRules> {
  const out: ViewRules = {};
  for (const id of ids) {
    const rule = await resolveRule(id, `src/quizzes/, soal dengan aturan "${id}"`);
    const bases = rule.bases.map(
      (b) => `<a href="${b.href}">${escape(b.label)}</a>` + (b.repealed ? ` (${ruleBases.repealed})` : ''),
    );
    out[rule.id] =
      `<li>${training.ruleLabel}: <a href="${rule.href}">${escape(rule.title)}</a> ${verdictHtml(rule.verdict, { size: 'small' })}` +
      (bases.length ? ` · ${ruleBases.label}: ${listJoin(bases)}` : '') +
      '</li>';
  }
  return out;
}

export async function sortedBanks(): Promise<Bank[]> {
  return sortByOrder(await getCollection('quizzes'));
}

