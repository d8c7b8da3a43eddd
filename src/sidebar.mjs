// The sidebar mirrors the curriculum. Only pages that exist are listed: add an entry here in the
// same commit as the page it points to.
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { sortByOrder } from './lib/order.ts';
import { paths } from './lib/paths.ts';

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
      return { id: f.replace(/\.yaml$/, ''), data: { title: String(data.title), order: Number(data.order ?? 100) } };
    });
  return [
    { label: 'Semua studi kasus', link: paths.caseIndex() },
    ...sortByOrder(cases).map((c) => ({ label: c.data.title, link: paths.case(c.id) })),
  ];
}

export const sidebar = [
  {
    label: 'Mulai',
    items: [
      { label: 'Beranda', link: paths.home() },
      { label: 'Cara memakai situs ini', slug: 'mulai/cara-memakai' },
    ],
  },
  { label: 'Materi', items: [{ autogenerate: { directory: 'materi' } }] },
  { label: 'Studi kasus', collapsed: true, items: caseItems() },
  {
    label: 'Latihan',
    items: [
      { label: 'Kuis', link: paths.quizIndex() },
      { label: 'Ujian', link: paths.exam() },
      { label: 'Sertifikat', link: paths.certificate() },
    ],
  },
  {
    label: 'Aula',
    items: [
      { label: 'Mode aula', link: paths.deckIndex() },
      { label: 'Menjalankan aula', slug: 'mulai/menjalankan-aula' },
      { label: 'Kartu jawaban', link: paths.cardSheet() },
    ],
  },
  { label: 'Rujukan', items: [{ autogenerate: { directory: 'rujukan' } }] },
];
