/*
 * The hall's records, pure: attendance, pledges, card answers and rounds in the reducer; the message
 * and roster schemas; and the report arithmetic (daftar hadir, pledge list, results, gain per
 * question, rule and overall, the rekap across rooms and servers) with its CSV.
 */
import { describe, expect, it } from 'vitest';
import { initialState, type DeckState } from '../../src/lib/aula/deck-state';
import { applyLive, cardKey, distribution, emptySession, participantView, shapeOf, type HallDeck, type LiveAction, type Session } from '../../src/lib/aula/live';
import { facilitatorMessage, parseIncoming, parseStoredAction, participantMessage } from '../../src/lib/aula/messages';
import { attendance, attendanceCsv, gain, gainCsv, pledgeList, rekap, rekapCsv, results, type RoomRecord } from '../../src/lib/aula/report';
import { parseRoster } from '../../src/lib/aula/roster';
import { EMPLOYEE_STATUSES, hasNip } from '../../src/lib/employee';

const q = (id: string, correct: number[], rules: string[]): HallDeck['slides'][number] => ({
  kind: 'question',
  questionId: id,
  label: `Soal ${id}`,
  type: 'single',
  promptHtml: `<p>${id}</p>`,
  promptText: id,
  options: ['A', 'B', 'C'],
  correct,
  explanationHtml: '',
  rules: rules.map((r) => ({ id: r, title: `Aturan ${r}` })),
});
const kuis: HallDeck = { id: 'kuis', title: 'Kuis', slides: [{ kind: 'info', title: 'Judul' }, q('q1', [1], ['hadir']), q('q2', [0], ['hadir', 'medsos'])] };
const pakta: HallDeck = { id: 'pakta', title: 'Pakta', slides: [{ kind: 'info', title: 'Pakta' }, { kind: 'pledge', label: 'Butir 1', lead: 'Saya', text: 'netral' }] };
const decks = { kuis, pakta };
const shapes = { kuis: shapeOf(kuis), pakta: shapeOf(pakta) };
const A = 'device-aaaaaaaaaaaaaaaa';
const B = 'device-bbbbbbbbbbbbbbbb';
const C = 'device-cccccccccccccccc';
const at = (slide: number, extra: Partial<DeckState> = {}): DeckState => ({ ...initialState(), slide, ...extra });
const roster = [
  { id: 'p1', name: 'Citra', status: 'PNS', nip: '199001012020122001', unit: 'Dinas Pendidikan', card: 7 },
  { id: 'p2', name: 'Dodi', status: 'PPPK', unit: 'BKPSDM', card: 8 },
];

function run(actions: LiveAction[], from: Session = emptySession(), rules = { attendance: true }) {
  let session = from;
  const refused: (string | undefined)[] = [];
  for (const a of actions) {
    const r = applyLive(session, a, shapes, rules);
    session = r.session;
    refused.push(r.refused);
  }
  return { session, refused };
}

const ani = { name: 'Ani', status: 'PNS', nip: '198501012010012001', unit: 'BKPSDM' };
const budi = { name: 'Budi', status: 'non-ASN', unit: 'Sekretariat' };
const setup: LiveAction[] = [
  { type: 'join', device: A },
  { type: 'join', device: B },
  { type: 'join', device: C },
  { type: 'attend', device: A, person: ani, at: 1000 },
  { type: 'attend', device: B, person: budi, at: 2000 },
  { type: 'attend', device: C, person: { name: 'Citra', status: 'PNS', nip: '199001012020122001', unit: 'Dinas Pendidikan', roster: 'p1' }, at: 3000 },
];
const ask = (slide: number, answers: [string, number][], cards: [number, number][] = []): LiveAction[] => [
  { type: 'sync', deck: 'kuis', state: at(slide) },
  ...answers.map(([device, c]): LiveAction => ({ type: 'answer', device, deck: 'kuis', slide, choice: [c] })),
  ...(cards.length ? [{ type: 'cards', deck: 'kuis', slide, answers: cards.map(([card, c]) => ({ card, choice: [c] })) } as LiveAction] : []),
];
// Before the talk: q1 right by A and card 8 (Dodi), wrong by B, C; q2 right by A only.
// After: q1 right by everyone; q2 right by A, B, C.
const full = run([
  ...setup,
  ...ask(1, [[A, 1], [B, 0], [C, 2]], [[8, 1]]),
  ...ask(2, [[A, 0], [B, 1], [C, 1]]),
  { type: 'round', round: 'post' },
  ...ask(1, [[A, 1], [B, 1], [C, 1]], [[8, 1]]),
  ...ask(2, [[A, 0], [B, 0], [C, 0]]),
  { type: 'sync', deck: 'pakta', state: at(1) },
  { type: 'pledge', device: A, deck: 'pakta', version: 'abcdef0123456789', at: 5000 },
  { type: 'pledge', device: C, deck: 'pakta', version: 'abcdef0123456789', at: 6000 },
]);

describe('records in the reducer', () => {
  it('accepts every action of the session above', () => {
    expect(full.refused.filter(Boolean)).toEqual([]);
  });

  it('in a room with attendance, counts only registered devices, and keeps the first pledge confirmation', () => {
    const s = run([{ type: 'join', device: A }, { type: 'sync', deck: 'kuis', state: at(1) }]).session;
    expect(applyLive(s, { type: 'answer', device: A, deck: 'kuis', slide: 1, choice: [1] }, shapes, { attendance: true }).refused).toBe('not-registered');
    expect(applyLive(s, { type: 'answer', device: A, deck: 'kuis', slide: 1, choice: [1] }, shapes).refused).toBeUndefined();
    const again = applyLive(full.session, { type: 'pledge', device: A, deck: 'pakta', version: 'abcdef0123456789', at: 9999 }, shapes, { attendance: true });
    expect(again.session).toBe(full.session);
    expect(full.session.pledges[A].pakta).toEqual({ version: 'abcdef0123456789', at: 5000 });
    // Only on a pledge slide of the deck on screen.
    expect(applyLive(full.session, { type: 'pledge', device: B, deck: 'kuis', version: 'abcdef0123456789', at: 1 }, shapes, { attendance: true }).refused).toBe('not-current');
    const onQuestion = run([{ type: 'sync', deck: 'pakta', state: at(0) }], full.session).session;
    expect(applyLive(onQuestion, { type: 'pledge', device: B, deck: 'pakta', version: 'abcdef0123456789', at: 1 }, shapes, { attendance: true }).refused).toBe('not-pledge');
  });

  it('replays harmlessly: every event applied twice gives the same session', () => {
    const actions: LiveAction[] = [...setup, ...ask(1, [[A, 1], [B, 0]], [[8, 1]]), { type: 'pledge', device: A, deck: 'kuis', version: 'abcdef0123456789', at: 1 }];
    const once = run(actions).session;
    const twice = run(actions.flatMap((a) => [a, a])).session;
    expect(twice).toEqual(once);
  });

  it('counts a card once with its latest answer, in the same distribution as the phones, per round', () => {
    const s = run([...setup, ...ask(1, [[A, 1]], [[8, 0], [9, 2]]), { type: 'cards', deck: 'kuis', slide: 1, answers: [{ card: 8, choice: [1] }] }]).session;
    expect(distribution(s.decks.kuis, shapes.kuis, 1)).toEqual({ counts: [0, 2, 1], answered: 3 });
    expect(s.decks.kuis.answers[1][cardKey(8)]).toEqual([1]);
    expect(distribution(full.session.decks.kuis, shapes.kuis, 1, 'post')).toEqual({ counts: [0, 4, 0], answered: 4 });
    expect(applyLive(s, { type: 'cards', deck: 'kuis', slide: 1, answers: [{ card: 1000, choice: [0] }] }, shapes).refused).toBe('bad-choice');
    expect(applyLive(s, { type: 'cards', deck: 'kuis', slide: 0, answers: [{ card: 1, choice: [0] }] }, shapes).refused).toBe('not-open');
  });

  it('opens closed questions again in a new round, and shows the phone its answer of the current round', () => {
    const closed = run([...setup, ...ask(1, [[A, 2]]), { type: 'close', deck: 'kuis', slide: 1, closed: true }]).session;
    expect(applyLive(closed, { type: 'answer', device: A, deck: 'kuis', slide: 1, choice: [1] }, shapes, { attendance: true }).refused).toBe('not-open');
    const post = run([{ type: 'round', round: 'post' }], closed).session;
    expect(participantView(post, decks, A, 0).screen).toMatchObject({ kind: 'question', open: true, answer: null });
    expect(run([{ type: 'answer', device: A, deck: 'kuis', slide: 1, choice: [1] }], post).refused).toEqual([undefined]);
  });
});

describe('message schemas for records', () => {
  const p = (m: unknown) => parseIncoming(participantMessage, JSON.stringify(m));
  it('takes attendance with a valid NIP or none, and refuses a bad NIP, a status not on the list, or an empty name', () => {
    expect(p({ kind: 'attend', person: { name: ' Ani ', status: 'PNS', nip: '198501012010012001', unit: 'BKPSDM' } })).toEqual({
      kind: 'attend',
      person: { name: 'Ani', status: 'PNS', nip: '198501012010012001', unit: 'BKPSDM' },
    });
    expect(p({ kind: 'attend', person: { name: 'Ani', status: 'PPPK', nip: '', unit: 'X' } })).toMatchObject({ person: { nip: undefined } });
    expect(p({ kind: 'attend', person: { name: 'Ani', status: 'PNS', nip: '19850101201001200', unit: 'X' } })).toBeUndefined();
    expect(p({ kind: 'attend', person: { name: 'Ani', status: 'PNS', nip: '19850101201001200x', unit: 'X' } })).toBeUndefined();
    expect(p({ kind: 'attend', person: { name: 'Ani', status: 'Honorer', unit: 'X' } })).toBeUndefined();
    // A status without a NIP takes none (whichever statuses src/lib/employee.ts lists).
    for (const status of EMPLOYEE_STATUSES.filter((s) => !hasNip(s))) {
      expect(p({ kind: 'attend', person: { name: 'Budi', status, nip: '198501012010012001', unit: 'X' } })).toBeUndefined();
      expect(p({ kind: 'attend', person: { name: 'Budi', status, unit: 'X' } })).toBeDefined();
    }
    expect(p({ kind: 'attend', person: { name: '\u0007 ', status: 'PNS', unit: 'X' } })).toBeUndefined();
    expect(p({ kind: 'attend', roster: 'p1' })).toEqual({ kind: 'attend', roster: 'p1' });
    expect(p({ kind: 'attend', nip: '123' })).toBeUndefined();
    expect(p({ kind: 'pledge', deck: 'pakta' })).toEqual({ kind: 'pledge', deck: 'pakta' });
    expect(p({ kind: 'pledge', deck: 'pakta', version: 'x' })).toBeUndefined();
  });

  it('takes up to 500 card answers per message from the facilitator, and round changes', () => {
    const f = (m: unknown) => parseIncoming(facilitatorMessage, JSON.stringify(m));
    const cards = (n: number) => ({ kind: 'cards', deck: 'kuis', slide: 1, answers: Array.from({ length: n }, (_, i) => ({ card: i + 1, choice: [0] })) });
    expect(f(cards(500))).toBeDefined();
    expect(f(cards(501))).toBeUndefined();
    expect(f({ kind: 'cards', deck: 'kuis', slide: 1, answers: [{ card: 0, choice: [0] }] })).toBeUndefined();
    expect(f({ kind: 'round', round: 'post' })).toEqual({ kind: 'round', round: 'post' });
    expect(f({ kind: 'round', round: 'later' })).toBeUndefined();
    // A participant cannot send either.
    expect(p(cards(1))).toBeUndefined();
    expect(p({ kind: 'round', round: 'post' })).toBeUndefined();
  });

  it('reads back only well-formed logged actions; a deck state must fit its deck', () => {
    expect(parseStoredAction({ type: 'attend', device: A, person: ani, at: 1 })).toBeDefined();
    expect(parseStoredAction({ type: 'attend', device: A, person: { ...ani, nip: '1' }, at: 1 })).toBeUndefined();
    expect(parseStoredAction({ type: 'sync', deck: 'kuis', state: at(2) }, shapes)).toBeDefined();
    expect(parseStoredAction({ type: 'sync', deck: 'kuis', state: at(7) }, shapes)).toBeUndefined();
    expect(parseStoredAction({ type: 'answer', device: A, deck: 'kuis', slide: 1, choice: [0], extra: 1 })).toBeUndefined();
  });
});

describe('roster CSV', () => {
  it('reads semicolons or commas, a BOM, any column order and optional NIP and card', () => {
    const csv = '\uFEFFNama;Unit;Status;NIP;Kartu\r\nCitra;Dinas Pendidikan;pns;199001012020122001;7\r\n"Dodi, S.Pd.";BKPSDM;PPPK;;8\r\nEka;BKPSDM;NON-ASN;;\r\n';
    expect(parseRoster(csv)).toEqual({
      roster: [
        { id: 'p1', name: 'Citra', status: 'PNS', nip: '199001012020122001', unit: 'Dinas Pendidikan', card: 7 },
        { id: 'p2', name: 'Dodi, S.Pd.', status: 'PPPK', unit: 'BKPSDM', card: 8 },
        { id: 'p3', name: 'Eka', status: 'non-ASN', unit: 'BKPSDM' },
      ],
    });
  });
  it('names the row and column of a bad entry, and imports nothing then', () => {
    expect(parseRoster('nama,status,unit,nip\nA,PNS,X,123\n')).toEqual({ error: { kind: 'field', row: 2, column: 'nip', value: '123' } });
    expect(parseRoster('nama,status,unit,kartu\nA,PNS,X,1\nB,PNS,Y,1\n')).toEqual({ error: { kind: 'field', row: 3, column: 'kartu', value: '1' } });
    expect(parseRoster('nama,status\nA,PNS\n')).toEqual({ error: { kind: 'header', missing: 'unit' } });
    expect(parseRoster('nama,status,unit\n"A,PNS,X\n')).toMatchObject({ error: { kind: 'format' } });
    expect(parseRoster('x'.repeat(300 * 1024))).toEqual({ error: { kind: 'size' } });
  });
});

describe('report arithmetic', () => {
  const s = full.session;

  it('lists the daftar hadir once per person, with roster cards that were read, by name', () => {
    const rows = attendance(s, roster);
    expect(rows.map((r) => [r.name, r.status, r.nip, r.unit, r.card ?? null])).toEqual([
      ['Ani', 'PNS', '198501012010012001', 'BKPSDM', null],
      ['Budi', 'non-ASN', '', 'Sekretariat', null],
      ['Citra', 'PNS', '199001012020122001', 'Dinas Pendidikan', 7],
      ['Dodi', 'PPPK', '', 'BKPSDM', 8],
    ]);
    // Citra registering on a second phone is still one person.
    const twice = run([{ type: 'join', device: 'device-dddddddddddddddd' }, { type: 'attend', device: 'device-dddddddddddddddd', person: { ...s.people[C] }, at: 9 }], s).session;
    expect(attendance(twice, roster)).toHaveLength(4);
    expect(attendanceCsv(rows).split('\r\n')[3]).toBe('3,Citra,PNS,199001012020122001,Dinas Pendidikan,7,1970-01-01T00:00:03.000Z');
  });

  it('lists pledge confirmations with the text version and time', () => {
    expect(pledgeList(s, decks).map((p) => [p.name, p.deckTitle, p.version, p.at])).toEqual([
      ['Ani', 'Pakta', 'abcdef0123456789', 5000],
      ['Citra', 'Pakta', 'abcdef0123456789', 6000],
    ]);
  });

  it('scores each responder per deck and round', () => {
    const byKey = Object.fromEntries(results(s, decks).map((r) => [`${r.responder}/${r.round}`, [r.answered, r.right, r.score]]));
    expect(byKey[`${A}/pre`]).toEqual([2, 2, 100]);
    expect(byKey[`${B}/pre`]).toEqual([2, 0, 0]);
    expect(byKey[`${B}/post`]).toEqual([2, 2, 100]);
    expect(byKey[`${cardKey(8)}/pre`]).toEqual([1, 1, 100]);
  });

  it('computes the gain per question, per rule (pooled) and overall, from questions asked in both rounds', () => {
    const g = gain(s, decks);
    // q1: pre 2/4 right = 50%, post 4/4 = 100%; q2: pre 1/3 = 33%, post 3/3 = 100%.
    expect(g.questions.map((r) => [r.key, r.prePercent, r.postPercent, r.gain])).toEqual([
      ['kuis:2', 50, 100, 50],
      ['kuis:3', 33, 100, 67],
    ]);
    // "hadir" pools q1 and q2: pre 3/7 = 43%, post 7/7; "medsos" is q2 only.
    expect(g.rules.map((r) => [r.key, r.pre, r.post, r.gain])).toEqual([
      ['hadir', { answered: 7, right: 3 }, { answered: 7, right: 7 }, 57],
      ['medsos', { answered: 3, right: 1 }, { answered: 3, right: 3 }, 67],
    ]);
    expect(g.overall).toMatchObject({ prePercent: 43, postPercent: 100, gain: 57 });
    const lines = gainCsv(g).slice(1).split('\r\n');
    expect(lines[1]).toBe('keseluruhan,,7,3,43,7,7,100,57');
    // A question asked once says nothing about change.
    expect(gain(run([...setup, ...ask(1, [[A, 1]])]).session, decks)).toEqual({ questions: [], rules: [], overall: undefined });
  });

  it('sums a rekap across rooms and servers, counting a room imported twice once', () => {
    const anonymous = run([{ type: 'join', device: A }, { type: 'join', device: B }, ...ask(1, [[A, 0], [B, 0]], [[3, 1]])], emptySession(), { attendance: false }).session;
    const rooms: RoomRecord[] = [
      { server: 'laptop-1', id: 'r1', title: 'Sesi hadir', createdAt: 1, attendance: true, roster, session: s },
      { server: 'laptop-2', id: 'r1', title: 'Sesi anonim', createdAt: 2, attendance: false, roster: [], session: anonymous },
      { server: 'laptop-2', id: 'r1', title: 'Sesi anonim (impor ulang)', createdAt: 2, attendance: false, roster: [], session: anonymous },
    ];
    const r = rekap(rooms, decks);
    expect(r.sessions.map((x) => [x.title, x.participants, x.pledges, x.answered, x.right, x.score, x.gain])).toEqual([
      ['Sesi hadir', 4, 2, 7, 3, 43, 57],
      ['Sesi anonim', 3, 0, 3, 1, 33, null],
    ]);
    expect(r.participants).toBe(7);
    expect(r.byUnit).toEqual([
      { name: 'BKPSDM', count: 2 },
      { name: 'Dinas Pendidikan', count: 1 },
      { name: 'Sekretariat', count: 1 },
    ]);
    expect(r.byStatus).toEqual([
      { name: 'PNS', count: 2 },
      { name: 'non-ASN', count: 1 },
      { name: 'PPPK', count: 1 },
    ]);
    expect(r.pledges).toBe(2);
    expect(r.score).toBe(40); // 4 right of 10 first-round answers
    expect(r.gain).toMatchObject({ prePercent: 43, postPercent: 100, gain: 57 });
    // First round: "hadir" 4/10 right, "medsos" 1/3 right: both below 70%, the weakest first.
    expect(r.missedRules.map((m) => [m.id, m.answered, m.right, m.percent])).toEqual([
      ['medsos', 3, 1, 33],
      ['hadir', 10, 4, 40],
    ]);
    const lines = rekapCsv(r).slice(1).split('\r\n');
    expect(lines[1]).toBe('keseluruhan,,,,7,2,10,4,40,57');
    expect(lines[2]).toBe('sesi,Sesi hadir,laptop-1,1970-01-01,4,2,7,3,43,57');
  });
});
