/*
 * A verdict (boleh / dilarang) as markup: an icon and the word, never colour alone, so it survives
 * greyscale projectors and colour blindness. One icon set for the whole site: a ticked circle for
 * "Boleh", a struck-through circle for "Dilarang". Pure: it returns HTML, so the Astro component
 * (components/Verdict.astro) and the build-time quiz props (data/quiz.ts) draw exactly the same thing.
 * Styles: src/styles/verdict.css.
 */
import { verdictLabel } from '../i18n/cases';

export type Verdict = keyof typeof verdictLabel;

export type VerdictSize = 'small' | 'normal' | 'large';

const marks: Record<Verdict, string> = {
  boleh: 'M5.5 10.5l3 3 6-6.5',
  dilarang: 'M4.5 15.5l11-11',
};

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The icon alone, hidden from screen readers (the word next to it says the same). */
export function verdictIcon(verdict: Verdict): string {
  return (
    // Stroke settings on the root, inherited by both shapes: the icon is repeated all over a page.
    '<svg class="nas-verdict__icon" aria-hidden="true" viewBox="0 0 20 20" width="20" height="20" fill="none" stroke="currentColor" stroke-width="2">' +
    `<circle cx="10" cy="10" r="8.5"/><path d="${marks[verdict]}" stroke-width="2.2" stroke-linecap="round"/></svg>`
  );
}

/** The verdict as an inline badge; `lead` is text read before the word ("Jawaban:"). */
export function verdictHtml(verdict: Verdict, { size = 'normal', lead }: { size?: VerdictSize; lead?: string } = {}): string {
  const classes = ['nas-verdict', `nas-verdict--${verdict}`, ...(size === 'normal' ? [] : [`nas-verdict--${size}`])];
  return (
    `<span class="${classes.join(' ')}">${verdictIcon(verdict)}` +
    (lead ? `<span class="nas-verdict__lead">${escapeHtml(lead)}</span> ` : '') +
    `<strong>${verdictLabel[verdict]}</strong></span>`
  );
}
