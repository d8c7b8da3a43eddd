import { z } from 'astro/zod';
import { text } from './common';

/** A term or abbreviation used on the site. */
export const glossarySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  term: text,
  /** The long form of an abbreviation. */
  expansion: text.optional(),
  definition: text,
  /** Site-internal links for more ("/materi/dasar-hukum/"). */
  seeAlso: z.array(z.string().startsWith('/')).default([]),
});
