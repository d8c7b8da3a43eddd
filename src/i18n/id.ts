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

/** Lesson pages (Materi): legal entries, rule list and its filter, pledges, the printable pakta. */
export const lessons = {
  verdict: { boleh: 'Boleh', dilarang: 'Dilarang' },
  status: { berlaku: 'Berlaku', dicabut: 'Dicabut' },
  statusLabel: 'Status',
  replacedBy: 'Digantikan oleh',
  kind: {
    'undang-undang': 'Undang-undang',
    'peraturan-pemerintah': 'Peraturan pemerintah',
    'peraturan-presiden': 'Peraturan presiden',
    'keputusan-bersama': 'Keputusan bersama',
    'surat-edaran': 'Surat edaran',
    putusan: 'Putusan Mahkamah Konstitusi',
    komitmen: 'Komitmen bersama',
  },
  kindLabel: 'Jenis',
  fullTitle: 'Judul lengkap',
  issued: 'Tanggal',
  issuer: 'Diterbitkan oleh',
  articles: 'Pasal dan bagian yang penting',
  sources: 'Sumber',
  appliesTo: 'Berlaku untuk',
  when: 'Kapan',
  phase: { sebelum: 'sebelum', selama: 'selama', sesudah: 'sesudah' },
  campaignPeriod: 'masa kampanye',
  topicsLabel: 'Topik',
  legalBasis: 'Dasar hukum',
  keywords: 'Sering dicari sebagai',
  filter: {
    legend: 'Saring aturan',
    verdict: 'Tampilkan',
    all: 'Semua',
    topic: 'Topik',
    allTopics: 'Semua topik',
    count: (shown: number, total: number) => `Menampilkan ${shown} dari ${total} aturan.`,
    none: 'Tidak ada aturan yang cocok dengan saringan ini.',
  },
  topic: {
    kampanye: 'Kampanye',
    'media-sosial': 'Media sosial',
    'fasilitas-negara': 'Fasilitas negara',
    keputusan: 'Keputusan dan layanan',
    dukungan: 'Dukungan kepada calon',
    partai: 'Partai politik',
    'penyelenggara-pemilu': 'Penyelenggara pemilu',
  },
  meaning: 'Artinya',
  print: 'Cetak pakta',
  printNoScript: 'Untuk mencetak lembar ini, pakai perintah cetak peramban Anda (Ctrl+P, atau menu Cetak).',
  printHint: 'Saat dicetak, hanya lembar pakta di bawah ini yang ikut, pada kertas A4.',
  formFields: ['Nama', 'NIP', 'Unit kerja', 'Tempat dan tanggal', 'Tanda tangan'],
} as const;

/** Joins words as Indonesian prose lists do: "PNS, PPPK, dan PPNPN". */
export function listJoin(items: readonly string[]): string {
  return new Intl.ListFormat('id-ID', { type: 'conjunction' }).format(items);
}
