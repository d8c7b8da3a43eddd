/*
 * "Terakhir ditinjau" for generated pages, derived from the lessons they are built from (each lesson
 * carries its own `reviewed` date in its frontmatter), so no date is typed twice.
 */
import { getEntry } from 'astro:content';
import { sortedBanks } from './quiz';

/** The latest `reviewed` date (YYYY-MM-DD) among the given docs pages. */
export async function latestReviewed(docIds: readonly string[], where: string): Promise<string> {
  const dates = await Promise.all(
    docIds.map(async (id) => {
      const doc = await getEntry('docs', id);
      if (!doc) throw new Error(`${where}: halaman "${id}" tidak ada di src/content/docs/`);
      return doc.data.reviewed;
    }),
  );
  const latest = dates.filter((d): d is string => !!d).sort().at(-1);
  if (!latest) throw new Error(`${where}: tidak ada halaman dengan tanggal reviewed (${docIds.join(', ')})`);
  return latest;
}

/** The lessons every quiz bank belongs to: what /kuis/, /ujian/ and /sertifikat/ rest on. */
export async function trainingLessons(): Promise<string[]> {
  return [...new Set((await sortedBanks()).map((b) => b.data.lesson.id))];
}
