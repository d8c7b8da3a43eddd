import { z } from 'astro/zod';
import { normalise } from '../lib/search/query';

/** A word list entry must still say something after normalising (lowercase, no punctuation). */
const phrase = z.string().trim().min(1).refine((s) => normalise(s).length > 0, 'tidak berisi kata setelah dinormalkan');

/**
 * src/data/search-synonyms.json: how people type, mapped to the site's words. Read by the search dialog
 * (src/lib/search/query.ts), checked here at build; each synonym entry is tested in
 * tests/unit/search-query.test.ts. JSON has no comments, so the fields are described here.
 */
export const searchSynonymsSchema = z.object({
  /** Words of the site's subject; a query with none of them (nor a synonym) is off-topic. */
  topicWords: z.array(phrase),
  /** Words dropped from queries (function and question words). */
  stopwords: z.array(phrase),
  /** Words that mark a question asking for a verdict ("boleh", "dilarang"); dropped too. */
  questionWords: z.array(phrase),
  /** "gak", "tidak": a verdict question at the end of a query or after a question word, else negation; dropped. */
  negations: z.array(phrase),
  /** Who the whole site is about ("pns", "asn"): dropped beside other words, searched alone. */
  subjectWords: z.array(phrase),
  /** Phrases that ask for a definition ("apa itu"): glossary terms are preferred. */
  definitionCues: z.array(phrase),
  /** The election itself ("pemilu", "pilkada"): beside other words these weigh little. */
  contextWords: z.array(phrase),
  /** Who acts ("honorer", "guru", "atasan"): beside the act these weigh less. */
  roleWords: z.array(phrase),
  synonyms: z.array(
    z.object({
      /** What people type. */
      from: z.array(phrase).min(1),
      /** The site's words; each alternative's words must all occur in one section. */
      to: z.array(phrase).min(1),
      /** Everyday words ("isi", "acara", "hp"): mapped, but they alone do not put a query on the site's subject. */
      general: z.boolean().optional(),
    }).strict(),
  ),
}).strict();

/** Validates the data, throwing one message per problem naming the file, the entry and the field. */
export function checkSearchSynonyms(data: unknown, file = 'src/data/search-synonyms.json'): void {
  const parsed = searchSynonymsSchema.safeParse(data);
  const problems: string[] = [];
  if (!parsed.success) {
    const raw = data as { synonyms?: { from?: unknown[] }[] };
    for (const issue of parsed.error.issues) {
      const [group, index] = issue.path;
      const first = group === 'synonyms' && typeof index === 'number' ? raw.synonyms?.[index]?.from?.[0] : undefined;
      const entry = typeof index === 'number' ? `${String(group)}[${index}]${first ? ` ("${String(first)}")` : ''}` : String(group ?? '(berkas)');
      problems.push(`${file} → ${entry} → ${issue.path.slice(2).join('.') || String(group)}: ${issue.message}`);
    }
  } else {
    const seen = new Map<string, number>();
    parsed.data.synonyms.forEach((entry, i) =>
      entry.from.forEach((f) => {
        const key = normalise(f).join(' ');
        const before = seen.get(key);
        if (before !== undefined && before !== i) problems.push(`${file} → synonyms[${i}] ("${entry.from[0]}") → from: "${f}" sudah ada di synonyms[${before}]`);
        seen.set(key, i);
      }),
    );
  }
  if (problems.length) throw new Error(`Daftar sinonim pencarian tidak valid:\n${problems.join('\n')}`);
}
