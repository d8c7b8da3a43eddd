/*
 * Build-time side of the LMS exports: the quiz banks as plain LmsCourse data (src/lib/lms/bank.ts)
 * with every text rendered to HTML and every link made absolute on the published site (an LMS shows
 * them far from it). The generators in src/lib/lms/ take this and know nothing of Astro.
 */
import { renderMarkdown } from '../lib/markdown';
import type { LmsCourse, LmsQuestion } from '../lib/lms/bank';
import { siteUrl } from '../lib/paths';
import { inlineMarkdown, sortedBanks } from './quiz';
import { resolveRule } from './rules';

export const COURSE_TITLE = 'Netralitas ASN';

/** Root-relative links in rendered Markdown (`href="/materi/…"`) made absolute. */
const absoluteLinks = (html: string, site: URL | undefined) =>
  html.replace(/(href|src)="(\/[^"]*)"/g, (_, attr: string, path: string) => `${attr}="${siteUrl(site, path)}"`);

let course: Promise<LmsCourse> | undefined;

/** The course's banks, read once per build (the download endpoints share it). */
export function lmsCourse(site: URL | undefined): Promise<LmsCourse> {
  course ??= assemble(site);
  return course;
}

async function assemble(site: URL | undefined): Promise<LmsCourse> {
  const block = async (text: string) => absoluteLinks((await renderMarkdown(text)).trim(), site);
  const inline = async (text: string) => absoluteLinks(await inlineMarkdown(text), site);
  const banks = await Promise.all(
    (await sortedBanks()).map(async (bank) => ({
      id: bank.id,
      title: bank.data.title,
      description: bank.data.description,
      questions: await Promise.all(
        bank.data.questions.map(async (q): Promise<LmsQuestion> => {
          const rules = await Promise.all(q.rules.map((r) => resolveRule(r, `src/quizzes/${bank.id}.yaml, pertanyaan "${q.id}"`)));
          const legal = rules.flatMap((r) => r.bases);
          return {
            id: q.id,
            type: q.type,
            prompt: await block(q.prompt),
            options: await Promise.all(
              q.options.map(async (o) => ({
                key: o.key,
                text: await inline(o.text),
                correct: o.correct,
                feedback: await inline(o.feedback),
              })),
            ),
            explanation: await block(q.explanation),
            rules: rules.map((r) => ({ label: r.title, url: siteUrl(site, r.href) })),
            legal: legal
              .filter((l, i) => legal.findIndex((o) => o.label === l.label) === i)
              .map((l) => ({ label: l.label, url: siteUrl(site, l.href) })),
          };
        }),
      ),
    })),
  );
  return { title: COURSE_TITLE, banks };
}
