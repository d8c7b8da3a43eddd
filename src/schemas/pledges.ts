import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { text } from './common';

/**
 * A pledge read or signed together (the Ikrar Netralitas, the Pakta Integritas). One file feeds the
 * lesson page, the printable form and the hall deck, so the points are written once.
 */
export const pledgeSchema = z.object({
  /** Full title: "Ikrar Netralitas ASN dalam Pemilu 2024". */
  title: text,
  /** Short name used in lists and on slides. */
  shortTitle: text,
  /** The commitment as a legal-collection entry (issuer, date, status). */
  legal: reference('legal'),
  /** Who made it, when and where, in our words. */
  intro: text,
  /** Opening line before the points, as spoken or signed ("Dengan sungguh-sungguh, saya ..."). */
  preamble: text,
  /** The points in order, each in our words, with what it means in daily work. */
  points: z.array(z.object({ text, meaning: text })).min(1),
  /** Closing line after the points, when there is one. */
  closing: text.optional(),
  /** Reasons given for why it matters, when a source gives them. */
  reasons: z.array(z.object({ title: text, text })).default([]),
  /**
   * The printable sheet, when the pledge has one: this site's own wording of the commitments (it may
   * reach further than the source, e.g. Pemilu and Pilkada), with a notice printed on the sheet that
   * says so and that it is no agency's official form.
   */
  sheet: z
    .object({
      title: text,
      notice: text,
      preamble: text,
      points: z.array(text).min(1),
      closing: text,
    })
    .optional(),
  sources: z.array(reference('sources')).min(1),
});
