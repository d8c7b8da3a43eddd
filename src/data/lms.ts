/*
 * Build-time side of the LMS exports: the quiz banks as plain LmsCourse data (src/lib/lms/bank.ts)
 * with every text rendered to HTML. An LMS shows the texts far from this site, so a link to the site
 * is made absolute on its public address (SITE_URL, read by publicSite()); without one, the link is
 * left out and its text kept, never pointed at the preview address. The generators in src/lib/lms/
 * take this and know nothing of Astro.
 */
import { renderMarkdown } from '../lib/markdown';
import { siteLinks, type LmsCourse, type LmsQuestion } from '../lib/lms/bank';
import { siteUrl } from '../lib/paths';
import { publicSite } from '../lib/site';
import { inlineMarkdown, sortedBanks } from './quiz';
import { resolveRule } from './rules';

export const COURSE_TITLE = 'Netralitas ASN';

let course: Promise<LmsCourse> | undefined;

/** The course's banks, read once per build (the download endpoints share it). */
export function lmsCourse(): Promise<LmsCourse> {
  course ??= assemble(publicSite());
  return course;
}

async function assemble(site: string | undefined): Promise<LmsCourse> {
  const block = async (text: string) => siteLinks((await renderMarkdown(text)).trim(), site);
  const inline = async (text: string) => siteLinks(await inlineMarkdown(text), site);
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
            rules: rules.map((r) => ({ label: r.title, ...(site ? { url: siteUrl(site, r.href) } : {}) })),
            legal: legal
              .filter((l, i) => legal.findIndex((o) => o.label === l.label) === i)
              .map((l) => ({ label: l.label, ...(site ? { url: siteUrl(site, l.href) } : {}) })),
          };
        }),
      ),
    })),
  );
  return { title: COURSE_TITLE, banks };
}
