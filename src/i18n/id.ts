/*
 * The site's own Indonesian UI strings, in one place (Starlight's own strings come from its
 * built-in Indonesian translation), grouped by area. Islands get their group as a prop; browser code
 * that imports strings directly imports a module of its own (./format.ts, ./rule-filter.ts), because
 * a module shared by several scripts ships whole to each of them.
 */
export { cases, verdictLabel, reference } from './cases';
export { formatDate, listJoin } from './format';
import type { EmployeeStatus } from '../lib/employee';
import { ruleFilter } from './rule-filter';

export const page = {
  reviewed: 'Terakhir ditinjau',
  related: 'Terkait',
  relatedRules: 'Aturan terkait',
  relatedCases: 'Studi kasus terkait',
  sources: 'Sumber',
} as const;

/** Lesson pages (Materi): legal entries, rule list and its filter, pledges, the printable pakta. */
export const lessons = {
  status: { berlaku: 'Berlaku', dicabut: 'Dicabut' },
  statusLabel: 'Status',
  replacedBy: 'Digantikan oleh',
  kind: {
    'undang-undang': 'Undang-undang',
    'peraturan-pemerintah': 'Peraturan pemerintah',
    'peraturan-presiden': 'Peraturan presiden',
    'keputusan-bersama': 'Keputusan bersama',
    'keputusan-menteri': 'Keputusan menteri',
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
  keywords: 'Sering dicari sebagai',
  filter: ruleFilter,
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
  /** The overview of all rules in the lesson "Boleh dan dilarang" (RuleIndex.astro). */
  ruleIndex: {
    allowed: (n: number) => `Yang boleh (${n} aturan)`,
    forbidden: (n: number) => `Yang dilarang (${n} aturan)`,
  },
} as const;

/** The hall-mode strings the deck's page script needs (kept apart so its bundle stays small). */
export const aulaLive = {
  slideOf: (i: number, n: number) => `Slide ${i} dari ${n}`,
  tallyTotal: (n: number) => `Total ${n} tangan`,
  /** The one chart joins hands, phones and cards: each source named with its count. */
  sourceHands: (n: number) => `${n} tangan`,
  sourceCards: (n: number) => `${n} kartu`,
  cardsTotal: (n: number) => `Total ${n} kartu`,
  totalOf: (n: number, parts: string) => `Total ${n}: ${parts}`,
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
  indexDescription: 'Tayangkan Ikrar Netralitas, Pakta Integritas, dan kuis di aula dari satu laptop ke proyektor.',
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
    ['T', 'Mulai atau hentikan hitung mundur {seconds} detik (berhenti saat pindah slide)'],
    ['B', 'Layar hitam, tekan lagi untuk kembali'],
    ['F', 'Layar penuh'],
    ['?', 'Daftar tombol ini'],
  ] as [string, string][],
  keysNote: 'Tombol tidak berlaku saat Anda mengetik di kolom jumlah tangan.',
} as const;

/*
 * Strings of the quiz islands. The Astro page passes each island the groups it needs as a prop, so
 * no island bundles strings it does not show. Plain strings, with {placeholders} filled by fill().
 */

/** Questions, feedback, score and stored-progress notices (every quiz island). */
export const quiz = {
  questionOf: 'Soal {n} dari {total}',
  chooseOne: 'Pilih satu jawaban.',
  chooseMany: 'Pilih semua jawaban yang benar.',
  check: 'Periksa jawaban',
  chooseFirst: 'Pilih jawaban dulu, lalu periksa.',
  right: 'Benar',
  wrong: 'Salah',
  rightMark: '✓',
  wrongMark: '✗',
  yourChoice: 'pilihan Anda',
  answerRight: 'Jawaban Anda benar.',
  answerWrong: 'Jawaban Anda belum tepat.',
  correctAnswer: 'Jawaban yang benar',
  score: '{correct} dari {total} benar ({percent}%)',
  scoreLabel: 'Skor',
  answered: '{n} dari {total} soal sudah diperiksa',
  questionRight: 'Soal {n}: benar.',
  questionWrong: 'Soal {n}: belum tepat.',
  finished: 'Semua soal sudah diperiksa.',
  best: 'Skor terbaik',
  retry: 'Ulangi',
  retryDone: 'Jawaban dikosongkan dan urutan pilihan diacak ulang. Silakan mulai lagi.',
  review: 'Tinjauan jawaban yang belum tepat',
  reviewNone: 'Semua jawaban Anda benar.',
  goToQuestion: 'Soal {n}',
  noticeReset: 'Sebagian kemajuan Anda tidak dapat dibaca dan telah diatur ulang.',
  noticeQuota:
    'Kemajuan tidak dapat disimpan di peramban ini (penyimpanan penuh atau diblokir). Jawaban tetap dinilai, tetapi hilang saat halaman dimuat ulang.',
  noticeUnavailable:
    'Peramban ini tidak mengizinkan penyimpanan, jadi kemajuan tidak akan tersimpan setelah halaman ditutup.',
  noticeChanged: '{n} jawaban lama dihapus karena soalnya telah diubah atau dihapus.',
};
export type QuizText = typeof quiz;

/** The course overview on /kuis/: progress, export, import and reset. */
export const course = {
  notStarted: 'Belum dikerjakan',
  moduleProgress: '{n} dari {total} soal diperiksa',
  moduleDone: 'Selesai',
  courseProgress: 'Kemajuan kursus',
  courseText: '{n} dari {total} soal kuis sudah diperiksa ({percent}%).',
  modulesDone: '{n} dari {total} modul selesai.',
  examPassedOn: 'Ujian akhir lulus pada {date} dengan nilai {percent}%.',
  examNotPassed: 'Ujian akhir belum lulus.',
  toExam: 'Kerjakan ujian akhir',
  toCertificate: 'Buat sertifikat',
  manage: 'Simpan, pulihkan, atau hapus kemajuan',
  manageIntro:
    'Kemajuan hanya tersimpan di peramban ini. Unduh berkasnya untuk memindahkannya ke peramban atau komputer lain.',
  exportButton: 'Unduh kemajuan (JSON)',
  exportFile: 'kemajuan-netralitas-asn.json',
  importLabel: 'Pulihkan dari berkas',
  imported: 'Kemajuan dari berkas telah dipulihkan.',
  importJson: 'Berkas tidak dapat dibaca: isinya bukan JSON yang sah. Kemajuan Anda tidak diubah.',
  importFormat: 'Berkas ini bukan berkas kemajuan dari situs Netralitas ASN. Kemajuan Anda tidak diubah.',
  importVersion: 'Berkas ini dibuat oleh versi situs yang lain dan tidak dapat dipulihkan. Kemajuan Anda tidak diubah.',
  importShape: 'Sebagian isi berkas rusak, jadi berkas ditolak seluruhnya. Kemajuan Anda tidak diubah.',
  resetButton: 'Hapus semua kemajuan',
  resetConfirm:
    'Hapus semua jawaban, skor, dan hasil ujian yang tersimpan di peramban ini? Tindakan ini tidak dapat dibatalkan.',
  resetDone: 'Semua kemajuan telah dihapus.',
};
export type CourseText = QuizText & typeof course;

/** The final exam. */
export const exam = {
  seed: 'Kode undian (seed)',
  seedHelp: 'Kode ini menentukan soal yang diundi dan urutannya. Dengan kode yang sama, undiannya selalu sama.',
  seedInput: 'Ulangi undian dengan kode',
  seedUse: 'Pakai kode ini',
  seedInvalid: 'Kode undian harus berupa bilangan bulat, misalnya 482913.',
  newDraw: 'Undian baru',
  newDrawDone: 'Soal diundi dengan kode {seed}.',
  finish: 'Selesai dan periksa',
  unanswered: 'Masih ada {n} soal yang belum dijawab. Tetap periksa sekarang? Soal yang kosong dihitung salah.',
  result: 'Hasil ujian',
  passMark: 'Batas lulus: {mark}%.',
  passed: 'Lulus',
  failed: 'Belum lulus',
  toCertificate: 'Buat sertifikat',
  tooFew: 'Bank soal belum berisi cukup soal untuk ujian {count} soal.',
};
export type ExamText = QuestionText & typeof exam & typeof quizReview;

/** The self-study certificate. */
export const certificate = {
  needPass: 'Sertifikat baru dapat dibuat setelah Anda lulus ujian akhir.',
  toExam: 'Kerjakan ujian akhir',
  formTitle: 'Data untuk sertifikat',
  name: 'Nama lengkap',
  status: 'Status kepegawaian',
  /** Labels of src/lib/employee.ts's EMPLOYEE_STATUSES (the value itself is what the certificate prints). */
  statusOptions: {
    PNS: 'PNS (pegawai negeri sipil)',
    PPPK: 'PPPK (pegawai pemerintah dengan perjanjian kerja) penuh waktu',
    'PPPK paruh waktu': 'PPPK paruh waktu (juga ASN)',
    'non-ASN': 'non-ASN (honorer yang belum dialihkan, tenaga kontrak, atau tenaga alih daya)',
  } satisfies Record<EmployeeStatus, string>,
  nip: 'NIP',
  nipHelp: '18 angka, tanpa spasi atau tanda baca.',
  /** The free-text number, by employee.ts's numberKind: a PPPK paruh waktu's PPPK number, or a non-ASN staff number. */
  staffNumber: { pppk: 'Nomor PPPK (tidak wajib)', staff: 'Nomor pegawai atau nomor kontrak (tidak wajib)' },
  staffNumberHelp: {
    pppk: 'Isi nomor PPPK dari instansi Anda bila sudah ada, paling banyak 40 karakter.',
    staff: 'Pegawai non-ASN tidak memiliki NIP. Isi nomor dari instansi Anda bila ada, paling banyak 40 karakter.',
  },
  staffNumberShort: { pppk: 'Nomor PPPK', staff: 'Nomor pegawai' },
  unit: 'Unit kerja',
  make: 'Tampilkan sertifikat',
  errName: 'Nama lengkap wajib diisi.',
  errNip: 'NIP harus tepat 18 angka. Yang Anda ketik berisi {n} angka.',
  errNipChars: 'NIP hanya boleh berisi angka (0–9), tanpa spasi atau tanda baca.',
  errStatus: 'Pilih status kepegawaian Anda: PNS, PPPK, PPPK paruh waktu, atau non-ASN.',
  errStaffNumber: 'Nomor ini paling banyak {n} karakter.',
  errStaffNumberChars: 'Nomor ini hanya boleh berisi huruf, angka, spasi, dan tanda . , / ( ) - _ : #.',
  errUnit: 'Unit kerja wajib diisi.',
  errors: 'Periksa lagi {n} isian yang ditandai.',
  title: 'Sertifikat Belajar Mandiri',
  subtitle: 'Netralitas ASN dalam Pemilu dan Pilkada',
  statement: 'telah menyelesaikan pelatihan mandiri dan lulus ujian akhir',
  grade: 'Nilai',
  date: 'Tanggal ujian',
  seed: 'Kode undian ujian',
  code: 'Kode verifikasi',
  codeHelp:
    'Kode verifikasi adalah ringkasan (hash) dari nama, status kepegawaian, NIP atau nomor pegawai, skor, tanggal, dan kode undian di sertifikat ini. Data yang sama selalu menghasilkan kode yang sama, dan perubahan sekecil apa pun menghasilkan kode lain, sehingga suntingan pada cetakan dapat diketahui dengan menghitung ulang. Kode ini bukan tanda tangan: siapa pun yang mengetahui caranya dapat membuatnya.',
  selfStudy:
    'Sertifikat ini mencatat belajar mandiri. Nilai dihitung di peramban peserta dan tidak diperiksa oleh server mana pun, jadi sertifikat ini bukan bukti resmi kelulusan diklat.',
  print: 'Cetak sertifikat',
  shown: 'Sertifikat ditampilkan di bawah. Gunakan tombol Cetak untuk mencetak atau menyimpannya sebagai PDF.',
};
export type CertificateText = QuizText & typeof certificate;

/** Titles and intros of the training pages (/kuis/, /ujian/, /sertifikat/). */
export const training = {
  // Rule links under each explanation (rendered at build time).
  ruleLabel: 'Aturan',
  noJs: 'Memeriksa jawaban memerlukan JavaScript. Soal tetap dapat Anda baca dan pikirkan jawabannya.',
  shortCheck: 'Cek pemahaman singkat',
  shortCheckIntro: 'Beberapa soal untuk menguji pemahaman Anda tentang materi di halaman ini.',
  fullQuiz: 'Kerjakan kuis lengkap modul ini',
  examNoJs: 'Ujian memerlukan JavaScript untuk menilai jawaban. Tanpa JavaScript Anda tetap dapat membaca soal undian di bawah ini.',
  courseTitle: 'Kuis per modul',
  courseDescription: 'Kuis untuk setiap modul materi netralitas ASN, dengan kemajuan belajar dan skor terbaik Anda.',
  courseIntro:
    'Setiap modul materi punya kuis. Periksa jawaban per soal, baca penjelasannya, lalu ulangi sampai paham. Kemajuan Anda disimpan di peramban ini saja.',
  moduleTitle: (title: string) => `Kuis: ${title}`,
  moduleDescription: (title: string) => `Kuis latihan untuk modul ${title}: periksa jawaban per soal dan baca penjelasan serta dasar hukumnya.`,
  moduleLesson: 'Baca materinya dulu',
  backToCourse: 'Semua kuis',
  examTitle: 'Ujian akhir',
  examDescription: (count: number, mark: number) =>
    `Ujian akhir pelatihan netralitas ASN: ${count} soal yang diundi dari semua modul, lulus dengan nilai minimal ${mark}%.`,
  examIntro: (count: number, mark: number) =>
    `Ujian ini berisi ${count} soal yang diundi dari semua modul. Jawab semua soal, lalu periksa di akhir. Anda lulus bila nilainya sedikitnya ${mark}%. Setelah lulus, Anda dapat membuat sertifikat belajar mandiri.`,
  certificateTitle: 'Sertifikat',
  certificateDescription: 'Sertifikat belajar mandiri netralitas ASN yang dapat dicetak setelah lulus ujian akhir.',
  certificateIntro:
    'Sertifikat ini dibuat di peramban Anda dari hasil ujian akhir yang tersimpan di peramban yang sama. Tidak ada data yang dikirim ke server.',
} as const;

/** A rule's legal bases, wherever they are listed (src/data/rules.ts). */
export const ruleBases = {
  label: 'Dasar hukum',
  /** After a regulation that has been revoked. */
  repealed: 'sudah dicabut',
} as const;

/** Review material loaded after checking (explanations, feedback, rules): the exam and the lessons' short checks. */
export const quizReview = {
  reviewLoading: 'Memuat penjelasan jawaban…',
  reviewFailed: 'Penjelasan jawaban belum dapat dimuat. Periksa sambungan internet, lalu coba lagi.',
  reviewRetry: 'Coba lagi',
};
export type QuizReviewText = typeof quizReview;

/** Strings only the module quiz uses (Quiz.tsx); the exam's props leave them out. */
const moduleQuizOnly = ['answered', 'best', 'chooseFirst', 'finished', 'noticeChanged', 'questionRight', 'questionWrong', 'retry', 'retryDone'] as const;
/** The quiz strings a question needs (Question.tsx), in the module quiz and the exam alike. */
export type QuestionText = Omit<QuizText, (typeof moduleQuizOnly)[number]>;
/** The exam island's strings: a question's, the exam's own and the review's (a function, so bundles that import other groups of this file do not carry them). */
export function examText(): ExamText {
  const question = Object.fromEntries(
    Object.entries(quiz).filter(([key]) => !(moduleQuizOnly as readonly string[]).includes(key)),
  ) as QuestionText;
  return { ...question, ...exam, ...quizReview };
}

/** The live hall (`npm run aula`, /ikut/, the report): its own module so site pages never load it. */
export { hall } from './hall';

/** The search dialog's strings live in their own module, so its lazily loaded chunk carries only them. */
export { search } from './search';

/** The printable Pakta sheet's form: who signs (src/lib/employee.ts's statuses) and the number that fits. */
export const paktaSheet = {
  name: 'Nama',
  status: 'Status kepegawaian',
  statusOptions: { PNS: 'PNS', PPPK: 'PPPK', 'PPPK paruh waktu': 'PPPK paruh waktu', 'non-ASN': 'non-ASN (honorer, kontrak, alih daya)' } satisfies Record<
    EmployeeStatus,
    string
  >,
  /** The number's label before a status is chosen (and without JavaScript), then by employee.ts's numberKind. */
  numberAny: 'NIP (PNS dan PPPK) atau nomor PPPK paruh waktu atau nomor pegawai (bila ada)',
  numberNip: 'NIP (18 angka)',
  numberPppk: 'Nomor PPPK (tidak wajib)',
  numberStaff: 'Nomor pegawai atau nomor kontrak (tidak wajib)',
  unit: 'Unit kerja',
  placeDate: 'Tempat dan tanggal',
  signature: 'Tanda tangan',
  fillHint:
    'Anda dapat mengetik data Anda di lembar ini sebelum mencetak, atau mencetaknya kosong lalu mengisinya dengan tangan. Data yang diketik tidak disimpan.',
  errStatus: 'Pilih status kepegawaian agar nomor yang Anda ketik dapat diperiksa.',
  errors: 'Lembar belum dicetak: periksa lagi isian yang ditandai.',
};

/**
 * Offline use: "Simpan untuk luring" and the offline page. The update notice's two strings live in
 * ./id-update.ts: every page loads them, and a module of their own keeps the rest of this file off
 * pages that do not need it.
 */
export const offline = {
  saveTitle: 'Simpan untuk luring',
  saveIntro:
    'Simpan seluruh materi, studi kasus, rujukan, kuis, ujian, sertifikat, dek aula dan indeks pencarian di perangkat ini agar tetap dapat dipakai tanpa internet. Kemajuan belajar Anda tidak terpengaruh.',
  saveButton: (size: string) => `Simpan untuk luring (${size})`,
  saveRestButton: (size: string) => `Simpan sisanya untuk luring (${size})`,
  checking: 'Memeriksa salinan luring di perangkat ini…',
  ready: (files: number, size: string) => `Siap dipakai tanpa internet: ${files} berkas (${size}) tersimpan di perangkat ini.`,
  missing: (missing: number, total: number, size: string) =>
    `Belum lengkap untuk luring: ${missing} dari ${total} berkas belum tersimpan. Unduhan: ${size}.`,
  none: (size: string) => `Belum tersimpan untuk luring. Unduhan: ${size}.`,
  progress: (done: string, total: string, files: number, totalFiles: number) =>
    `Mengunduh ${done} dari ${total} (${files} dari ${totalFiles} berkas)`,
  progressLabel: 'Kemajuan unduhan',
  started: (size: string) => `Mengunduh ${size}…`,
  interrupted: (files: number, totalFiles: number) =>
    `Unduhan terhenti (koneksi terputus?). ${files} dari ${totalFiles} berkas sudah tersimpan. Tekan tombol lagi untuk melanjutkan dari titik ini.`,
  unsupported: 'Peramban ini tidak mendukung penyimpanan luring, atau situs tidak dibuka lewat alamat yang aman (https).',
  noManifest: 'Daftar berkas untuk luring tidak dapat dimuat. Coba lagi saat tersambung ke internet.',
  noJs: 'Menyimpan untuk luring memerlukan JavaScript.',
  offlineTitle: 'Halaman ini belum tersimpan',
  offlineDescription: 'Halaman yang dibuka tanpa internet dan belum tersimpan di perangkat ini.',
  offlineIntro:
    'Anda sedang tidak tersambung ke internet, dan halaman yang Anda buka belum tersimpan di perangkat ini. Sambungkan lagi untuk membukanya, atau pilih salah satu halaman yang sudah tersimpan di bawah ini.',
  offlineSaveHint: 'Agar seluruh pelatihan dapat dibuka tanpa internet, tekan "Simpan untuk luring" di beranda saat tersambung.',
  availableTitle: 'Tersedia tanpa internet',
  availableNone: 'Belum ada halaman yang tersimpan di perangkat ini.',
  home: 'Beranda',
} as const;
