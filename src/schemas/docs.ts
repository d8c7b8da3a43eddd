import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { isoDate } from './common';

/** Fields every page of ours carries on top of Starlight's frontmatter. */
export const docsExtension = z.object({
  /** Required (Starlight makes it optional): it is the search result's excerpt and the meta description. */
  description: z.string().trim().min(1),
  /** "Terakhir ditinjau": the date the page was last checked against its sources (YYYY-MM-DD). */
  reviewed: isoDate,
  /** Rules and cases shown under "Terkait" at the end of the page. */
  related: z
    .object({
      rules: z.array(reference('rules')).default([]),
      cases: z.array(reference('cases')).default([]),
    })
    .default({ rules: [], cases: [] }),
  /** Sources cited on the page, listed under "Sumber". */
  sources: z.array(reference('sources')).default([]),
  /** The quiz bank (a file name in src/quizzes/ without .yaml) whose short check ends this page. */
  quiz: reference('quizzes').optional(),
});
