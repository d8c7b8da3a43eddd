/*
 * What the page budgets cover. Every lesson (each built /materi/<slug>/ page, so new lessons are
 * measured without touching this file) and the exam have a budget; other kinds are printed by the
 * bench for comparison. Budgets are bytes over the wire, gzip level 6, read to the end with every
 * island hydrated (see tests/e2e/support/wire.ts).
 */
import { existsSync, readdirSync } from 'node:fs';

/** A lesson read to the end, its short check hydrated. */
export const LESSON_BUDGET = 42_000;
/** The exam read to the end, hydrated. */
export const EXAM_BUDGET = 50_000;

export interface PageKind {
  name: string;
  paths: string[];
  budget?: number;
  /** Budget for the JS of the page's islands (Preact and Astro's island loader included), gzip. */
  islandJs?: number;
}

/** Every built lesson page, in name order: /materi/<slug>/. */
export function lessonPaths(dist = 'dist'): string[] {
  if (!existsSync(`${dist}/materi`)) return [];
  return readdirSync(`${dist}/materi`, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(`${dist}/materi/${d.name}/index.html`))
    .map((d) => `/materi/${d.name}/`)
    .sort();
}

export const pageKinds: PageKind[] = [
  { name: 'beranda', paths: ['/'] },
  { name: 'studi kasus', paths: ['/studi-kasus/foto-camat-dengan-calon/'] },
  { name: 'rujukan', paths: ['/rujukan/tanya-jawab/', '/rujukan/glosarium/'] },
  { name: 'kuis', paths: ['/kuis/dasar-hukum/'], budget: 60_000, islandJs: 12_000 },
  { name: 'ujian', paths: ['/ujian/'], budget: EXAM_BUDGET, islandJs: 12_000 },
  { name: 'aula (dek)', paths: ['/aula/ikrar/'] },
];
