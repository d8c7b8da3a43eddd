/*
 * Every hall deck as the hall server needs it (prompts, options, right answers, explanations), read
 * by `npm run aula` from dist/. It holds the answers, so the hall server serves it only to the
 * facilitator; phones get one slide at a time from the server, the answer only after the reveal.
 * On a static host it is as public as the deck pages, which show the same answers.
 */
import type { APIRoute } from 'astro';
import { loadDecks } from '../../data/decks';
import type { HallDeck, HallSlide } from '../../lib/aula/live';

const plain = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

export const GET: APIRoute = async ({ site }) => {
  const decks = await loadDecks(site);
  const hall: HallDeck[] = decks.map((deck) => ({
    id: deck.id,
    title: deck.title,
    slides: deck.slides.map((slide): HallSlide => {
      switch (slide.kind) {
        case 'question':
          return {
            kind: 'question',
            questionId: slide.questionId,
            label: slide.label,
            type: slide.type,
            promptHtml: slide.promptHtml,
            promptText: plain(slide.promptHtml),
            options: slide.options.map((o) => o.text),
            correct: slide.options.flatMap((o, i) => (o.correct ? [i] : [])),
            explanationHtml: slide.explanationHtml,
            // For the hall report's gain and most-missed rules.
            rules: slide.rules.map((r) => ({ id: r.id, title: r.title })),
          };
        case 'point':
          return { kind: 'pledge', label: slide.label, lead: slide.lead, text: slide.text };
        case 'closing':
          return { kind: 'pledge', label: slide.title, lead: '', text: slide.text };
        case 'title':
          return { kind: 'info', title: slide.title, lead: slide.lead };
      }
    }),
  }));
  return new Response(JSON.stringify(hall), { headers: { 'content-type': 'application/json' } });
};
