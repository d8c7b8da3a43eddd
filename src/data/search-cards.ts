/*
 * Build-time assembly of the answer cards that search shows (see src/lib/search/card.ts): the legal
 * basis of an entry is read from its rules, so cards never repeat by hand what the collections say.
 */
import { getEntry, type CollectionEntry } from 'astro:content';
import { basisText, oneSentence, type Card } from '../lib/search/card';

/** The legal bases of these rules, in order, without repeats ("UU 7/2017 Pasal 280; SKB 2022"). */
export async function rulesBasis(ruleIds: string[]): Promise<string> {
  const bases = [];
  for (const id of ruleIds) {
    const rule = await getEntry('rules', id);
    if (!rule) throw new Error(`search card: aturan "${id}" tidak ditemukan di src/content/rules`);
    for (const basis of rule.data.legalBasis) {
      const legal = await getEntry(basis.legal);
      if (!legal) throw new Error(`search card: dasar hukum "${basis.legal.id}" dari aturan "${id}" tidak ditemukan`);
      bases.push({ name: legal.data.shortName, article: basis.article });
    }
  }
  return basisText(bases);
}

export async function ruleCard(rule: CollectionEntry<'rules'>): Promise<Card> {
  const d = rule.data;
  return { kind: 'Aturan', verdict: d.verdict, title: d.title, answer: oneSentence(d.summary), basis: await rulesBasis([rule.id]) };
}

export async function caseCard(entry: CollectionEntry<'cases'>): Promise<Card> {
  const c = entry.data;
  const ruleIds = c.rules.map((r) => (typeof r === 'string' ? r : r.id));
  return { kind: 'Studi kasus', verdict: c.verdict, title: c.title, answer: oneSentence(c.reasoning), basis: await rulesBasis(ruleIds) };
}
