/** Where each kind of entry lives on the site: one place, so links never drift. */
export const paths = {
  rule: (id: string) => `/materi/boleh-dan-dilarang/#${id}`,
  case: (id: string) => `/studi-kasus/${id}/`,
  caseIndex: () => '/studi-kasus/',
  legal: (id: string) => `/materi/dasar-hukum/#${id}`,
  source: (id: string) => `/rujukan/sumber/#${id}`,
  quiz: (module: string) => `/kuis/${module}/`,
  deck: (deck: string) => `/aula/${deck}/`,
  /** The page a service worker shows for a page never saved on this device. */
  offline: () => '/luring/',
  /** The build-generated list of every file "Simpan untuk luring" downloads, with sizes. */
  offlineManifest: () => '/offline.json',
} as const;
