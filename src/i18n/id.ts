/*
 * The site's own Indonesian UI strings, in one place (Starlight's own strings come from its
 * built-in Indonesian translation). Grouped by area so an island imports only its group.
 */
export { cases, verdictLabel, reference } from './cases';

export const page = {
  reviewed: 'Terakhir ditinjau',
  related: 'Terkait',
  relatedRules: 'Aturan terkait',
  relatedCases: 'Studi kasus terkait',
  sources: 'Sumber',
} as const;

/** Formats YYYY-MM-DD as "19 Desember 2023" without time-zone surprises. */
export function formatDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}
