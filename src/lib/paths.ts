/** Where each kind of page or entry lives on the site: one place, so links never drift. */
export const paths = {
  home: () => '/',
  /** A docs page from its collection id: "index" is the home page, "materi/x" is "/materi/x/". */
  doc: (id: string) => (id === 'index' ? '/' : `/${id.replace(/\/index$/, '')}/`),
  lesson: (slug: string) => `/materi/${slug}/`,
  /** The register of every rule, with its filter (the lesson "Boleh dan dilarang" gives the overview). */
  rules: () => '/rujukan/aturan/',
  rule: (id: string) => `/rujukan/aturan/#${id}`,
  case: (id: string) => `/studi-kasus/${id}/`,
  caseIndex: () => '/studi-kasus/',
  /** The register of every regulation, decree, circular and ruling (the lesson "Dasar hukum" explains them). */
  legals: () => '/rujukan/peraturan/',
  legal: (id: string) => `/rujukan/peraturan/#${id}`,
  source: (id: string) => `/rujukan/sumber/#${id}`,
  /** The course overview: every module quiz, progress, export and import. */
  quizIndex: () => '/kuis/',
  quiz: (module: string) => `/kuis/${module}/`,
  /** A bank's review material (explanations, feedback, rules), loaded by its short check after checking. */
  quizReview: (module: string) => `/kuis/${module}/ulasan.json`,
  exam: () => '/ujian/',
  /** The exam's review material (explanations and rules), loaded after checking. */
  examReview: () => '/ujian/ulasan.json',
  certificate: () => '/sertifikat/',
  deckIndex: () => '/aula/',
  deck: (deck: string) => `/aula/${deck}/`,
  /** The printable answer cards (one per participant without a phone), read by a deck's camera. */
  cardSheet: () => '/aula/kartu/',
  /** How to run a hall: networks, what to bring, when to use cards. */
  hallGuide: () => '/mulai/menjalankan-aula/',
  /** Live hall (npm run aula): the phones' page, the decks' data with answers, the session report. */
  hallJoin: () => '/ikut/',
  hallDeckData: () => '/aula/dek.json',
  hallReport: () => '/aula/laporan/',
  hallReportCsv: () => '/aula/laporan.csv',
  hallSocket: (role: 'peserta' | 'fasilitator') => `/ws/${role}`,
  /** The page a service worker shows for a page never saved on this device. */
  offline: () => '/luring/',
  /** The build-generated list of every file "Simpan untuk luring" downloads, with sizes. */
  offlineManifest: () => '/offline.json',
} as const;

/** The site address used when SITE_URL is not set (the preview server). */
export const DEFAULT_SITE = 'http://localhost:4321';

/** The absolute address of a site path, from the configured site URL (QR codes, LMS packages). */
export function siteUrl(site: URL | string | undefined, path: string): string {
  return new URL(path, site ?? DEFAULT_SITE).href;
}
