/*
 * /kuis/<modul>/ulasan.json: one bank's review material (explanations, feedback per option, rules),
 * loaded by the lesson's short check once a question is checked (see useReview), so lessons do not
 * carry what a reader sees only after checking.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { prepareReview, sortedBanks } from '../../../data/quiz';

export const getStaticPaths = (async () =>
  (await sortedBanks()).map((bank) => ({ params: { modul: bank.id }, props: { bank } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ bank: CollectionEntry<'quizzes'> }> = async ({ props }) =>
  Response.json(await prepareReview([props.bank]));
