/*
 * UI strings of the case studies and the reference pages (Rujukan), re-exported by ./id.ts so that
 * components import every string from one place.
 */
/** Case studies (/studi-kasus/) and their index. */
export const cases = {
  indexTitle: 'Studi kasus',
  indexDescription: (count: number) =>
    `Kumpulan ${count} situasi kantor sehari-hari, dari foto dengan calon sampai menjadi anggota KPPS: mana yang boleh dan mana yang dilarang bagi ASN dan pegawai non-ASN, dengan alasan dan sanksinya.`,
  indexIntro:
    'Setiap studi kasus menceritakan satu situasi yang biasa terjadi di kantor pemerintah, lalu bertanya: bolehkah? Coba jawab sendiri dulu, lalu buka jawabannya. Nama orang dan tempat dalam studi kasus ini rekaan.',
  indexTally: (total: number, allowed: number) =>
    `Dari ${total} kasus, ${allowed} menggambarkan tindakan yang boleh dan sisanya tindakan yang dilarang. Jawaban setiap kasus ada di halamannya.`,
  caseOf: (n: number, total: number) => `Studi kasus ${n} dari ${total}`,
  fictional: 'Nama orang dan tempat dalam studi kasus ini rekaan.',
  scenario: 'Situasinya',
  question: 'Boleh atau tidak?',
  reveal: 'Lihat jawaban',
  revealHint: 'Coba jawab sendiri dulu, lalu buka jawabannya.',
  answerLead: 'Jawaban:',
  reasoning: 'Alasannya',
  rules: 'Aturan dan dasar hukumnya',
  sanction: 'Kemungkinan sanksi',
  searchedAs: 'Sering dicari sebagai',
  backToIndex: 'Semua studi kasus',
} as const;

/** Verdict words: a verdict is always shown as a word (with an icon), never by colour alone. */
export const verdictLabel = { boleh: 'Boleh', dilarang: 'Dilarang' } as const;

/** Reference pages (/rujukan/): glossary, questions and answers, sources. */
export const reference = {
  seeAlso: 'Lihat juga',
  expansion: 'Kepanjangan',
  answerRule: 'Aturan',
  answerCase: 'Studi kasus',
  sourceKind: { berita: 'Berita', regulasi: 'Regulasi', lembaga: 'Lembaga' },
  publisher: 'Penerbit',
  date: 'Tanggal',
  kind: 'Jenis',
  supports: 'Yang didukungnya',
  usedBy: 'Dipakai di',
  usedByNone: 'Belum dirujuk halaman mana pun.',
  address: 'Alamat',
  noDate: 'tanggal tidak kami pastikan',
} as const;
