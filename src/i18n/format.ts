/*
 * Formatters for Indonesian text. Kept apart from the strings (./id.ts re-exports them) so that an
 * island that only formats a date loads only this.
 */

/** Formats YYYY-MM-DD as "19 Desember 2023" without time-zone surprises. */
export function formatDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/**
 * Joins words as Indonesian prose lists do under EYD, with a comma before the last "dan" (or "atau")
 * when there are three or more: "PNS dan PPPK", "PNS, PPPK, dan non-ASN". Written out rather than left to
 * Intl.ListFormat, whose output depends on the ICU data of the machine that builds the site.
 */
export function listJoin(items: readonly string[], conjunction: 'dan' | 'atau' = 'dan'): string {
  if (items.length < 3) return items.join(` ${conjunction} `);
  return `${items.slice(0, -1).join(', ')}, ${conjunction} ${items[items.length - 1]}`;
}
