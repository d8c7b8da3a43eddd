import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { isoDate, text } from './common';

/** A case study: a realistic situation and whether the act is allowed. */
export const caseSchema = z.object({
  title: text,
  /** One sentence for lists, meta description and search. */
  description: text,
  /** The situation, in Markdown. */
  scenario: text,
  /** The question put to the reader: "Bolehkah ...?" */
  question: text,
  verdict: z.enum(['boleh', 'dilarang']),
  /** Why, in Markdown. */
  reasoning: text,
  rules: z.array(reference('rules')).min(1),
  /** Possible sanction, as a range ("hukuman disiplin sedang sampai berat"), or "tidak ada" for allowed acts. */
  sanction: text,
  sources: z.array(reference('sources')).min(1),
  /**
   * Everyday phrases people type into search for this situation ("foto bareng calon"); shown on the
   * page as "Sering dicari sebagai …" so Pagefind can match the words a reader actually uses.
   */
  keywords: z.array(text).default([]),
  /** Date the case was last checked against the sources (YYYY-MM-DD). */
  reviewed: isoDate,
  order: z.number().int().default(100),
});
