/*
 * The hall's reports, pure: from a room's session (the reducer run over its log) and the deck data to
 * the numbers a kepegawaian unit keeps. The HTML pages and the CSV files are both drawn from these
 * functions, so they cannot disagree. Per room: the distribution per question, the questions most
 * missed, the daftar hadir, the pledge list, results per person and deck, and the gain between the
 * round before and the round after the talk (per question, per rule, overall). Across rooms (also
 * rooms imported from another server's export): the unit's rekap.
 */
import { cardOf, distribution, isRight, percentOf, roundAnswers, shapeOf, type HallDeck, type Round, type Session } from './live';

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

/** The distribution of every answered question of one round (the first round unless told). */
export function buildReport(session: Session, decks: Record<string, HallDeck>, startedAt: number, generatedAt: number, round: Round = 'pre'): Report {
  const questions: ReportQuestion[] = [];
  const used: { id: string; title: string }[] = [];
  for (const [id, live] of Object.entries(session.decks)) {
    const deck = decks[id];
    if (!deck) continue;
    const shape = shapeOf(deck);
    const before = questions.length;
    deck.slides.forEach((slide, i) => {
      if (slide.kind !== 'question') return;
      const answers = Object.values(roundAnswers(live, round)[i] ?? {});
      if (answers.length === 0) return;
      const { counts, answered } = distribution(live, shape, i, round);
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

/* ---------- People: the daftar hadir, pledges and results per person ---------- */

/** A roster line as the report needs it (server/aula/store.ts RosterEntry). */
export interface RosterLine {
  id: string;
  name: string;
  status: string;
  nip?: string;
  unit: string;
  card?: number;
}

export interface AttendanceRow {
  name: string;
  status: string;
  nip: string;
  unit: string;
  /** When they registered (ms); undefined for a roster entry who answered by card only. */
  at?: number;
  /** Their answer card, when the roster ties one to them. */
  card?: number;
}

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'id');

/**
 * The daftar hadir: everyone who registered on a phone, plus roster entries whose answer card was
 * read (present, without a phone). One row per person: a roster entry picked on two phones counts once.
 */
export function attendance(session: Session, roster: readonly RosterLine[]): AttendanceRow[] {
  const rows = new Map<string, AttendanceRow>();
  for (const p of Object.values(session.people).sort((a, b) => a.at - b.at)) {
    const key = p.roster ? `r:${p.roster}` : `p:${p.name}|${p.nip ?? ''}|${p.unit}`;
    if (rows.has(key)) continue;
    const card = p.roster ? roster.find((r) => r.id === p.roster)?.card : undefined;
    rows.set(key, { name: p.name, status: p.status, nip: p.nip ?? '', unit: p.unit, at: p.at, ...(card && { card }) });
  }
  const cards = cardsSeen(session);
  for (const r of roster) {
    if (r.card && cards.has(r.card) && !rows.has(`r:${r.id}`)) rows.set(`r:${r.id}`, { name: r.name, status: r.status, nip: r.nip ?? '', unit: r.unit, card: r.card });
  }
  return [...rows.values()].sort(byName);
}

function cardsSeen(session: Session): Set<number> {
  const seen = new Set<number>();
  for (const live of Object.values(session.decks))
    for (const answers of [live.answers, live.post ?? {}])
      for (const slide of Object.values(answers)) for (const key of Object.keys(slide)) if (cardOf(key) !== undefined) seen.add(cardOf(key)!);
  return seen;
}

export interface PledgeRow {
  name: string;
  unit: string;
  deck: string;
  deckTitle: string;
  /** The version (hash) of the text confirmed. */
  version: string;
  at: number;
}

/** Who confirmed which pledge text, and when; anonymous devices appear by their display name or "–". */
export function pledgeList(session: Session, decks: Record<string, HallDeck>): PledgeRow[] {
  const rows: PledgeRow[] = [];
  for (const [device, mine] of Object.entries(session.pledges)) {
    const person = session.people[device];
    for (const [deck, { version, at }] of Object.entries(mine)) {
      rows.push({ name: person?.name ?? session.devices[device]?.name ?? '–', unit: person?.unit ?? '', deck, deckTitle: decks[deck]?.title ?? deck, version, at });
    }
  }
  return rows.sort((a, b) => a.deckTitle.localeCompare(b.deckTitle, 'id') || byName(a, b) || a.at - b.at);
}

/** Who a responder is in the report: a registered person, a roster card, a display name, or a card number. */
export function responderName(session: Session, roster: readonly RosterLine[], responder: string, labels: { card: (n: number) => string; device: string }): string {
  const card = cardOf(responder);
  if (card !== undefined) return roster.find((r) => r.card === card)?.name ?? labels.card(card);
  return session.people[responder]?.name ?? session.devices[responder]?.name ?? labels.device;
}

export interface ResultRow {
  responder: string;
  deck: string;
  deckTitle: string;
  round: Round;
  answered: number;
  right: number;
  /** Right of the deck's questions asked in this round, in whole percent of those answered. */
  score: number;
}

/** Results per responder (phone or card), per deck and round. */
export function results(session: Session, decks: Record<string, HallDeck>): ResultRow[] {
  const rows: ResultRow[] = [];
  for (const [id, live] of Object.entries(session.decks)) {
    const deck = decks[id];
    if (!deck) continue;
    for (const round of ['pre', 'post'] as const) {
      const per = new Map<string, { answered: number; right: number }>();
      for (const [slide, answers] of Object.entries(roundAnswers(live, round))) {
        const q = deck.slides[Number(slide)];
        if (q?.kind !== 'question') continue;
        for (const [who, choice] of Object.entries(answers)) {
          const r = per.get(who) ?? { answered: 0, right: 0 };
          r.answered++;
          if (isRight(choice, q.correct)) r.right++;
          per.set(who, r);
        }
      }
      for (const [responder, r] of per) rows.push({ responder, deck: id, deckTitle: deck.title, round, ...r, score: percentOf(r.right, r.answered) });
    }
  }
  return rows;
}

/* ---------- Gain: the same questions before and after the talk ---------- */

export interface Tally {
  answered: number;
  right: number;
}
const pct = (t: Tally) => percentOf(t.right, t.answered);

export interface GainRow {
  key: string;
  label: string;
  pre: Tally;
  post: Tally;
  /** Whole percent right before and after, and the difference in percentage points. */
  prePercent: number;
  postPercent: number;
  gain: number;
}

export interface Gain {
  questions: GainRow[];
  rules: GainRow[];
  overall: GainRow | undefined;
}

const gainRow = (key: string, label: string, pre: Tally, post: Tally): GainRow => ({
  key,
  label,
  pre,
  post,
  prePercent: pct(pre),
  postPercent: pct(post),
  gain: pct(post) - pct(pre),
});
const add = (a: Tally, b: Tally): Tally => ({ answered: a.answered + b.answered, right: a.right + b.right });
const none = (): Tally => ({ answered: 0, right: 0 });

/** Right and answered per question (deck:slide) and round, with the question's rules. */
function questionTallies(session: Session, decks: Record<string, HallDeck>) {
  const out: { key: string; label: string; rules: { id: string; title: string }[]; pre: Tally; post: Tally }[] = [];
  for (const [id, live] of Object.entries(session.decks)) {
    const deck = decks[id];
    if (!deck) continue;
    deck.slides.forEach((q, i) => {
      if (q.kind !== 'question') return;
      const tally = (round: Round): Tally => {
        const answers = Object.values(roundAnswers(live, round)[i] ?? {});
        return { answered: answers.length, right: answers.filter((a) => isRight(a, q.correct)).length };
      };
      const pre = tally('pre');
      const post = tally('post');
      if (pre.answered || post.answered) out.push({ key: `${id}:${i + 1}`, label: `${deck.title} · ${q.label}`, rules: q.rules ?? [], pre, post });
    });
  }
  return out;
}

/**
 * The gain: only questions answered in both rounds count (a question asked once says nothing about
 * change). Per rule and overall, answers are pooled (right over answered), not averaged per question.
 */
export function gain(session: Session, decks: Record<string, HallDeck>): Gain {
  const both = questionTallies(session, decks).filter((q) => q.pre.answered > 0 && q.post.answered > 0);
  const questions = both.map((q) => gainRow(q.key, q.label, q.pre, q.post));
  const rules = new Map<string, { title: string; pre: Tally; post: Tally }>();
  for (const q of both)
    for (const r of q.rules) {
      const t = rules.get(r.id) ?? { title: r.title, pre: none(), post: none() };
      rules.set(r.id, { title: t.title, pre: add(t.pre, q.pre), post: add(t.post, q.post) });
    }
  const overall = both.length ? gainRow('semua', '', both.map((q) => q.pre).reduce(add, none()), both.map((q) => q.post).reduce(add, none())) : undefined;
  return {
    questions,
    rules: [...rules].map(([id, t]) => gainRow(id, t.title, t.pre, t.post)).sort((a, b) => a.postPercent - b.postPercent || a.label.localeCompare(b.label, 'id')),
    overall,
  };
}

/* ---------- The rekap: across rooms and servers ---------- */

export interface RoomRecord {
  /** The server the room ran on (its serverId) and the room's id: together they name it once. */
  server: string;
  id: string;
  title: string;
  createdAt: number;
  attendance: boolean;
  roster: readonly RosterLine[];
  session: Session;
}

export interface RekapSession {
  server: string;
  id: string;
  title: string;
  createdAt: number;
  participants: number;
  pledges: number;
  answered: number;
  right: number;
  score: number;
  gain: number | null;
}

export interface Rekap {
  sessions: RekapSession[];
  participants: number;
  byUnit: { name: string; count: number }[];
  byStatus: { name: string; count: number }[];
  pledges: number;
  /** Pooled over every answer of the first round (the only round where there is one). */
  score: number;
  /** Pooled over the rooms with both rounds; null when none had two rounds. */
  gain: GainRow | null;
  /** Rules answered right by fewer than FOLLOW_UP_BELOW percent (first round), weakest first. */
  missedRules: { id: string; title: string; answered: number; right: number; percent: number }[];
}

/** Participants of a room: registered people (rooms with attendance) or devices and cards that answered or joined. */
function participantsOf(room: RoomRecord): number {
  if (room.attendance) return attendance(room.session, room.roster).length;
  return Object.keys(room.session.devices).length + cardsSeen(room.session).size;
}

export function rekap(rooms: readonly RoomRecord[], decks: Record<string, HallDeck>): Rekap {
  const seen = new Set<string>();
  const unique = rooms.filter((r) => !seen.has(`${r.server}/${r.id}`) && !!seen.add(`${r.server}/${r.id}`));
  const byUnit = new Map<string, number>();
  const byStatus = new Map<string, number>();
  let pre = none();
  let gainPre = none();
  let gainPost = none();
  const rules = new Map<string, { title: string; t: Tally }>();
  const sessions: RekapSession[] = [];
  for (const room of unique) {
    const people = room.attendance ? attendance(room.session, room.roster) : [];
    for (const p of people) {
      byUnit.set(p.unit, (byUnit.get(p.unit) ?? 0) + 1);
      byStatus.set(p.status, (byStatus.get(p.status) ?? 0) + 1);
    }
    const tallies = questionTallies(room.session, decks);
    const roomPre = tallies.map((q) => q.pre).reduce(add, none());
    pre = add(pre, roomPre);
    for (const q of tallies)
      for (const r of q.rules) {
        const t = rules.get(r.id) ?? { title: r.title, t: none() };
        rules.set(r.id, { title: t.title, t: add(t.t, q.pre) });
      }
    const g = gain(room.session, decks).overall;
    if (g) {
      gainPre = add(gainPre, g.pre);
      gainPost = add(gainPost, g.post);
    }
    sessions.push({
      server: room.server,
      id: room.id,
      title: room.title,
      createdAt: room.createdAt,
      participants: participantsOf(room),
      pledges: pledgeList(room.session, decks).length,
      ...roomPre,
      score: pct(roomPre),
      gain: g ? g.gain : null,
    });
  }
  const sorted = (m: Map<string, number>) => [...m].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'id'));
  return {
    sessions: sessions.sort((a, b) => a.createdAt - b.createdAt),
    participants: sessions.reduce((n, s) => n + s.participants, 0),
    byUnit: sorted(byUnit),
    byStatus: sorted(byStatus),
    pledges: sessions.reduce((n, s) => n + s.pledges, 0),
    score: pct(pre),
    gain: gainPre.answered ? gainRow('semua', '', gainPre, gainPost) : null,
    missedRules: [...rules]
      .map(([id, { title, t }]) => ({ id, title, ...t, percent: pct(t) }))
      .filter((r) => r.answered > 0 && r.percent < FOLLOW_UP_BELOW)
      .sort((a, b) => a.percent - b.percent || b.answered - a.answered),
  };
}

/* ---------- CSV ---------- */

/** One CSV field: quoted when it holds a separator, a quote or a line break; formulas defused for spreadsheets. */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Rows as CSV for Excel: UTF-8 with a byte-order mark (so Excel reads the Indonesian text right),
 * comma-separated, CRLF line ends.
 */
export const toCsv = (rows: readonly (readonly (string | number)[])[]) => '\uFEFF' + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';

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

/** The distribution report as CSV: one row per option of every answered question. */
export function reportCsv(report: Report): string {
  const rows: (string | number)[][] = [CSV_HEADER];
  for (const q of report.questions) {
    for (const o of q.options) {
      rows.push([q.deckTitle, q.slide, q.label, q.prompt, o.letter, o.text, o.correct ? 'ya' : 'tidak', o.count, o.percent, q.answered, q.right, q.rightPercent]);
    }
  }
  return toCsv(rows);
}

const isoTime = (ms: number | undefined) => (ms === undefined ? '' : new Date(ms).toISOString());
const roundName = (round: Round) => (round === 'post' ? 'sesudah' : 'sebelum');

/** The daftar hadir as CSV (the same rows as the A4 page). */
export const attendanceCsv = (rows: readonly AttendanceRow[]) =>
  toCsv([['no', 'nama', 'status', 'nip', 'unit', 'kartu', 'waktu'], ...rows.map((p, i) => [i + 1, p.name, p.status, p.nip, p.unit, p.card ?? '', isoTime(p.at)])]);

export const pledgeCsv = (rows: readonly PledgeRow[]) =>
  toCsv([['no', 'nama', 'unit', 'dek', 'versi teks', 'waktu'], ...rows.map((p, i) => [i + 1, p.name, p.unit, p.deckTitle, p.version, isoTime(p.at)])]);

export const resultsCsv = (rows: readonly (ResultRow & { name: string })[]) =>
  toCsv([['nama', 'dek', 'putaran', 'dijawab', 'benar', 'skor'], ...rows.map((r) => [r.name, r.deckTitle, roundName(r.round), r.answered, r.right, r.score])]);

/** The gain as CSV: the overall row, then one per rule, then one per question. */
export function gainCsv(g: Gain): string {
  const row = (kind: string, r: GainRow) => [kind, r.label, r.pre.answered, r.pre.right, r.prePercent, r.post.answered, r.post.right, r.postPercent, r.gain];
  return toCsv([
    ['bagian', 'nama', 'dijawab sebelum', 'benar sebelum', 'persen sebelum', 'dijawab sesudah', 'benar sesudah', 'persen sesudah', 'kenaikan (poin)'],
    ...(g.overall ? [row('keseluruhan', g.overall)] : []),
    ...g.rules.map((r) => row('aturan', r)),
    ...g.questions.map((r) => row('soal', r)),
  ]);
}

/** The rekap as CSV: one section per table of the page, told apart by the first column. */
export function rekapCsv(r: Rekap): string {
  return toCsv([
    ['bagian', 'nama', 'server', 'tanggal', 'peserta', 'konfirmasi', 'dijawab', 'benar', 'persen benar', 'kenaikan (poin)'],
    ['keseluruhan', '', '', '', r.participants, r.pledges, r.sessions.reduce((n, s) => n + s.answered, 0), r.sessions.reduce((n, s) => n + s.right, 0), r.score, r.gain?.gain ?? ''],
    ...r.sessions.map((s) => ['sesi', s.title, s.server, new Date(s.createdAt).toISOString().slice(0, 10), s.participants, s.pledges, s.answered, s.right, s.score, s.gain ?? '']),
    ...r.byUnit.map((u) => ['unit', u.name, '', '', u.count, '', '', '', '', '']),
    ...r.byStatus.map((u) => ['status', u.name, '', '', u.count, '', '', '', '', '']),
    ...r.missedRules.map((m) => ['aturan sering salah', m.title, '', '', '', '', m.answered, m.right, m.percent, '']),
  ]);
}
