// The sidebar mirrors the curriculum. Only pages that exist are listed: add an entry here in the
// same commit as the page it points to.
export const sidebar = [
  {
    label: 'Mulai',
    items: [
      { label: 'Beranda', link: '/' },
      { label: 'Cara memakai situs ini', slug: 'mulai/cara-memakai' },
    ],
  },
  { label: 'Materi', items: [{ autogenerate: { directory: 'materi' } }] },
  { label: 'Rujukan', items: [{ autogenerate: { directory: 'rujukan' } }] },
  {
    label: 'Latihan',
    items: [
      { label: 'Kuis', link: '/kuis/' },
      { label: 'Ujian', link: '/ujian/' },
      { label: 'Sertifikat', link: '/sertifikat/' },
    ],
  },
];
