/* Dates for people, in Indonesian. A module of its own so islands that show no date do not ship it. */

/** Formats YYYY-MM-DD as "19 Desember 2023" without time-zone surprises. */
export function formatDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}
