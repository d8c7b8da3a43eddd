/*
 * Query understanding for the search dialog: turns what people type ("boleh gak ngelike postingan
 * paslon??") into the concepts the site's pages use. Pure: no DOM, no Pagefind, so it is unit-tested
 * and shared by the dialog and the evaluation. The word lists are data (src/data/search-synonyms.json).
 */

export interface SynonymEntry {
  /** What people type: single words or phrases, any spelling (normalised before matching). */
  from: string[];
  /** The site's words for it: each a word or a phrase whose words must all occur in a section. */
  to: string[];
  /**
   * Everyday words ("isi", "acara", "pakai", "hp"): mapped like any entry, but they do not make a
   * query part of the site's subject ("cara isi skp tahunan" is about office work, not the rules).
   */
  general?: boolean;
}

export interface SynonymData {
  /** Words of the site's subject (elections, neutrality, sanctions): a query needs one, or it is off-topic. */
  topicWords: string[];
  stopwords: string[];
  questionWords: string[];
  /**
   * "gak", "tidak": a verdict question when nothing but function words follows ("aman gak?", "harus
   * netral gak sih"), plain negation elsewhere ("asn gak netral"). Dropped either way.
   */
  negations: string[];
  /**
   * Who the whole site is about ("pns", "asn"): a query's other words say what it asks, so these
   * are dropped beside them ("bolehkah pns nyoblos" is "nyoblos"); alone they are searched.
   */
  subjectWords: string[];
  /** "apa itu", "kepanjangan": the user wants a definition, so glossary terms come first. */
  definitionCues: string[];
  synonyms: SynonymEntry[];
}

/** One idea of the query. Any alternative counts; an alternative is a list of words that must all match. */
export interface Concept {
  /** The query words this concept came from, as typed after normalising. */
  source: string;
  alternatives: string[][];
  /** Part of the site's subject (a topic word or a synonym entry): off-topic queries have none. */
  onTopic: boolean;
  /** One of the subject words ("pns"): kept only when the query has nothing else. */
  subject?: boolean;
  /** From an entry of everyday words ("pensiun dini", "laptop kantor"): never on topic by itself. */
  general?: boolean;
}

export interface UnderstoodQuery {
  /** The normalised words, before anything is dropped. */
  words: string[];
  concepts: Concept[];
  /** "Bolehkah …", "boleh gak …", "dilarang …": the user wants a verdict. */
  questionLike: boolean;
  /** "apa itu …", "kepanjangan …": a definition is wanted. */
  definitionLike: boolean;
  /** The last word is still being typed (no trailing space): Pagefind's prefix match suits it. */
  lastIsPartial: boolean;
}

/**
 * Lowercase, strip accents and punctuation, join hyphenated words ("nge-like" -> "ngelike"), and
 * collapse letters repeated for emphasis: three or more in a row anywhere ("gakkk" -> "gak"), or a
 * doubled final letter ("sihh" -> "sih").
 */
export function normalise(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/(\p{L})-(?=\p{L})/gu, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter(Boolean)
    .map((word) => collapseRepeats(word));
}

/**
 * "gakkk" -> "gak", "sihh" -> "sih", "bangettt" -> "banget"; abbreviations keep their letters:
 * a run at the start ("pppk") and a doubled end without a vowel before it ("pp") stay.
 */
function collapseRepeats(word: string): string {
  const collapsed = word.replace(/(?<=\p{L})(\p{L})\1{2,}/gu, '$1');
  return /[aeiou]/.test(collapsed.slice(0, -2)) ? collapsed.replace(/(\p{L})\1$/u, '$1') : collapsed;
}

interface Prepared {
  topic: Set<string>;
  stop: Set<string>;
  question: Set<string>;
  negation: Set<string>;
  /** Words the lists know as they are: topic words and one-word "from" forms. */
  known: Set<string>;
  /** Normalised "from" phrases (as word lists), longest first, with their alternatives (none: a stopword phrase). */
  phrases: { words: string[]; to: string[][]; subject?: boolean; general?: boolean }[];
}

const prepared = new WeakMap<SynonymData, Prepared>();

function prepare(data: SynonymData): Prepared {
  let p = prepared.get(data);
  if (p) return p;
  const phrases: Prepared['phrases'] = data.synonyms.flatMap((entry) => {
    const to = entry.to.map((t) => normalise(t));
    return entry.from.map((f) => ({ words: normalise(f), to, general: entry.general }));
  });
  // A stopword phrase ("luar jam kerja": the rules hold at any hour) is dropped whole, like a word.
  const stops = data.stopwords.map(normalise);
  phrases.push(...stops.filter((words) => words.length > 1).map((words) => ({ words, to: [] })));
  phrases.push(...data.subjectWords.map(normalise).map((words) => ({ words, to: [words], subject: true })));
  phrases.sort((a, b) => b.words.length - a.words.length);
  // Single words only: "fasilitas kantor" is on topic as a phrase, "kantor" alone is not.
  const single = (w: string) => normalise(w).length === 1;
  const topical = data.synonyms.filter((e) => !e.general);
  const topic = new Set([...data.topicWords, ...topical.flatMap((e) => [...e.from, ...e.to])].filter(single).flatMap(normalise));
  const known = new Set([...topic, ...phrases.filter((ph) => ph.words.length === 1).map((ph) => ph.words[0])]);
  p = { topic, known, stop: new Set(stops.filter((words) => words.length < 2).flat()), question: new Set(data.questionWords.flatMap(normalise)), negation: new Set(data.negations.flatMap(normalise)), phrases };
  prepared.set(data, p);
  return p;
}

const sameWords = (a: string[], b: string[]) => a.length === b.length && a.every((w, i) => w === b[i]);

/** Splits a query into concepts: synonym phrases first (longest match), then single content words. */
export function understand(text: string, data: SynonymData): UnderstoodQuery {
  const { topic, known, stop, question, negation, phrases } = prepare(data);
  // "calonnya", "akunnya", "kampanyenya": the possessive -nya off a word the lists know.
  const words = normalise(text).map((w) => (w.endsWith('nya') && !known.has(w) && known.has(w.slice(0, -3)) ? w.slice(0, -3) : w));
  const concepts: Concept[] = [];
  /** What makes two concepts the same: one synonym entry's words, or one word. */
  const keys: string[] = [];
  let questionLike = false;
  /** Concepts seen when the last negation came: none after it means "… gak?", a question. */
  let negationAt = -1;
  for (let i = 0; i < words.length; ) {
    const phrase = phrases.find((p) => sameWords(p.words, words.slice(i, i + p.words.length)));
    if (phrase && !phrase.to.length) i += phrase.words.length;
    else if (phrase) {
      const source = phrase.words.join(' ');
      const alternatives = [...phrase.to];
      if (!alternatives.some((alt) => sameWords(alt, phrase.words))) alternatives.push(phrase.words);
      concepts.push({ source, alternatives, onTopic: !phrase.general, ...(phrase.subject && { subject: true }), ...(phrase.general && { general: true }) });
      keys.push(JSON.stringify(phrase.to));
      i += phrase.words.length;
    } else {
      const word = words[i++];
      if (question.has(word)) questionLike = true;
      else if (negation.has(word)) negationAt = concepts.length;
      // A lone digit is a ballot number ("paslon no 2", "calon 01"): it says nothing about the rule.
      // Legal references keep theirs: "pp 53" is a phrase, "pasal 188" and "2010" are longer.
      else if (!stop.has(word) && !/^0?\d$/.test(word)) {
        concepts.push({ source: word, alternatives: [[word]], onTopic: topic.has(word) });
        keys.push(word);
      }
    }
  }
  if (negationAt >= 0 && negationAt === concepts.length) questionLike = true;
  // The same concept twice ("foto … foto", "dapet … diterima") counts once.
  const asked = concepts.some((c) => !c.subject);
  const unique = concepts.filter((c, i) => keys.indexOf(keys[i]) === i && !(asked && c.subject));
  const joined = ` ${words.join(' ')} `;
  const definitionLike = data.definitionCues.some((cue) => joined.includes(` ${normalise(cue).join(' ')} `));
  return { words, concepts: unique, questionLike, definitionLike, lastIsPartial: !/[\s?!.]$/.test(text) };
}

/** Every distinct word the concepts need looked up in the index. */
export function lookupWords(query: UnderstoodQuery): string[] {
  return [...new Set(query.concepts.flatMap((c) => c.alternatives.flat()))];
}
