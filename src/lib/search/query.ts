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
  /**
   * The setting of nearly every question ("pemilu", "pilkada"): a section that answers the act need
   * not name the election, so beside other words these weigh little.
   */
  contextWords: string[];
  /**
   * Who acts ("honorer", "guru", "atasan"): most rules bind everyone, so beside the act these weigh
   * less; "honorer boleh nyoblos" is answered by the rule on voting, not the entry on honorer.
   */
  roleWords: string[];
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
  /**
   * How much the concept says about what is asked: "act" (the default), "role" (who acts), "context"
   * (the election itself), or "plain" (a word no list knows: often a detail, "lapangan", "facebook").
   */
  role?: 'role' | 'context' | 'plain';
  /**
   * A phrase of the site's own words typed as it is ("pakta integritas"): it weighs as its words
   * would one by one, so reading it as one concept does not halve the query's main subject.
   */
  words?: number;
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
 * A regulation's number and year as one word, the way the index holds "94/2021" ("942021"):
 * "pp 94 2021" and "pp 94/2021" become "pp", "942021".
 */
export function joinLegalNumbers(words: string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < words.length; i++)
    if (/^\d{1,4}$/.test(words[i]) && /^(19|20)\d\d$/.test(words[i + 1] ?? '')) joined.push(words[i] + words[++i]);
    else joined.push(words[i]);
  return joined;
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
  phrases: { words: string[]; to: string[][]; subject?: boolean; general?: boolean; offTopic?: boolean; site?: boolean }[];
  /** One-word definition cues ("singkatan", "artinya"): they say what is asked, not about what. */
  cue: Set<string>;
  /** Context and role words and phrases, normalised and joined by spaces. */
  context: Set<string>;
  roles: Set<string>;
}

const prepared = new WeakMap<SynonymData, Prepared>();

function prepare(data: SynonymData): Prepared {
  let p = prepared.get(data);
  if (p) return p;
  const phrases: Prepared['phrases'] = data.synonyms.flatMap((entry) => {
    const to = entry.to.map((t) => joinLegalNumbers(normalise(t)));
    return entry.from.map((f) => ({ words: normalise(f), to, general: entry.general }));
  });
  // The site's own phrases ("fasilitas negara", "hak pilih") typed as they are: one concept, on topic
  // unless only everyday entries list them, and never everyday themselves (the site's words are not
  // small talk). After the typed forms, so a "from" of the same words wins.
  const sitePhrases = new Map<string, boolean>();
  for (const entry of data.synonyms)
    for (const t of entry.to) {
      const key = normalise(t).join(' ');
      if (key.includes(' ')) sitePhrases.set(key, (sitePhrases.get(key) ?? true) && !!entry.general);
    }
  // Topic phrases ("masa kampanye", "hukuman disiplin": the glossary's terms) are the site's too.
  for (const t of data.topicWords) {
    const key = normalise(t).join(' ');
    if (key.includes(' ')) sitePhrases.set(key, false);
  }
  for (const [key, everyday] of sitePhrases) phrases.push({ words: key.split(' '), to: [key.split(' ')], offTopic: everyday, site: true });
  // A stopword phrase ("luar jam kerja": the rules hold at any hour) is dropped whole, like a word.
  const stops = data.stopwords.map(normalise);
  phrases.push(...stops.filter((words) => words.length > 1).map((words) => ({ words, to: [] })));
  phrases.push(...data.subjectWords.map(normalise).map((words) => ({ words, to: [words], subject: true })));
  phrases.sort((a, b) => b.words.length - a.words.length);
  // Single words only: "fasilitas kantor" is on topic as a phrase, "kantor" alone is not.
  const single = (w: string) => normalise(w).length === 1;
  const topical = data.synonyms.filter((e) => !e.general);
  const topic = new Set([...data.topicWords, ...topical.flatMap((e) => [...e.from, ...e.to])].filter(single).flatMap(normalise));
  const cue = new Set(data.definitionCues.map(normalise).filter((words) => words.length === 1).flat());
  // Cues are known too, so "kepanjangannya" is read as "kepanjangan".
  const known = new Set([...topic, ...cue, ...phrases.filter((ph) => ph.words.length === 1).map((ph) => ph.words[0])]);
  const joined = (list: string[]) => new Set(list.map((w) => normalise(w).join(' ')));
  p = { topic, known, stop: new Set(stops.filter((words) => words.length < 2).flat()), question: new Set(data.questionWords.flatMap(normalise)), negation: new Set(data.negations.flatMap(normalise)), phrases, cue, context: joined(data.contextWords), roles: joined(data.roleWords) };
  prepared.set(data, p);
  return p;
}

const sameWords = (a: string[], b: string[]) => a.length === b.length && a.every((w, i) => w === b[i]);

/** Splits a query into concepts: synonym phrases first (longest match), then single content words. */
export function understand(text: string, data: SynonymData): UnderstoodQuery {
  const { topic, known, stop, question, negation, phrases, cue, context, roles } = prepare(data);
  // An amount ("100rb", "rp50000", "2jt") is money, whatever the sum: the word the lists know for it.
  const words = normalise(text).map((w) => (/^(rp\d+|\d+(rb|ribu|rebu|k|jt|juta))$/.test(w) ? 'uang' : w));
  /** A phrase at a position, as typed, else with the first word's affixes off ("dimutasi pejabat"). */
  const phraseAt = (i: number) => {
    const match = (list: string[]) => phrases.find((p) => sameWords(p.words, list.slice(i, i + p.words.length)));
    const typed = match(words);
    if (typed || known.has(words[i])) return typed;
    const stemmed = knownForm(words[i], known);
    if (stemmed === words[i]) return undefined;
    words[i] = stemmed;
    return match(words);
  };
  const concepts: Concept[] = [];
  /** What makes two concepts the same: one synonym entry's words, or one word. */
  const keys: string[] = [];
  let questionLike = false;
  /** Concepts seen when the last negation came: none after it means "… gak?", a question. */
  let negationAt = -1;
  for (let i = 0; i < words.length; ) {
    const phrase = phraseAt(i);
    if (phrase && !phrase.to.length) i += phrase.words.length;
    else if (phrase) {
      const source = phrase.words.join(' ');
      const alternatives = [...phrase.to];
      if (!alternatives.some((alt) => sameWords(alt, phrase.words))) alternatives.push(phrase.words);
      // Kept beside other words only when a definition is asked: then the other word is the term.
      const role = phrase.subject ? 'role' : kindOf([phrase.words, ...alternatives], context, roles);
      concepts.push({ source, alternatives, onTopic: !phrase.general && !phrase.offTopic, ...(phrase.subject && { subject: true }), ...(phrase.general && { general: true }), ...(role && { role }), ...(phrase.site && { words: phrase.words.length }) });
      keys.push(JSON.stringify(phrase.to));
      i += phrase.words.length;
    } else {
      // "94 2021" after the phrases had their chance ("pp 53" is one): the index's "942021".
      const word = joinLegalNumbers(words.slice(i, i + 2))[0];
      i += word === words[i] ? 1 : 2;
      if (question.has(word)) questionLike = true;
      else if (negation.has(word)) negationAt = concepts.length;
      else if (cue.has(word)) continue;
      // A lone digit is a ballot number ("paslon no 2", "calon 01"): it says nothing about the rule.
      // Legal references keep theirs: "pp 53" is a phrase, "pasal 188" and "2010" are longer.
      else if (!stop.has(word) && !/^0?\d$/.test(word)) {
        const role = kindOf([[word]], context, roles) ?? (known.has(word) ? undefined : 'plain');
        concepts.push({ source: word, alternatives: [[word]], onTopic: topic.has(word), ...(role && { role }) });
        keys.push(word);
      }
    }
  }
  if (negationAt >= 0 && negationAt === concepts.length) questionLike = true;
  // The same concept twice ("foto … foto", "dapet … diterima") counts once.
  const joined = ` ${words.join(' ')} `;
  const definitionLike = data.definitionCues.some((cue) => joined.includes(` ${normalise(cue).join(' ')} `));
  // Asked to define, the subject word may be the term itself ("asn singkatan dari", "arti netral bagi asn").
  const asked = !definitionLike && concepts.some((c) => !c.subject);
  const unique = concepts.filter((c, i) => keys.indexOf(keys[i]) === i && !(asked && c.subject));
  return { words, concepts: unique, questionLike, definitionLike, lastIsPartial: !/[\s?!.]$/.test(text) };
}

const prefixes = ['di', 'ter', 'ber', 'me', 'mem', 'men', 'meng', 'meny', 'nge', 'ng', 'ny', 'ke', 'se', 'ku', 'ko'];
const suffixes = ['nya', 'kan', 'in', 'i', 'an', 'lah', 'kah', 'nyalah'];
/** Nasal verbs put back ("nyebar" is "sebar", "milih" is "pilih", "nolak" is "tolak"). */
const nasal: [RegExp, string][] = [[/^ny(?=[aeiou])/, 's'], [/^ng(?=[aeiou])/, 'k'], [/^m(?=[aeiou])/, 'p'], [/^n(?=[aeiou])/, 't']];

/**
 * A word the lists do not know, read as a form of one they do: Indonesian and slang affixes off
 * ("dimutasi" is "mutasi", "calonnya" is "calon", "ngelaporin" is "lapor", "nyebarin" is "sebar").
 * Pe- and per- stay (a "pemilih" votes, but is not "memilih"); the root keeps at least four letters.
 */
export function knownForm(word: string, known: Set<string>): string {
  if (known.has(word)) return word;
  const stems = new Set<string>();
  for (const suffix of ['', ...suffixes]) {
    if (suffix && !word.endsWith(suffix)) continue;
    const base = word.slice(0, word.length - suffix.length);
    for (const prefix of ['', ...prefixes]) {
      if (prefix && !base.startsWith(prefix)) continue;
      const root = base.slice(prefix.length);
      if (root.length < 4 || root === word) continue;
      stems.add(root);
      for (const [from, to] of nasal) if (!prefix && from.test(root)) stems.add(root.replace(from, to));
    }
  }
  return [...stems].find((s) => known.has(s)) ?? word;
}

/** "context" or "role" when the typed words or any of their site forms are in those lists. */
function kindOf(forms: string[][], context: Set<string>, roles: Set<string>): Concept['role'] {
  const keys = forms.map((f) => f.join(' '));
  if (keys.some((k) => context.has(k))) return 'context';
  if (keys.some((k) => roles.has(k))) return 'role';
  return undefined;
}

/** Every distinct word the concepts need looked up in the index. */
export function lookupWords(query: UnderstoodQuery): string[] {
  return [...new Set(query.concepts.flatMap((c) => c.alternatives.flat()))];
}
