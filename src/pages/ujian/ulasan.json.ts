/* /ujian/ulasan.json: the exam's review material, loaded once a checked exam is shown (see useReview). */
import type { APIRoute } from 'astro';
import { prepareReview, sortedBanks } from '../../data/quiz';

export const GET: APIRoute = async () =>
  Response.json(await prepareReview(await sortedBanks(), { feedback: false, prefixBank: true }));
