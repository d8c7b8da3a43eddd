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
  { name: 'materi', paths: ['/materi/ikrar-netralitas/', '/materi/dasar-hukum/', '/mulai/cara-memakai/'], budget: 45_000 },
  // A lesson that ends with a short check (its quiz island) must fit the lesson budget too.
  { name: 'materi + cek', paths: ['/materi/dasar-hukum/'], budget: 45_000 },
  { name: 'aturan', paths: ['/materi/boleh-dan-dilarang/'] },
  { name: 'studi kasus', paths: ['/studi-kasus/foto-camat-dengan-calon/'] },
  { name: 'rujukan', paths: ['/rujukan/tanya-jawab/', '/rujukan/glosarium/'] },
  { name: 'kuis', paths: ['/kuis/dasar-hukum/'], budget: 60_000, islandJs: 12_000 },
  { name: 'ujian', paths: ['/ujian/'], budget: 60_000, islandJs: 12_000 },
  { name: 'aula (dek)', paths: ['/aula/ikrar/'] },
];
