import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { audience, phase, text, topic } from './common';

/** One act that staff may (boleh) or may not (dilarang) do. */
export const ruleSchema = z.object({
  verdict: z.enum(['boleh', 'dilarang']),
  /** The act, as a short phrase: "Memasang spanduk bakal calon". */
  title: text,
  /** One sentence for lists and search results. */
  summary: text,
  /** Why, and where the line is, in Markdown. */
  explanation: text,
  appliesTo: z.array(audience).min(1),
  when: z.array(phase).min(1),
  topics: z.array(topic).min(1),
  /** The legal basis: a regulation and, where known, the article. */
  legalBasis: z.array(z.object({ legal: reference('legal'), article: text.optional() })).min(1),
  sources: z.array(reference('sources')).min(1),
  /** Everyday phrases people type into search for this act. */
  keywords: z.array(text).default([]),
  /** Order on the page (lower first). */
  order: z.number().int().default(100),
});
