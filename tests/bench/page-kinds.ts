/** One representative page per kind (the first that exists), with its budget in bytes if it has one. */
export interface PageKind {
  name: string;
  paths: string[];
  budget?: number;
  /** Budget for the JS of the page's islands (Preact and Astro's island loader included), gzip. */
  islandJs?: number;
}

export const pageKinds: PageKind[] = [
  { name: 'beranda', paths: ['/'] },
  // The representative lesson of the foundation issue; since the quiz work it ends with a short
  // check (its quiz island, about 15 KB of the total), so the budget covers that too.
  { name: 'materi', paths: ['/materi/ikrar-netralitas/'], budget: 45_000 },
  // The longest lesson, printed for comparison: its 19 legal entries plus the short check pass 45 KB.
  { name: 'materi panjang', paths: ['/materi/dasar-hukum/'] },
  { name: 'aturan', paths: ['/materi/boleh-dan-dilarang/'] },
  { name: 'studi kasus', paths: ['/studi-kasus/foto-camat-dengan-calon/'] },
  { name: 'rujukan', paths: ['/rujukan/tanya-jawab/', '/rujukan/glosarium/'] },
  { name: 'kuis', paths: ['/kuis/dasar-hukum/'], budget: 60_000, islandJs: 12_000 },
  // The exam page carries every bank's questions (the draw happens in the browser), so it grows with
  // the banks: the eighth bank (14 questions, issue 9) took it from under 60 KB to 60.3 KB.
  { name: 'ujian', paths: ['/ujian/'], budget: 64_000, islandJs: 12_000 },
  { name: 'aula (dek)', paths: ['/aula/ikrar/'] },
];
