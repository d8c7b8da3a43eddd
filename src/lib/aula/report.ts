/*
 * The session report, pure: from the replayed session and the deck data to numbers per question, the
 * questions most missed, and the same rows as CSV. The report page and the CSV are both drawn from
 * `buildReport`, so they cannot disagree. No personal data beyond the optional display names.
 */
import { distribution, isRight, percentOf, shapeOf, type HallDeck, type Session } from './live';

export interface ReportOption {
  letter: string;
  text: string;
  correct: boolean;
  count: number;
  percent: number;
}

export interface ReportQuestion {
  deck: string;
  deckTitle: string;
  /** 1-based slide number in the deck. */
  slide: number;
  label: string;
  prompt: string;
  options: ReportOption[];
  answered: number;
  right: number;
  /** Whole percent of the answering devices that were right. */
  rightPercent: number;
}

export interface Report {
  startedAt: number;
  generatedAt: number;
  devices: number;
  names: string[];
  decks: { id: string; title: string }[];
  questions: ReportQuestion[];
  /** Answered questions with fewer than 70% right, weakest first: the ones to follow up. */
  missed: ReportQuestion[];
}

/** Below this share right a question is listed as one to follow up. */
export const FOLLOW_UP_BELOW = 70;

const letter = (i: number) => String.fromCharCode(65 + i);

export function buildReport(session: Session, decks: Record<string, HallDeck>, startedAt: number, generatedAt: number): Report {
  const questions: ReportQuestion[] = [];
  const used: { id: string; title: string }[] = [];
  for (const [id, live] of Object.entries(session.decks)) {
    const deck = decks[id];
    if (!deck) continue;
    const shape = shapeOf(deck);
    const before = questions.length;
    deck.slides.forEach((slide, i) => {
      if (slide.kind !== 'question') return;
      const answers = Object.values(live.answers[i] ?? {});
      if (answers.length === 0) return;
      const { counts, answered } = distribution(live, shape, i);
      const right = answers.filter((a) => isRight(a, slide.correct)).length;
      questions.push({
        deck: id,
        deckTitle: deck.title,
        slide: i + 1,
        label: slide.label,
        prompt: slide.promptText,
        options: slide.options.map((text, j) => ({
          letter: letter(j),
          text,
          correct: slide.correct.includes(j),
          count: counts[j],
          percent: percentOf(counts[j], answered),
        })),
        answered,
        right,
        rightPercent: percentOf(right, answered),
      });
    });
    if (questions.length > before) used.push({ id, title: deck.title });
  }
  const missed = questions
    .filter((q) => q.rightPercent < FOLLOW_UP_BELOW)
    .sort((a, b) => a.rightPercent - b.rightPercent || b.answered - a.answered);
  const names = Object.values(session.devices)
    .map((d) => d.name)
    .filter((n): n is string => !!n)
    .sort((a, b) => a.localeCompare(b, 'id'));
  return { startedAt, generatedAt, devices: Object.keys(session.devices).length, names, decks: used, questions, missed };
}

/** One CSV field: quoted when it holds a separator, a quote or a line break; formulas defused for spreadsheets. */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const CSV_HEADER = [
  'dek',
  'slide',
  'soal',
  'pertanyaan',
  'pilihan',
  'teks pilihan',
  'benar',
  'jumlah',
  'persen',
  'perangkat menjawab',
  'menjawab benar',
  'persen benar',
];

/**
 * The report as CSV for Excel: UTF-8 with a byte-order mark (so Excel reads the Indonesian text
 * right), comma-separated, CRLF line ends, one row per option of every answered question.
 */
export function reportCsv(report: Report): string {
  const rows: (string | number)[][] = [CSV_HEADER];
  for (const q of report.questions) {
    for (const o of q.options) {
      rows.push([q.deckTitle, q.slide, q.label, q.prompt, o.letter, o.text, o.correct ? 'ya' : 'tidak', o.count, o.percent, q.answered, q.right, q.rightPercent]);
    }
  }
  return '\uFEFF' + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
