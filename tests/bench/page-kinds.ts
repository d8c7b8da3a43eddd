/** One representative page per kind (the first that exists), with its budget in bytes if it has one. */
export interface PageKind {
  name: string;
  paths: string[];
  budget?: number;
}

export const pageKinds: PageKind[] = [
  { name: 'beranda', paths: ['/'] },
  { name: 'materi', paths: ['/materi/ikrar-netralitas/', '/materi/dasar-hukum/', '/mulai/cara-memakai/'], budget: 45_000 },
  { name: 'aturan', paths: ['/materi/boleh-dan-dilarang/'] },
  { name: 'studi kasus', paths: ['/studi-kasus/foto-camat-dengan-calon/'] },
  { name: 'rujukan', paths: ['/rujukan/tanya-jawab/', '/rujukan/glosarium/'] },
  { name: 'kuis', paths: ['/kuis/dasar-hukum/'] },
  { name: 'ujian', paths: ['/ujian/'] },
  { name: 'aula (dek)', paths: ['/aula/ikrar/'] },
];
