// The sidebar mirrors the curriculum. Only pages that exist are listed: add an entry here in the
// same commit as the page it points to.
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

/**
 * "Studi kasus": the index, then one link per case file in src/content/cases, in the cases' own
 * order, so the list always matches the pages that src/pages/studi-kasus/[id].astro builds.
 */
function caseItems() {
  const dir = new URL('./content/cases/', import.meta.url);
  const cases = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => {
      const data = parse(readFileSync(new URL(f, dir), 'utf8'));
      return { id: f.replace(/\.yaml$/, ''), title: String(data.title), order: Number(data.order ?? 100) };
    })
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  return [
    { label: 'Semua studi kasus', link: '/studi-kasus/' },
    ...cases.map((c) => ({ label: c.title, link: `/studi-kasus/${c.id}/` })),
  ];
}

export const sidebar = [
  {
    label: 'Mulai',
    items: [
      { label: 'Beranda', link: '/' },
      { label: 'Cara memakai situs ini', slug: 'mulai/cara-memakai' },
    ],
  },
  { label: 'Materi', items: [{ autogenerate: { directory: 'materi' } }] },
  { label: 'Studi kasus', collapsed: true, items: caseItems() },
  {
    label: 'Latihan',
    items: [
      { label: 'Kuis', link: '/kuis/' },
      { label: 'Ujian', link: '/ujian/' },
      { label: 'Sertifikat', link: '/sertifikat/' },
    ],
  },
  { label: 'Aula', items: [{ label: 'Mode aula', link: '/aula/' }] },
  { label: 'Rujukan', items: [{ autogenerate: { directory: 'rujukan' } }] },
];
