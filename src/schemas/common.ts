import { z } from 'astro/zod';

/**
 * Who a rule or duty applies to, as the groups stand in 2026. PNS and PPPK (full-time and paruh waktu
 * alike) are ASN; non-ASN are the honorer not yet settled, contract and outsourced staff (SE MenPANRB
 * 1/2023 calls those it binds PPNPN).
 */
export const audience = z.enum(['PNS', 'PPPK', 'non-ASN']);

/** When, relative to the campaign period, a rule holds. */
export const phase = z.enum(['sebelum', 'selama', 'sesudah']);

/** Topics used by the filter on the register "Daftar aturan" (/rujukan/aturan/). */
export const topic = z.enum([
  'kampanye',
  'media-sosial',
  'fasilitas-negara',
  'keputusan',
  'dukungan',
  'partai',
  'penyelenggara-pemilu',
]);

/**
 * A calendar date written as YYYY-MM-DD, kept as a string so no time zone shifts it. YAML reads an
 * unquoted date as a Date at midnight UTC; that is turned back into the same string.
 */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'tanggal harus berformat YYYY-MM-DD'),
);

/** Markdown text that must say something. */
export const text = z.string().trim().min(1);
