/*
 * What the page budgets cover. Every lesson (each built /materi/<slug>/ page, so new lessons are
 * measured without touching this file) and the exam have a budget; other kinds are printed by the
 * bench for comparison. Budgets are bytes over the wire, gzip level 6, read to the end with every
 * island hydrated (see tests/e2e/support/wire.ts).
 */
import { existsSync, readdirSync } from 'node:fs';

/**
 * Every lesson read to the end, its short check hydrated (issue 8). The reference registers that
 * used to make two lessons long live in /rujukan/ (Daftar aturan, Daftar peraturan) and are printed
 * by the bench beside the lessons.
 */
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
  { name: 'aturan', paths: ['/rujukan/aturan/'] },
  { name: 'peraturan', paths: ['/rujukan/peraturan/'] },
  { name: 'kuis', paths: ['/kuis/dasar-hukum/'], budget: 60_000, islandJs: 12_000 },
  // The exam carries every bank's questions (the draw happens in the browser), so it grows with the
  // banks; its review material (explanations, rules) loads after checking instead: about 0.4 KB more
  // island JS for about 7 KB less HTML.
  { name: 'ujian', paths: ['/ujian/'], budget: EXAM_BUDGET, islandJs: 12_500 },
  { name: 'aula (dek)', paths: ['/aula/ikrar/'] },
];
