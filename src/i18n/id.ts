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

/** The hall-mode strings the deck's page script needs (kept apart so its bundle stays small). */
export const aulaLive = {
  slideOf: (i: number, n: number) => `Slide ${i} dari ${n}`,
  tallyTotal: (n: number) => `Total ${n} tangan`,
  tallyRow: (count: number, percent: number) => `${count} (${percent}%)`,
  timeUp: 'Waktu habis',
  reveal: 'Tampilkan jawaban',
  hide: 'Sembunyikan jawaban',
  timerStart: 'Hitung mundur',
  timerStop: 'Hentikan hitung mundur',
} as const;

/** Hall mode (/aula/): the deck list, slides and facilitator controls. */
export const aula = {
  ...aulaLive,
  indexTitle: 'Mode aula',
  indexDescription: 'Tayangkan Ikrar Netralitas, Pakta Integritas dan kuis di aula dari satu laptop ke proyektor.',
  deckListHeading: 'Pilih dek',
  slidesCount: (n: number) => `${n} slide`,
  open: 'Buka dek',
  readTogether: 'Dibaca bersama',
  signTogether: 'Dibaca bersama sebelum ditandatangani',
  rewrittenFrom: 'Ditulis ulang dengan kata-kata sendiri dari:',
  closing: 'Penutup',
  ikrarDescription: (n: number) => `Judul lalu ${n} butir ikrar, satu butir per slide, untuk dibaca bersama.`,
  paktaDescription: (n: number) => `Judul lalu ${n} komitmen Pakta Integritas, satu per slide.`,
  quizEyebrow: 'Kuis',
  quizTitle: (module: string) => `Kuis: ${module}`,
  groups: { pledges: 'Ikrar dan pakta', quizzes: 'Kuis per modul', mixed: 'Kuis campuran' },
  quizDescription: (n: number) => `${n} soal dari bank soal modul ini.`,
  mixedTitle: 'Kuis cepat campuran',
  mixedDescription: (n: number) => `${n} soal dari semua modul, urutan tetap sehingga sama di setiap laptop.`,
  mixedLead: (n: number) => `${n} soal dari semua modul.`,
  questionOf: (i: number, n: number) => `Soal ${i} dari ${n}`,
  pointOf: (i: number, n: number) => `Butir ${i} dari ${n}`,
  qrLabel: (url: string) => `Kode QR menuju ${url}`,
  qrCaption: 'Kerjakan sendiri di ponsel:',
  pickAll: 'Pilih semua jawaban yang benar.',
  correct: 'Jawaban benar',
  explanation: 'Penjelasan',
  basis: 'Dasar aturan',
  answer: 'Jawaban',
  notes: 'Catatan fasilitator',
  notesHidden: 'Catatan tidak tampil di layar audiens.',
  tallyLabel: (option: string) => `Jumlah tangan untuk pilihan ${option}`,
  tallyHands: 'Tangan',
  timerLabel: 'Sisa waktu',
  blackNotice: 'Layar dihitamkan. Tekan B untuk kembali.',
  audienceBadge: 'Layar audiens',
  controls: 'Kendali fasilitator',
  buttons: {
    reveal: aulaLive.reveal,
    hide: aulaLive.hide,
    timerStart: aulaLive.timerStart,
    timerStop: aulaLive.timerStop,
    first: 'Awal',
    prev: 'Sebelumnya',
    next: 'Berikutnya',
    last: 'Akhir',
    black: 'Layar hitam',
    fullscreen: 'Layar penuh',
    notes: 'Catatan',
    help: 'Daftar tombol',
    audience: 'Buka layar audiens',
    back: 'Daftar dek',
    close: 'Tutup',
  },
  keysHeading: 'Tombol papan ketik',
  keys: [
    ['→, Spasi, Page Down', 'Slide berikutnya (juga tombol maju pada clicker)'],
    ['←, Page Up', 'Slide sebelumnya (juga tombol mundur pada clicker)'],
    ['Home, End', 'Slide pertama, slide terakhir'],
    ['R, Enter', 'Tampilkan atau sembunyikan jawaban'],
    ['T', 'Mulai atau hentikan hitung mundur 30 detik (berhenti saat pindah slide)'],
    ['B', 'Layar hitam, tekan lagi untuk kembali'],
    ['F', 'Layar penuh'],
    ['?', 'Daftar tombol ini'],
  ] as [string, string][],
  keysNote: 'Tombol tidak berlaku saat Anda mengetik di kolom jumlah tangan.',
} as const;
