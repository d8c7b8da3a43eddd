import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { isoDate, text } from './common';

/** A regulation, decree, circular, ruling or signed commitment that a rule rests on. */
export const legalSchema = z
  .object({
    /** Short name used in text and links: "PP 94/2021". */
    shortName: text,
    /** Full official title. */
    title: text,
    kind: z.enum([
      'undang-undang',
      'peraturan-pemerintah',
      'peraturan-presiden',
      'keputusan-bersama',
      'keputusan-menteri',
      'surat-edaran',
      'putusan',
      'komitmen',
    ]),
    /** Date signed, issued or read (YYYY-MM-DD), when known. */
    issued: isoDate.optional(),
    /** Who issued or signed it. */
    issuer: text,
    /** What it is about, in our own words. */
    summary: text,
    /** The articles that matter for neutrality, each with what it says in our words. */
    articles: z.array(z.object({ ref: text, summary: text })).default([]),
    /** In force, or revoked/replaced (then `replacedBy` names what took its place). */
    status: z.enum(['berlaku', 'dicabut']),
    replacedBy: reference('legal').optional(),
    /** Anything uncertain or time-bound about its status, said plainly. */
    statusNote: text.optional(),
    sources: z.array(reference('sources')).min(1),
  })
  .superRefine((entry, ctx) => {
    if (entry.status === 'dicabut' && !entry.replacedBy && !entry.statusNote) {
      ctx.addIssue({
        code: 'custom',
        path: ['replacedBy'],
        message: 'aturan yang dicabut harus menyebut penggantinya (replacedBy) atau menjelaskannya (statusNote)',
      });
    }
  });
