/*
 * Search that answers: runs an understood query (query.ts) against Pagefind's JS API and ranks
 * sections (a Q&A entry, a rule, a case, a glossary term), not whole pages.
 *
 * Pagefind needs every word of a query to match, so one unknown word empties the results. Here each
 * word is looked up alone (Pagefind caches its index chunks, so this is cheap): a concept no page
 * knows is dropped (relaxing), and the others are weighted by how rare they are (idf). Sections are
 * cut at the anchors Pagefind records, and scored by how much of the query's weight they cover, so a
 * short entry that answers the whole question beats a long page that mentions each word somewhere.
 * Pure: no DOM; Pagefind is passed in, so tests can give a fake one. Deterministic for one index.
 */
import { lookupWords, normalise, type Concept, type UnderstoodQuery } from './query';
import { cardKey, kinds, parseCard, type Card, type Kind } from './card';

export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}
export interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  anchors: PagefindAnchor[];
}
export interface PagefindHit {
  id: string;
  score: number;
  words: number[];
  data: () => Promise<PagefindFragment>;
}
export interface PagefindLike {
  /** A term, or null with filters: every page with those filter values (data-pagefind-filter). */
  search: (term: string | null, options?: { filters: Record<string, string> }) => Promise<{ results: PagefindHit[] } | null>;
}

export interface Place {
  /** Page URL with the section's anchor. */
  url: string;
  page: string;
  title: string;
  pageTitle: string;
  kind: Kind;
  card?: Card;
  /** Words of the section around the first match; `marked` says which to highlight. */
  excerpt: { text: string; marked: boolean }[];
  score: number;
  /** Share of the query's weight (idf) this section covers, 0..1. */
  coverage: number;
  /** Share of the query's concepts found in the section's title. */
  titleCoverage: number;
}

export interface Answer {
  /** The best place, when it carries a verdict card and passes the threshold. */
  card?: Place;
  /** The other places, best first (the card's place excluded). */
  places: Place[];
  /** False when nothing passed the threshold: say so and offer the Q&A page and the rules list. */
  found: boolean;
  /**
   * When nothing passed the threshold but the query is made of the site's words ("kampanye", "pns"):
   * the sections that cover those words most, shown as related pages, not as an answer. Empty when
   * found, and for off-topic questions.
   */
  related: Place[];
  /** Query concepts no page knows (dropped). */
  dropped: string[];
}

export const tuning = {
  /** Words looked up at most (a pasted paragraph must not fire hundreds of searches). */
  maxWords: 24,
  /** Pages whose fragments are loaded and cut into sections. */
  maxPages: 12,
  /** A best section must cover this share of the query's weight… */
  minCoverage: 0.6,
  /** …or, when it is a rule, Q&A entry or case with a verdict (the site's own answer), this share. */
  verdictCoverage: 0.5,
  /** …and this much weight in absolute terms (one very common word is not an answer). */
  minScore: 1.6,
  /** Sections with a card (a Q&A entry, a rule, a case, a glossary term): the site's own answers. */
  cardBoost: 1.2,
  /** Sections with a verdict card, for "boleh gak …" questions. */
  verdictBoost: 1.2,
  /**
   * A case is one story with its own facts; the rule or Q&A entry is the general answer, so a case
   * weighs a little less ("pns daftar caleg" asks the rule, not the story of one PNS who did).
   */
  caseWeight: 0.9,
  /** Glossary terms, for "apa itu …" questions. */
  definitionBoost: 1.6,
  /** How much a word unknown to the index counts against coverage, relative to an average word. */
  unknownWeight: 0.5,
  /**
   * A section's score loses this share of itself for the share of the query it leaves uncovered: one
   * rare word ("nyoblos" in "ditawarin duit buat nyoblos") must not outrank a section with the whole question.
   */
  uncoveredPenalty: 0.5,
  /** A question of no listed subject word is the site's when the best heading holds this many of its words (and half of it). */
  titleSubjectWords: 2,
  /** Words in a section's title count this much more. */
  titleBoost: 0.5,
  /** Other places shown. */
  maxPlaces: 8,
  /** Related pages (no answer passed): sections shown from one page at most. */
  relatedPerPage: 2,
  /**
   * What a concept weighs beside the others, by what it says (query.ts, Concept.role): the act asked
   * about counts fully; who acts, the election itself and words no list knows (often a detail:
   * "lapangan", "facebook") count less. Relative to the heaviest concept of the query.
   */
  roleWeights: { act: 1, role: 0.4, context: 0.4, plain: 0.7 },
  /**
   * A best section without a verdict gives way to a section with one that covers as much of the
   * query and scores at least this share of it: "serangan fajar" is asked for the rule, not the term.
   */
  verdictPreference: 0.8,
  /** A best section under minCoverage gives way to one above it that scores at least this share of it. */
  coveragePreference: 0.8,
  /** Any best section gives way to one covering this much more of the query… */
  fullerCoverage: 0.15,
  /** …that scores at least this share of it. */
  fullerPreference: 0.85,
};

/** Headings and rule articles start sections; the page-end lists (related, sources) are not answers. */
const sectionElements = /^(h[1-6]|article)$/;
const notAnswers = new Set(['nas-related', 'nas-sources', 'nas-cek', 'starlight__on-this-page']);
/** Practice pages repeat the lessons' words as questions; they are not where an answer is. */
const notAnswerPages = /\/(kuis|ujian|sertifikat|aula|rujukan\/sumber)\//;

/** Length of the longest common substring (short words: small loops). */
function commonLength(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++)
    for (let j = 0; j < b.length; j++) {
      let k = 0;
      while (i + k < a.length && j + k < b.length && a[i + k] === b[j + k]) k++;
      if (k > best) best = k;
    }
  return best;
}

/**
 * Whether the indexed word at a location really is the query word: Pagefind also returns prefix
 * extensions ("foto" finds "fotokopi") and stems; an extension of more than three letters counts
 * only for the word being typed.
 */
export function wordMatches(query: string, found: string, partial: boolean): boolean {
  // "94/2021" is indexed as one word, "942021"; "calon/partai" is read as its first.
  const parts = normalise(found);
  const word = parts.length > 1 && parts.every((p) => /^\d+$/.test(p)) ? parts.join('') : (parts[0] ?? '');
  if (word === query) return true;
  if (word.startsWith(query)) return partial || word.length - query.length <= 3;
  // A verb in me- is not its noun in pe-: "memilih" (to vote) is not "pemilih" (a voter) nor "pemilihan".
  if (/^me/.test(query) && /^pe/.test(word)) return false;
  return commonLength(query, word) >= Math.max(3, Math.ceil(query.length * 0.6));
}

/** Words of a phrase may stand this far apart ("suami atau istri" is "suami istri"). */
const phraseGap = 3;

/**
 * Where a phrase of the site's words ("pasangan calon", "hak pilih") occurs in a section: its words
 * in order, each at most `phraseGap` words after the one before. Words scattered over a section are
 * not the phrase: "pasangan" (a spouse) and "calon" in one rule are not "pasangan calon".
 */
export function phraseAt(words: string[], at: (w: string) => number[]): number[] {
  if (words.length === 1) return at(words[0]);
  const positions = words.map((w) => new Set(at(w)));
  const found: number[] = [];
  for (const start of positions[0]) {
    const chain = [start];
    for (let i = 1; i < words.length; i++) {
      const prev = chain[i - 1];
      const next = [...positions[i]].filter((l) => l > prev && l <= prev + phraseGap).sort((a, b) => a - b)[0];
      if (next === undefined) break;
      chain.push(next);
    }
    if (chain.length === words.length) found.push(...chain);
  }
  return found;
}

interface Section {
  anchor?: PagefindAnchor;
  start: number;
  end: number;
  title: string;
  titleEnd: number;
  card?: Card;
}

function sectionsOf(fragment: PagefindFragment, wordCount: number): Section[] {
  const pageCard = parseCard(fragment.meta[cardKey()]);
  const pageTitle = fragment.meta.title ?? fragment.url;
  if (pageCard) {
    // A case page is one section; its title is the page's h1, the first words of its content.
    const h1 = fragment.anchors.find((a) => a.element === 'h1');
    const titleEnd = h1 ? h1.location + (h1.text ?? '').trim().split(/\s+/).length : 0;
    return [{ start: 0, end: wordCount, title: pageCard.title || pageTitle, titleEnd, card: pageCard, anchor: { element: 'h2', id: 'boleh-atau-tidak', location: 0 } }];
  }
  const anchors = fragment.anchors.filter((a) => sectionElements.test(a.element)).sort((a, b) => a.location - b.location);
  const sections: Section[] = [];
  const first = anchors[0]?.location ?? wordCount;
  if (first > 0) sections.push({ start: 0, end: first, title: pageTitle, titleEnd: 0 });
  anchors.forEach((anchor, i) => {
    const end = anchors[i + 1]?.location ?? wordCount;
    // A card inside the section: the rule article itself, or the answer under a Q&A heading.
    const inner = fragment.anchors.find((a) => a.location >= anchor.location && a.location < Math.max(end, anchor.location + 1) && fragment.meta[cardKey(a.id)]);
    const card = parseCard(inner ? fragment.meta[cardKey(inner.id)] : undefined);
    const title = card?.title || anchor.text?.trim() || pageTitle;
    sections.push({ anchor, start: anchor.location, end, title, titleEnd: anchor.location + title.split(/\s+/).length, card });
  });
  return sections.filter((s) => !(s.anchor && notAnswers.has(s.anchor.id)) && s.end > s.start);
}

const idfOf = (df: number, total: number) => (df ? Math.log(1 + total / df) : 0);

/** The alternative words of a concept that are on a page: all words of one alternative must be. */
const onPage = (concept: Concept, pageWords: Map<string, Set<string>>, page: string) =>
  concept.alternatives.some((alt) => alt.every((w) => pageWords.get(w)?.has(page)));

const onAnyPage = (concept: Concept, pageWords: Map<string, Set<string>>) =>
  concept.alternatives.some((alt) => alt.every((w) => pageWords.get(w)?.size));

export async function answer(pagefind: PagefindLike, query: UnderstoodQuery): Promise<Answer> {
  const words = lookupWords(query).slice(0, tuning.maxWords);
  const partialWord = query.lastIsPartial ? query.words.at(-1) : undefined;
  const hits = new Map<string, PagefindHit[]>();
  /** Asked for a definition: the glossary is read first, wherever Pagefind finds the words densest. */
  let glossary = new Set<string>();
  const definitionKind: Kind = 'Glosarium';
  await Promise.all([
    ...words.map(async (w) => {
      const found = await pagefind.search(w);
      hits.set(w, found?.results ?? []);
    }),
    query.definitionLike &&
      pagefind.search(null, { filters: { kind: definitionKind } }).then((found) => {
        glossary = new Set(found?.results.map((h) => h.id));
      }),
  ]);
  // Pages per word, and all pages seen (for idf: a word on every page weighs little).
  const pageWords = new Map<string, Set<string>>();
  const pages = new Map<string, PagefindHit>();
  for (const [w, list] of hits) {
    pageWords.set(w, new Set(list.map((h) => h.id)));
    for (const h of list) if (!pages.has(h.id)) pages.set(h.id, h);
  }
  const total = Math.max(pages.size, 40);
  const looked = query.concepts.filter((c) => c.alternatives.some((alt) => alt.every((w) => words.includes(w))));
  const factorOf = (c: Concept) => tuning.roleWeights[c.role ?? 'act'];
  // Relative to the heaviest concept the lists know: a word no list knows ("ikut") does not make the
  // setting ("kampanye" in "boleh gak ikut kampanye") a side matter; nothing weighs more than an act.
  const onPages = looked.filter((c) => onAnyPage(c, pageWords));
  const listed = onPages.filter((c) => c.role !== 'plain');
  const heaviest = Math.max(...(listed.length ? listed : onPages).map(factorOf), 0);
  const concepts = looked.map((c) => {
    const factor = (heaviest ? Math.min(1, factorOf(c) / heaviest) : 1) * (c.words ?? 1);
    return { concept: c, factor, idf: factor * idfOf([...pages.keys()].filter((p) => onPage(c, pageWords, p)).length, total) };
  });
  const known = concepts.filter((c) => c.idf > 0);
  const dropped = concepts.filter((c) => c.idf === 0).map((c) => c.concept.source);
  if (!known.length) return { places: [], related: [], found: false, dropped };
  // An alternative's own weight: the literal "nyoblos" is rarer, so more telling, than "memilih".
  const altIdfs = new Map<string, number>();
  const altIdf = (alt: string[]) => {
    const key = alt.join(' ');
    let idf = altIdfs.get(key);
    if (idf === undefined) altIdfs.set(key, (idf = idfOf([...pages.keys()].filter((p) => alt.every((w) => pageWords.get(w)?.has(p))).length, total)));
    return idf;
  };

  // Pages worth reading: those covering the most query weight; among equals, those where Pagefind
  // finds the words densest (its own score, summed over the words), not an arbitrary page id.
  const density = (p: string) => words.reduce((s, w) => s + (hits.get(w)?.find((h) => h.id === p)?.score ?? 0), 0);
  const ranked = [...pages.keys()]
    .map((p) => ({ p, pre: known.reduce((s, c) => s + (onPage(c.concept, pageWords, p) ? c.idf : 0), 0), density: density(p) }))
    .sort((a, b) => +glossary.has(b.p) - +glossary.has(a.p) || b.pre - a.pre || b.density - a.density || a.p.localeCompare(b.p));

  /** `topical`: the section holds a word of the site's subject, not only everyday words. */
  const places: (Place & { covered: number; titleSubject: number; topical: boolean })[] = [];
  /** Concepts found at a verified location (not only as Pagefind's prefix or stem guess). */
  const verified = new Set<Concept>();
  // Fragments load in parallel (Pagefind caches them), in batches until maxPages answer pages are
  // read: quiz and hall pages repeat the lessons' words and must not take their places. At most one
  // batch per page, so the loop ends.
  const read: { p: string; fragment: PagefindFragment }[] = [];
  for (let next = 0; read.length < tuning.maxPages && next < ranked.length; ) {
    const batch = ranked.slice(next, next + tuning.maxPages - read.length);
    next += batch.length;
    const loaded = await Promise.all(batch.map(({ p }) => pages.get(p)!.data()));
    loaded.forEach((fragment, i) => notAnswerPages.test(fragment.url) || read.push({ p: batch[i].p, fragment }));
  }
  for (const { p, fragment } of read) {
    const content = fragment.content.split(/\s+/);
    // Where each word really occurs on this page.
    const locations = new Map<string, number[]>();
    for (const w of words) {
      const hit = hits.get(w)?.find((h) => h.id === p);
      if (hit) locations.set(w, hit.words.filter((loc) => wordMatches(w, content[loc] ?? '', w === partialWord)));
    }
    const pageKind = (kinds as string[]).includes(fragment.meta.kind) ? (fragment.meta.kind as Kind) : 'Materi';
    for (const section of sectionsOf(fragment, content.length)) {
      const inSection = (w: string) => (locations.get(w) ?? []).filter((l) => l >= section.start && l < section.end);
      let score = 0;
      let covered = 0;
      let inTitleCount = 0;
      /** Concepts in the title that are not everyday words: a heading that says what was asked. */
      let inTitleSubject = 0;
      let topical = false;
      const marked = new Set<number>();
      for (const { concept, idf, factor } of known) {
        const matched = concept.alternatives.filter((a) => phraseAt(a, inSection).length > 0);
        if (!matched.length) continue;
        const alt = matched.reduce((a, b) => (altIdf(b) > altIdf(a) ? b : a));
        const locs = phraseAt(alt, inSection);
        locs.forEach((l) => marked.add(l));
        // In the title by any of its forms: "kpps" in the heading counts though "badan ad hoc" is rarer.
        const inTitle = matched.some((a) => phraseAt(a, inSection).some((l) => l < section.titleEnd));
        if (inTitle) inTitleCount++;
        if (inTitle && !concept.general) inTitleSubject++;
        verified.add(concept);
        if (concept.onTopic) topical = true;
        covered += idf;
        score += Math.max(idf, factor * altIdf(alt)) * (1 + (inTitle ? tuning.titleBoost : 0) + 0.05 * Math.min(locs.length - 1, 4));
      }
      // A heading with no text of its own (an h2 straight before its first h3) answers nothing.
      if (!covered || section.end <= section.titleEnd) continue;
      const length = section.end - section.start;
      score /= 1 + 0.15 * Math.log2(1 + length / 120);
      if (section.card) score *= tuning.cardBoost;
      const kind = section.card?.kind ?? pageKind;
      if (kind === 'Studi kasus') score *= tuning.caseWeight;
      if (query.definitionLike && kind === 'Glosarium') score *= tuning.definitionBoost;
      if (query.questionLike && section.card && section.card.verdict !== 'info') score *= tuning.verdictBoost;
      const first = Math.min(...marked);
      const from = Math.max(section.start, first - 8);
      const to = Math.min(section.end, from + 28);
      const url = section.anchor ? `${fragment.url.split('#')[0]}#${section.anchor.id}` : fragment.url;
      places.push({
        url,
        page: fragment.url.split('#')[0],
        title: section.title,
        pageTitle: fragment.meta.title ?? '',
        kind,
        card: section.card,
        excerpt: content.slice(from, to).map((text, i) => ({ text, marked: marked.has(from + i) })),
        score,
        covered,
        coverage: 0,
        titleCoverage: inTitleCount / (known.length + dropped.length),
        titleSubject: inTitleSubject,
        topical,
      });
    }
  }
  // A word no page really has is dropped from the search (relaxing), but still counts against
  // coverage with half an average word's weight: "cuti untuk umroh" is not answered by a page on cuti.
  const real = known.filter((c) => verified.has(c.concept));
  const mean = real.reduce((sum, c) => sum + c.idf, 0) / Math.max(real.length, 1);
  const weight = real.reduce((sum, c) => sum + c.idf, 0) + (concepts.length - real.length) * mean * tuning.unknownWeight;
  for (const place of places) {
    place.coverage = place.covered / weight;
    place.score *= 1 - tuning.uncoveredPenalty * (1 - Math.min(place.coverage, 1));
  }
  places.sort((a, b) => b.score - a.score || a.url.localeCompare(b.url));
  const top = places[0] as (typeof places)[number] | undefined;
  preferCovering(places);
  preferVerdict(places, query.definitionLike);
  const best = places[0] as Place | undefined;
  // Off-topic ("jam kantor berapa"): no word of the site's subject, unless the best section's heading
  // says what was asked: all of it with a word no list calls everyday ("kartu jawaban kapan dipakai"
  // yes; "pensiun dini", found as "mengundurkan diri", no), or at least half of it in two such words
  // ("data apa aja yang dicatat lms" is the heading "Yang dicatat LMS").
  const onTopic =
    real.some((c) => c.concept.onTopic) ||
    (!!top && top.titleSubject > 0 && (top.titleCoverage === 1 || (top.titleSubject >= tuning.titleSubjectWords && top.titleCoverage >= 0.5)));
  // The site's own verdict leading the ranking answers an act asked about ("disuruh kantor jaga di
  // lokasi kampanye, salah ga") though everyday words ("disuruh", "salah") leave it a little short of
  // the coverage bar: a rule or Q&A entry says more than related pages would. Only a real verdict (not
  // "info": "kenaikan gaji pppk" is not the entry on who is bound) whose heading names a word of the
  // question ("uu yang mewajibkan asn netral" is not the rule on pressure that mentions "wajib").
  const lead = places[0];
  const verdictLeads = !!lead && !!lead.card && lead.card.verdict !== 'info' && lead.titleSubject > 0 && lead.coverage >= tuning.verdictCoverage;
  const found = !!best && !!top && onTopic && (best.coverage >= tuning.minCoverage || verdictLeads) && top.score >= tuning.minScore;
  if (!found) {
    // Words the site is about but no section answers ("kampanye", "pns sanksi", "nyebar meme jelek ttg
    // capres lawan"): the places that cover them most. One site word found on a page is enough, however
    // many everyday words stand beside it (a word the site contains never yields "nothing found"); a
    // question of none ("jam kantor berapa") gets none: it is off-topic.
    const siteWord = real.some((c) => c.concept.onTopic);
    const related = real.length && (concepts.length === 1 || siteWord) ? relatedPlaces(places.filter((pl) => concepts.length === 1 || pl.topical)) : [];
    return { places: [], related, found, dropped };
  }
  // Keep what fits reasonably well; one place per case page.
  const seen = new Set<string>();
  const fitting = places.filter((pl) => {
    const key = pl.kind === 'Studi kasus' ? pl.page : pl.url;
    if (seen.has(key) || pl.coverage < tuning.minCoverage / 2) return false;
    seen.add(key);
    return true;
  });
  const card = best.card && best.card.verdict !== undefined ? best : undefined;
  return { card, places: fitting.filter((pl) => pl !== card).slice(0, tuning.maxPlaces), related: [], found, dropped };
}

/**
 * A best section that covers too little of the question to answer it gives way to a close one that
 * does: "ikut timses pilkada" is answered by a section with all three, not by the one rare word alone.
 */
export function preferCovering(places: Place[]): void {
  const best = places[0];
  if (!best) return;
  if (best.coverage < tuning.minCoverage) {
    const i = places.findIndex((p) => p.coverage >= tuning.minCoverage && p.score >= best.score * tuning.coveragePreference);
    if (i > 0) places.unshift(...places.splice(i, 1));
    return;
  }
  // Answering, but leaving out a part of the question that a close section covers: "disuruh atasan
  // milih paslon" is the rule on pressure from superiors (all of it), not the rule on voting (most of it).
  const i = places.findIndex((p) => p.coverage >= best.coverage + tuning.fullerCoverage && p.score >= best.score * tuning.fullerPreference);
  if (i > 0) places.unshift(...places.splice(i, 1));
}

/** A section that answers: a verdict, or a Q&A entry (its answer may be information, "who is bound"). */
const hasVerdict = (p: Place) => !!p.card && (p.card.verdict !== 'info' || p.card.kind === 'Tanya jawab');

/**
 * Moves a close section with a verdict ahead of a best section with no card (a term, a lesson
 * paragraph) when it covers as much of the query, or enough to answer it: the site's answer to an
 * act is its rule or entry ("ngejelekin calon di facebook" is the rule, the lesson comes next). Not when a definition was asked
 * for, nor past any section whose heading holds the whole question when its own does not.
 */
function preferVerdict(places: Place[], definitionLike: boolean): void {
  const best = places[0];
  if (!best || definitionLike || best.card) return;
  const i = places.findIndex(
    (p, i) =>
      hasVerdict(p) &&
      p.coverage >= Math.min(best.coverage, tuning.minCoverage) &&
      p.score >= best.score * tuning.verdictPreference &&
      (p.titleCoverage === 1 || places.slice(0, i).every((q) => q.titleCoverage < 1)),
  );
  if (i > 0) places.unshift(...places.splice(i, 1));
}

/** Related pages: the sections covering most of the query, best scored first, a few per page. */
function relatedPlaces(places: Place[]): Place[] {
  const perPage = new Map<string, number>();
  return [...places]
    .sort((a, b) => b.coverage - a.coverage || b.score - a.score || a.url.localeCompare(b.url))
    .filter((pl) => {
      const n = perPage.get(pl.page) ?? 0;
      perPage.set(pl.page, n + 1);
      return n < tuning.relatedPerPage;
    })
    .slice(0, tuning.maxPlaces);
}

/** The URLs in the order the dialog shows them: the card first; related pages when nothing was found. */
export const orderedUrls = (a: Answer) => [...(a.card ? [a.card.url] : []), ...(a.found ? a.places : a.related).map((p) => p.url)];
