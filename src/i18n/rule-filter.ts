/*
 * The rule filter's strings on the register "Daftar aturan" (lessons.filter in ./id.ts), kept apart because
 * the filter's page script needs them in the browser.
 */
export const ruleFilter = {
  legend: 'Saring aturan',
  verdict: 'Tampilkan',
  all: 'Semua',
  topic: 'Topik',
  allTopics: 'Semua topik',
  count: (shown: number, total: number) => `Menampilkan ${shown} dari ${total} aturan.`,
  none: 'Tidak ada aturan yang cocok dengan saringan ini.',
} as const;
