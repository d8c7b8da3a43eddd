/*
 * The filter on the register "Daftar aturan", as pure functions: which rules match a choice of
 * verdict and topic, and how many show. The page's small script reads the choice from native form
 * controls and the rule's verdict and topics from data attributes, then calls these.
 */

export type Verdict = 'boleh' | 'dilarang';

/** What a rule needs for filtering: its verdict and its topics. */
export interface FilterableRule {
  verdict: Verdict;
  topics: readonly string[];
}

/** The reader's choice. "semua" means no restriction on that field. */
export interface RuleFilter {
  verdict: Verdict | 'semua';
  topic: string;
}

export const ALL = 'semua';

export const emptyFilter: RuleFilter = { verdict: ALL, topic: ALL };

/** Reads a verdict choice from a form value; anything unknown means "semua". */
export function parseVerdict(value: unknown): RuleFilter['verdict'] {
  return value === 'boleh' || value === 'dilarang' ? value : ALL;
}

/** Reads a topic choice; only one of the known topics restricts, anything else means "semua". */
export function parseTopic(value: unknown, known: readonly string[]): string {
  return typeof value === 'string' && known.includes(value) ? value : ALL;
}

/** True when the rule passes both the verdict and the topic choice. */
export function matchesFilter(rule: FilterableRule, filter: RuleFilter): boolean {
  if (filter.verdict !== ALL && rule.verdict !== filter.verdict) return false;
  if (filter.topic !== ALL && !rule.topics.includes(filter.topic)) return false;
  return true;
}

/** How many rules show under the filter. */
export function countMatching(rules: readonly FilterableRule[], filter: RuleFilter): number {
  return rules.reduce((n, rule) => n + (matchesFilter(rule, filter) ? 1 : 0), 0);
}

/** A rule's topics as stored in a data attribute ("kampanye dukungan") and back. */
export const topicsToAttribute = (topics: readonly string[]): string => topics.join(' ');
export const topicsFromAttribute = (value: string | null | undefined): string[] =>
  (value ?? '').split(/\s+/).filter(Boolean);
