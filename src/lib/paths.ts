/** Where each kind of entry lives on the site: one place, so links never drift. */
export const paths = {
  rule: (id: string) => `/materi/boleh-dan-dilarang/#${id}`,
  case: (id: string) => `/studi-kasus/${id}/`,
  caseIndex: () => '/studi-kasus/',
  legal: (id: string) => `/materi/dasar-hukum/#${id}`,
  source: (id: string) => `/rujukan/sumber/#${id}`,
  quiz: (module: string) => `/kuis/${module}/`,
  deck: (deck: string) => `/aula/${deck}/`,
} as const;
