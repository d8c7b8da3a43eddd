/*
 * Scoring of the search evaluation, shared by tests/e2e/search.test.ts and `npm run bench:search`
 * (tests/bench/search.ts): both ask the dialog's own search function in a page of the built site,
 * so the numbers are those of the code users get. Tuning sets (search-questions.ts, and
 * search-tuning-2.ts, round 1's held-out set retired on 2026-12-03), which ranking changes may look
 * at, and the held-out set (search-heldout.ts, when present), which they may not.
 */
import type { Page } from 'playwright-core';
import type { EvalQuestion, PlacesQuestion, Verdict } from './search-questions.ts';

export interface AskResult {
  found: boolean;
  /** Not an answer: the pages that cover the query's words most, shown under "related pages". */
  related: boolean;
  card?: { url: string; verdict: string };
  /** What the dialog lists, in order: the card, then the places (or the related pages). */
  urls: string[];
  pagefindUrl?: string;
}

/**
 * Runs the dialog's search in the page, importing the chunk the dialog loaded (so the dialog must
 * have been opened once), optionally as if served under `prefix`. A string, not a function: Vitest
 * would rewrite a function's dynamic import() for Node.
 */
export function ask(page: Page, query: string, prefix = '/'): Promise<AskResult> {
  return page.evaluate(`(async () => {
    const chunk = performance.getEntriesByType('resource').map((e) => e.name).find((n) => /\\/_astro\\/dialog\\./.test(n));
    if (!chunk) throw new Error('dialog chunk not loaded');
    const { search } = await import(chunk.replace('/_astro/', ${JSON.stringify(prefix)} + '_astro/'));
    const a = await search(${JSON.stringify(query)});
    const shown = a.found ? a.places : a.related ?? [];
    return {
      found: a.found,
      related: !a.found && shown.length > 0,
      card: a.card && { url: a.card.url, verdict: a.card.card.verdict },
      urls: [...(a.card ? [a.card.url] : []), ...shown.map((p) => p.url)],
      pagefindUrl: performance.getEntriesByType('resource').map((e) => e.name).find((n) => n.includes(${JSON.stringify(prefix)} + 'pagefind/pagefind.js')),
    };
  })()`);
}

export const samePlace = (url: string, place: string) => {
  const [page, anchor] = place.split('#');
  const [urlPage, urlAnchor] = url.split('#');
  return urlPage === page && (!anchor || urlAnchor === anchor);
};

/** One question in the common shape: every place that answers it. */
export interface Question {
  query: string;
  places: string[];
  verdict?: Verdict | Verdict[];
}

export const fromTuning = (qs: EvalQuestion[]): Question[] => qs.map((q) => ({ query: q.query, places: [q.place], verdict: q.verdict }));
export const fromPlaces = (qs: PlacesQuestion[]): Question[] => qs;

export interface SetScore {
  name: string;
  questions: number;
  inTop3: number;
  /** Of those in the top 3, how many only as a related page (no answer passed the threshold). */
  viaRelated: number;
  withVerdict: number;
  verdictRight: number;
  misses: string[];
}

export async function scoreSet(name: string, questions: Question[], ask: (q: string) => Promise<AskResult>): Promise<SetScore> {
  const score: SetScore = { name, questions: questions.length, inTop3: 0, viaRelated: 0, withVerdict: 0, verdictRight: 0, misses: [] };
  for (const q of questions) {
    const r = await ask(q.query);
    const top = r.urls.slice(0, 3);
    if (top.some((u) => q.places.some((p) => samePlace(u, p)))) {
      score.inTop3++;
      if (r.related) score.viaRelated++;
    } else score.misses.push(`place   "${q.query}": want ${q.places.join(' | ')}; got ${top.join(' ') || '(nothing)'}${r.related ? ' (related)' : ''}`);
    if (q.verdict) {
      score.withVerdict++;
      const want = [q.verdict].flat();
      if (r.card && want.includes(r.card.verdict as Verdict)) score.verdictRight++;
      else score.misses.push(`verdict "${q.query}": want ${want.join('|')}; got ${r.card ? `${r.card.verdict} (${r.card.url})` : '(no card)'}`);
    }
  }
  return score;
}

export const placeRate = (s: SetScore) => s.inTop3 / s.questions;
export const verdictRate = (s: SetScore) => (s.withVerdict ? s.verdictRight / s.withVerdict : 1);

const pct = (n: number) => `${(n * 100).toFixed(1)}%`;

export function formatScore(s: SetScore): string {
  return (
    `${s.name}: right place in top 3 ${s.inTop3}/${s.questions} (${pct(placeRate(s))}; ${s.viaRelated} of them as related pages), ` +
    `first card's verdict right ${s.verdictRight}/${s.withVerdict} (${pct(verdictRate(s))})` +
    (s.misses.length ? `\n  misses:\n    ${s.misses.join('\n    ')}` : '\n  misses: none')
  );
}

/** Core words that return nothing at all (neither an answer nor related pages). */
export async function emptyWords(words: string[], ask: (q: string) => Promise<AskResult>): Promise<string[]> {
  const empty: string[] = [];
  for (const w of words) if (!(await ask(w)).urls.length) empty.push(w);
  return empty;
}

/** Off-topic questions that got an answer or a card (related pages alone are allowed). */
export async function answeredOffTopic(questions: string[], ask: (q: string) => Promise<AskResult>): Promise<string[]> {
  const answered: string[] = [];
  for (const q of questions) {
    const r = await ask(q);
    if (r.found || r.card) answered.push(`${q} -> ${r.urls[0]}`);
  }
  return answered;
}
