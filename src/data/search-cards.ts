/*
 * Build-time assembly of the answer cards that search shows (see src/lib/search/card.ts): the legal
 * basis of an entry is read from its rules (resolveRule), so cards never repeat what the collections say.
 */
import type { CollectionEntry } from 'astro:content';
import { basisText, oneSentence, type Card } from '../lib/search/card';
import { resolveRule } from './rules';

/** The legal bases of these rules, in order, without repeats ("UU 7/2017 Pasal 280; SKB 2022"). */
export async function rulesBasis(ruleIds: (string | { id: string })[], where: string): Promise<string> {
  const rules = await Promise.all(ruleIds.map((id) => resolveRule(id, where)));
  return basisText(rules.flatMap((r) => r.bases));
}

export async function ruleCard(rule: CollectionEntry<'rules'>): Promise<Card> {
  const d = rule.data;
  return { kind: 'Aturan', verdict: d.verdict, title: d.title, answer: oneSentence(d.summary), basis: await rulesBasis([rule.id], 'RuleList') };
}

export async function caseCard(entry: CollectionEntry<'cases'>): Promise<Card> {
  const c = entry.data;
  return { kind: 'Studi kasus', verdict: c.verdict, title: c.title, answer: oneSentence(c.reasoning), basis: await rulesBasis(c.rules, `src/content/cases/${entry.id}.yaml`) };
}
