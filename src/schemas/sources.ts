import { z } from 'astro/zod';
import { isoDate, text } from './common';

/** One source a fact is taken from: a news report, a regulation's own text, or an institution's page. */
export const sourceSchema = z.object({
  /** Stable id that pages and rules cite. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Who published it: "Liputan6.com", "Badan Kepegawaian Negara". */
  publisher: text,
  /** Title of the report or document. */
  title: text,
  /** Date of publication or of the event it reports; left out when we do not know it for sure. */
  date: isoDate.optional(),
  /** Kind of source, shown as a label. */
  kind: z.enum(['berita', 'regulasi', 'lembaga']),
  /** Public address, when known. Plain link only: the site never loads anything from it. */
  url: z.url().optional(),
  /** What this source supports, in one or two sentences. */
  supports: text,
});
