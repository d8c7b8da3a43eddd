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

/** Joins words as Indonesian prose lists do: "PNS, PPPK, dan PPNPN". */
export function listJoin(items: readonly string[]): string {
  return new Intl.ListFormat('id-ID', { type: 'conjunction' }).format(items);
}
