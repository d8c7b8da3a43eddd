/*
 * One rule resolved for display at build time: its title, verdict and summary, and its legal bases
 * (regulation and article) with repealed regulations marked. Every place that shows a rule with its
 * bases (case pages, the rule list, quiz feedback, hall decks) reads it from here.
 */
import { getEntry } from 'astro:content';
import { paths } from '../lib/paths';

export interface ResolvedBasis {
  /** The regulation's id in src/content/legal/. */
  legalId: string;
  /** Its short name, "PP 94/2021". */
  name: string;
  article?: string;
  /** Short name and article, "PP 94/2021 Pasal 5 huruf n angka 1". */
  label: string;
  href: string;
  /** The regulation has been revoked (status `dicabut`). */
  repealed: boolean;
}

export interface ResolvedRule {
  id: string;
  title: string;
  verdict: 'boleh' | 'dilarang';
  summary: string;
  href: string;
  /** In authored order; an article listed twice (for different points of a rule) appears once. */
  bases: ResolvedBasis[];
}

const cache = new Map<string, Promise<ResolvedRule>>();

/**
 * The rule `ref` with its legal bases. `where` names the file and entry that refer to it, so a
 * dangling id fails the build with a message that says where to look.
 */
export function resolveRule(ref: string | { id: string }, where: string): Promise<ResolvedRule> {
  const id = typeof ref === 'string' ? ref : ref.id;
  let resolved = cache.get(id);
  if (!resolved) {
    resolved = load(id, where);
    cache.set(id, resolved);
    // A failed lookup is not remembered, so the next caller gets an error naming its own place.
    resolved.catch(() => cache.delete(id));
  }
  return resolved;
}

async function load(id: string, where: string): Promise<ResolvedRule> {
  const rule = await getEntry('rules', id);
  if (!rule) throw new Error(`${where}: aturan "${id}" tidak ada di src/content/rules/`);
  const bases = await Promise.all(
    rule.data.legalBasis.map(async ({ legal: ref, article }): Promise<ResolvedBasis> => {
      const legal = await getEntry(ref);
      if (!legal) throw new Error(`${where}: dasar hukum "${ref.id}" dari aturan "${id}" tidak ada di src/content/legal/`);
      const name = legal.data.shortName;
      return {
        legalId: legal.id,
        name,
        article,
        label: article ? `${name} ${article}` : name,
        href: paths.legal(legal.id),
        repealed: legal.data.status === 'dicabut',
      };
    }),
  );
  return {
    id,
    title: rule.data.title,
    verdict: rule.data.verdict,
    summary: rule.data.summary,
    href: paths.rule(id),
    bases: bases.filter((b, i) => bases.findIndex((o) => o.label === b.label) === i),
  };
}
