/*
 * What the page budgets cover. Every lesson (each built /materi/<slug>/ page, so new lessons are
 * measured without touching this file) and the exam have a budget; other kinds are printed by the
 * bench for comparison. Budgets are bytes over the wire, gzip level 6, read to the end with every
 * island hydrated (see tests/e2e/support/wire.ts).
 */
import { existsSync, readdirSync } from 'node:fs';

/** The goal for a lesson read to the end, its short check hydrated (issue 8). Not met yet: see below. */
export const LESSON_BUDGET = 42_000;

/**
 * Lessons still over the goal, each with the ceiling it must not pass, so none grows while the gap is
 * closed. Remove an entry once its lesson is under LESSON_BUDGET (the test then requires that). The
 * two reference lessons carry every rule and every regulation; the others are within 3 KB.
 */
export const OVER_GOAL: Record<string, number> = {
  '/materi/boleh-dan-dilarang/': 53_500,
  '/materi/dasar-hukum/': 51_000,
  // Under the goal before every page gained its CSP <meta> (~0.45 KB) and the service-worker
  // registration (~0.75 KB); within 0.3 KB of it now.
  '/materi/ikrar-netralitas/': 42_500,
  '/materi/media-sosial/': 42_500,
  '/materi/pakta-integritas/': 45_000,
  '/materi/pilkada-dan-topik-khusus/': 44_500,
  '/materi/sanksi-dan-pelaporan/': 45_000,
};

/** A lesson not listed above (a new one) must meet the goal. */
export const NEW_LESSON_CEILING = LESSON_BUDGET;

/** What a lesson page must stay under today. */
export const lessonCeiling = (path: string): number => OVER_GOAL[path] ?? NEW_LESSON_CEILING;
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
  // The exam carries every bank's questions (the draw happens in the browser), so it grows with the
  // banks; its review material (explanations, rules) loads after checking instead: about 0.4 KB more
  // island JS for about 7 KB less HTML.
  { name: 'ujian', paths: ['/ujian/'], budget: EXAM_BUDGET, islandJs: 12_500 },
  { name: 'aula (dek)', paths: ['/aula/ikrar/'] },
];
