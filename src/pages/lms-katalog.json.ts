/*
 * The catalog the SCORM runtime needs to read and write suspend data (src/lib/lms/suspend.ts): every
 * bank's question ids, option keys and fingerprints, and the lessons. The LMS packaging
 * (src/integrations/lms.ts) moves it into the packages and removes it from the site.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { sortedBanks } from '../data/quiz';
import { paths } from '../lib/paths';
import { questionFingerprint } from '../lib/quiz/hash';
import { correctKeys } from '../lib/quiz/scoring';
import type { Catalog } from '../lib/lms/suspend';

export const GET: APIRoute = async () => {
  const banks = (await sortedBanks()).map((bank) => ({
    id: bank.id,
    questions: bank.data.questions.map((q) => ({ id: q.id, keys: q.options.map((o) => o.key), fp: questionFingerprint(q), right: correctKeys(q) })),
  }));
  const lessons = (await getCollection('docs'))
    .filter((d) => d.id.startsWith('materi/'))
    .map((d) => paths.doc(d.id))
    .sort();
  const catalog: Catalog = { banks, lessons };
  return new Response(JSON.stringify(catalog), { headers: { 'Content-Type': 'application/json' } });
};
