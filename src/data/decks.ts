/*
 * Builds the hall decks from the content collections at build time: the Ikrar and the Pakta from
 * `pledges`, one deck per quiz bank from `quizzes` (every bank, so a new bank gets a deck without
 * touching this file), and the mixed quick quiz drawn with a fixed seed. Markdown is rendered here,
 * so the deck page only places HTML.
 */
import { getCollection, getEntries, getEntry, type CollectionEntry } from 'astro:content';
import { drawAcrossBanks } from '../lib/quiz/draw';
import { renderMarkdown } from '../lib/markdown';
import { paths, siteUrl } from '../lib/paths';
import { sortByOrder } from '../lib/order';
import { qrSvg } from '../lib/qr';
import { publicSite } from '../lib/site';
import { resolveRule, type ResolvedRule } from './rules';
import type { Question } from '../schemas/quiz';
import { aula, formatDate } from '../i18n/id';

/** The mixed quick quiz: how many questions and the seed that makes it the same for everyone. */
export const MIXED_DECK = { id: 'campuran', count: 10, seed: 20241127 } as const;

export interface BasisLink {
  label: string;
  href: string;
}

/** A rule under a question, with its legal bases (see src/data/rules.ts). */
export type RuleLink = ResolvedRule;

export interface QuestionSlide {
  kind: 'question';
  /** "Soal 3 dari 10", and the module for the mixed deck. */
  label: string;
  module?: string;
  questionId: string;
  type: Question['type'];
  promptHtml: string;
  options: { key: string; text: string; correct: boolean }[];
  explanationHtml: string;
  rules: RuleLink[];
  notesHtml?: string;
}

export interface PointSlide {
  kind: 'point';
  label: string;
  lead: string;
  text: string;
  notes: string;
}

export interface TitleSlide {
  kind: 'title';
  eyebrow: string;
  title: string;
  lead?: string;
  /**
   * Self-paced quiz address for phones (quiz decks only). Without a public address at build time
   * (SITE_URL unset) `svg` is empty and the deck draws the code in the browser for the address it is
   * served from (`path` on location.origin): a static host anywhere gets a QR code that works.
   */
  qr?: { url: string; svg: string; path: string };
  notes?: string;
  /** Where the text comes from (pledge decks). */
  sources?: BasisLink[];
}

export interface ClosingSlide {
  kind: 'closing';
  title: string;
  text: string;
}

export type Slide = TitleSlide | PointSlide | QuestionSlide | ClosingSlide;

export interface Deck {
  id: string;
  kind: 'ikrar' | 'pakta' | 'kuis' | 'campuran';
  title: string;
  description: string;
  slides: Slide[];
}

const md = renderMarkdown;

async function ruleLinks(ids: Question['rules'], where: string): Promise<RuleLink[]> {
  return Promise.all(ids.map((ref) => resolveRule(ref, where)));
}

async function questionSlide(
  bank: string,
  q: Question,
  index: number,
  total: number,
  module?: string,
): Promise<QuestionSlide> {
  return {
    kind: 'question',
    label: aula.questionOf(index + 1, total),
    module,
    questionId: q.id,
    type: q.type,
    promptHtml: await md(q.prompt),
    options: q.options.map((o) => ({ key: o.key, text: o.text, correct: o.correct })),
    explanationHtml: await md(q.explanation),
    rules: await ruleLinks(q.rules, `src/quizzes/${bank}.yaml, pertanyaan "${q.id}"`),
    notesHtml: q.notes ? await md(q.notes) : undefined,
  };
}

async function pledgeDeck(id: 'ikrar' | 'pakta'): Promise<Deck> {
  const entry = await getEntry('pledges', id);
  if (!entry) throw new Error(`Dek aula "${id}": entri pledges/${id} tidak ada`);
  const p = entry.data;
  const total = p.points.length;
  const sources = (await getEntries(p.sources)).map((src) => ({
    label: `${src.data.publisher}, ${src.data.title}${src.data.date ? ` (${formatDate(src.data.date)})` : ''}`,
    href: paths.source(src.id),
  }));
  const slides: Slide[] = [
    {
      kind: 'title',
      eyebrow: id === 'ikrar' ? aula.readTogether : aula.signTogether,
      title: p.title,
      lead: p.preamble + ' …',
      notes: p.intro,
      sources,
    },
    ...p.points.map<PointSlide>((point, i) => ({
      kind: 'point',
      label: aula.pointOf(i + 1, total),
      lead: p.preamble,
      text: point.text,
      notes: point.meaning,
    })),
  ];
  if (p.closing) slides.push({ kind: 'closing', title: aula.closing, text: p.closing });
  return {
    id,
    kind: id,
    title: p.shortTitle,
    description: id === 'ikrar' ? aula.ikrarDescription(total) : aula.paktaDescription(total),
    slides,
  };
}

/** The QR code of a quiz deck's title slide: drawn now for a public address, else in the browser. */
function quizQr(path: string, site: URL | undefined): NonNullable<TitleSlide['qr']> {
  if (!publicSite()) return { url: path, svg: '', path };
  const url = siteUrl(site, path);
  return { url, svg: qrSvg(url, aula.qrLabel(url)), path };
}

async function quizDeck(bank: CollectionEntry<'quizzes'>, site: URL | undefined): Promise<Deck> {
  const qs = bank.data.questions;
  return {
    id: bank.id,
    kind: 'kuis',
    title: aula.quizTitle(bank.data.title),
    description: aula.quizDescription(qs.length),
    slides: [
      {
        kind: 'title',
        eyebrow: aula.quizEyebrow,
        title: bank.data.title,
        lead: bank.data.description,
        qr: quizQr(paths.quiz(bank.id), site),
      },
      ...(await Promise.all(qs.map((q, i) => questionSlide(bank.id, q, i, qs.length)))),
    ],
  };
}

async function mixedDeck(banks: CollectionEntry<'quizzes'>[], site: URL | undefined): Promise<Deck | undefined> {
  const available = banks.reduce((n, b) => n + b.data.questions.length, 0);
  if (available === 0) return undefined;
  const count = Math.min(MIXED_DECK.count, available);
  const drawn = drawAcrossBanks(
    banks.map((b) => ({ id: b.id, questions: b.data.questions })),
    count,
    MIXED_DECK.seed,
  );
  const titles = new Map(banks.map((b) => [b.id, b.data.title]));
  return {
    id: MIXED_DECK.id,
    kind: 'campuran',
    title: aula.mixedTitle,
    description: aula.mixedDescription(count),
    slides: [
      {
        kind: 'title',
        eyebrow: aula.quizEyebrow,
        title: aula.mixedTitle,
        lead: aula.mixedLead(count),
        qr: quizQr(paths.quizIndex(), site),
      },
      ...(await Promise.all(drawn.map((d, i) => questionSlide(d.bank, d.question, i, count, titles.get(d.bank))))),
    ],
  };
}

let cache: Promise<Deck[]> | undefined;

/** Every deck, in the order of the /aula/ list: pledges, module quizzes by `order`, the mixed quiz. */
export function loadDecks(site: URL | undefined): Promise<Deck[]> {
  cache ??= (async () => {
    const banks = sortByOrder(await getCollection('quizzes'));
    const decks = [
      await pledgeDeck('ikrar'),
      await pledgeDeck('pakta'),
      ...(await Promise.all(banks.map((b) => quizDeck(b, site)))),
    ];
    const mixed = await mixedDeck(banks, site);
    if (mixed) decks.push(mixed);
    const seen = new Set<string>();
    for (const d of decks) {
      if (seen.has(d.id)) throw new Error(`Dek aula "${d.id}" muncul dua kali: ganti nama bank soal src/quizzes/${d.id}.yaml`);
      seen.add(d.id);
    }
    return decks;
  })();
  return cache;
}
