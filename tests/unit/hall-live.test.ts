/* The live hall's pure parts: the session reducer, what a phone may see, message schemas, the rate limiter, the report and its CSV. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { initialState, reduce, serialiseState, type DeckState } from '../../src/lib/aula/deck-state';
import {
  applyLive,
  applyLiveInPlace,
  cleanName,
  countAnswers,
  distribution,
  emptySession,
  judgeLive,
  MAX_DEVICES,
  participantView,
  roundAnswers,
  shapeOf,
  type Applied,
  type HallDeck,
  type LiveAction,
  type Session,
} from '../../src/lib/aula/live';
import { facilitatorMessage, MAX_FRAME, parseIncoming, participantMessage } from '../../src/lib/aula/messages';
import { DEVICE_LIMIT, fullBucket, take } from '../../src/lib/aula/rate';
import { buildReport, csvField, reportCsv } from '../../src/lib/aula/report';
import { openFileStore } from '../../server/aula/file-store';
import { hallDecks } from '../../server/aula/decks';
import { FEED_GRACE, JOIN_CODE, Rooms } from '../../server/aula/rooms';
import type { Store } from '../../server/aula/store';
import { escape } from '../../server/aula/report-page';

const deck: HallDeck = {
  id: 'kuis',
  title: 'Kuis: Uji',
  slides: [
    { kind: 'info', title: 'Judul' },
    {
      kind: 'question',
      questionId: 'q1',
      label: 'Soal 1 dari 2',
      type: 'single',
      promptHtml: '<p>Bolehkah?</p>',
      promptText: 'Bolehkah?',
      options: ['Boleh', 'Dilarang', 'Tergantung'],
      correct: [1],
      explanationHtml: '<p>RAHASIA penjelasan</p>',
    },
    {
      kind: 'question',
      questionId: 'q2',
      label: 'Soal 2 dari 2',
      type: 'multiple',
      promptHtml: '<p>Pilih, "semua"</p>',
      promptText: 'Pilih, "semua"',
      options: ['=SUM(A1)', 'B', 'C'],
      correct: [0, 2],
      explanationHtml: '<p>Dua</p>',
    },
    { kind: 'pledge', label: 'Butir 1 dari 1', lead: 'Kami', text: 'netral' },
  ],
};
const decks = { kuis: deck };
const shapes = { kuis: shapeOf(deck) };
const A = 'device-aaaaaaaaaaaaaaaa';
const B = 'device-bbbbbbbbbbbbbbbb';
const at = (slide: number, extra: Partial<DeckState> = {}): DeckState => ({ ...initialState(), slide, ...extra });

function run(actions: LiveAction[], from: Session = emptySession()) {
  let session = from;
  const refused: (string | undefined)[] = [];
  for (const a of actions) {
    const r = applyLive(session, a, shapes);
    session = r.session;
    refused.push(r.refused);
  }
  return { session, refused };
}
const started = run([
  { type: 'sync', deck: 'kuis', state: at(1) },
  { type: 'join', device: A },
  { type: 'join', device: B, name: '  <b>Ani</b>\u0007 ' },
]).session;

describe('live session reducer', () => {
  it('counts one answer per device, which it may change while the question is open', () => {
    const { session, refused } = run(
      [
        { type: 'answer', device: A, deck: 'kuis', slide: 1, choice: [0] },
        { type: 'answer', device: B, deck: 'kuis', slide: 1, choice: [1] },
        { type: 'answer', device: A, deck: 'kuis', slide: 1, choice: [1] },
      ],
      started,
    );
    expect(refused).toEqual([undefined, undefined, undefined]);
    expect(distribution(session.decks.kuis, shapes.kuis, 1)).toEqual({ counts: [0, 2, 0], answered: 2 });
  });

  it('refuses answers from unknown devices, for other slides, closed or revealed questions, and bad choices', () => {
    const answer = (extra: Partial<Extract<LiveAction, { type: 'answer' }>>): LiveAction => ({ type: 'answer', device: A, deck: 'kuis', slide: 1, choice: [0], ...extra });
    expect(run([answer({ device: 'device-unknown-000000' })], started).refused).toEqual(['unknown-device']);
    expect(run([answer({ deck: 'lain' })], started).refused).toEqual(['unknown-deck']);
    expect(run([answer({ slide: 2 })], started).refused).toEqual(['not-open']);
    expect(run([answer({ slide: 0 })], started).refused).toEqual(['not-open']);
    expect(run([answer({ choice: [0, 1] })], started).refused).toEqual(['bad-choice']);
    expect(run([answer({ choice: [3] })], started).refused).toEqual(['bad-choice']);
    expect(run([answer({ choice: [] })], started).refused).toEqual(['bad-choice']);
    expect(run([answer({ choice: [1.5] })], started).refused).toEqual(['bad-choice']);
    expect(run([{ type: 'close', deck: 'kuis', slide: 1, closed: true }, answer({})], started).refused).toEqual([undefined, 'not-open']);
    const revealed = reduce(at(1), { type: 'reveal' }, shapes.kuis);
    expect(run([{ type: 'sync', deck: 'kuis', state: revealed }, answer({})], started).refused).toEqual([undefined, 'not-open']);
    // Answers are refused for a deck that is not the one on screen.
    const other = { ...started, current: null };
    expect(applyLive(other, answer({}), shapes).refused).toBe('not-current');
  });

  it('keeps a revealed question closed when the answer is hidden again, until the facilitator reopens it', () => {
    const shown = reduce(at(1), { type: 'reveal' }, shapes.kuis);
    const hidden = reduce(shown, { type: 'reveal' }, shapes.kuis);
    const answer: LiveAction = { type: 'answer', device: A, deck: 'kuis', slide: 1, choice: [1] };
    const { session, refused } = run([{ type: 'sync', deck: 'kuis', state: shown }, { type: 'sync', deck: 'kuis', state: hidden }, answer], started);
    expect(refused).toEqual([undefined, undefined, 'not-open']);
    expect(run([{ type: 'close', deck: 'kuis', slide: 1, closed: false }, answer], session).refused).toEqual([undefined, undefined]);
  });

  it('takes several options on a multiple-choice question, without repeats', () => {
    const s = run([{ type: 'sync', deck: 'kuis', state: at(2) }], started).session;
    expect(applyLive(s, { type: 'answer', device: A, deck: 'kuis', slide: 2, choice: [2, 0] }, shapes).refused).toBeUndefined();
    expect(applyLive(s, { type: 'answer', device: A, deck: 'kuis', slide: 2, choice: [0, 0] }, shapes).refused).toBe('bad-choice');
  });

  it('returns the same session when nothing changes, so nothing is logged or broadcast', () => {
    expect(applyLive(started, { type: 'join', device: A }, shapes).session).toBe(started);
    expect(applyLive(started, { type: 'sync', deck: 'kuis', state: at(1) }, shapes).session).toBe(started);
    expect(applyLive(started, { type: 'close', deck: 'kuis', slide: 1, closed: false }, shapes).session).toBe(started);
  });

  it('cleans display names and bounds the number of devices', () => {
    expect(started.devices[B]).toEqual({ name: '<b>Ani</b>' });
    expect(cleanName('x'.repeat(100))).toHaveLength(40);
    expect(cleanName(' \u0000 ')).toBeUndefined();
    // Filled in place (as the server does): the copying reducer would copy the device map 10 000 times.
    const full = structuredClone(started);
    for (let i = 0; full.sizes.devices < MAX_DEVICES; i++) applyLiveInPlace(full, { type: 'join', device: `device-${String(i).padStart(16, '0')}` }, shapes);
    expect(Object.keys(full.devices)).toHaveLength(MAX_DEVICES);
    expect(applyLive(full, { type: 'join', device: 'device-new-000000000000' }, shapes).refused).toBe('full');
  });
});

describe('counts kept beside the maps (the server applies in place)', () => {
  /** A small seeded generator, so a failure replays the same actions. */
  const random = (seed: number) => () => ((seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
  const deepFreeze = <T>(value: T): T => {
    if (value && typeof value === 'object' && !Object.isFrozen(value)) {
      Object.freeze(value);
      for (const v of Object.values(value)) deepFreeze(v);
    }
    return value;
  };
  /** Every kept tally against a count from scratch, and the kept sizes against the maps. */
  const drift = (session: Session) => {
    const wrong: string[] = [];
    for (const [id, live] of Object.entries(session.decks))
      for (const round of ['pre', 'post'] as const)
        for (const [slide, answers] of Object.entries(roundAnswers(live, round))) {
          const kept = live.tallies?.[round]?.[Number(slide)];
          const fresh = countAnswers(answers, shapes.kuis.options[Number(slide)]);
          if (JSON.stringify(kept) !== JSON.stringify(fresh)) wrong.push(`${id} ${round} slide ${slide}: kept ${JSON.stringify(kept)}, counted ${JSON.stringify(fresh)}`);
        }
    if (session.sizes.devices !== Object.keys(session.devices).length) wrong.push(`devices ${session.sizes.devices}`);
    if (session.sizes.people !== Object.keys(session.people).length) wrong.push(`people ${session.sizes.people}`);
    return wrong;
  };

  it('never drift from the answers, in place or copied, over thousands of random answers, changes, cards and rounds', () => {
    const next = random(20);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
    const devices = Array.from({ length: 40 }, (_, i) => `device-${String(i).padStart(16, '0')}`);
    const someOf = (options: number) => [...new Set(Array.from({ length: 1 + Math.floor(next() * options) }, () => Math.floor(next() * options)))];
    const actions: LiveAction[] = [];
    for (let i = 0; i < 2000; i++) {
      const r = next();
      const slide = pick([1, 2]);
      if (r < 0.02) actions.push({ type: 'sync', deck: 'kuis', state: at(slide) });
      else if (r < 0.03) actions.push({ type: 'round', round: pick(['pre', 'post'] as const) });
      else if (r < 0.05) actions.push({ type: 'close', deck: 'kuis', slide, closed: next() < 0.5 });
      else if (r < 0.1) actions.push({ type: 'join', device: pick(devices), name: pick(['Ani', undefined]) });
      else if (r < 0.15) actions.push({ type: 'attend', device: pick(devices), person: { name: 'Ani', status: 'PNS', unit: pick(['A', 'B']) }, at: i });
      else if (r < 0.2) actions.push({ type: 'cards', deck: 'kuis', slide, answers: Array.from({ length: 3 }, () => ({ card: 1 + Math.floor(next() * 5), choice: slide === 2 ? someOf(3) : [Math.floor(next() * 3)] })) });
      else actions.push({ type: 'answer', device: pick(devices), deck: 'kuis', slide, choice: slide === 2 ? someOf(3) : [Math.floor(next() * 3)] });
    }
    let copied = emptySession();
    const owned = emptySession();
    let counted = 0;
    const problems: string[] = [];
    for (const [i, action] of actions.entries()) {
      // The copying reducer must not write into the session it was given (frozen: a write throws).
      const a = applyLive(deepFreeze(copied), action, shapes);
      const judged = judgeLive(owned, action, shapes);
      const b = applyLiveInPlace(owned, action, shapes);
      const outcome = (x: Applied) => `${x.refused} ${x.changed}`;
      if (outcome(b) !== outcome(a) || outcome(judged) !== outcome(a) || b.session !== owned) problems.push(`${i}: ${outcome(a)} / ${outcome(b)} / ${outcome(judged)}`);
      copied = a.session;
      if (action.type === 'answer' && a.changed) counted++;
      problems.push(...drift(owned).map((d) => `${i} (${action.type}): ${d}`));
      if (problems.length) break;
    }
    expect(problems).toEqual([]);
    expect(owned).toEqual(copied);
    expect(drift(copied)).toEqual([]);
    // The run did what it is meant to: many answers taken, in both rounds, on both kinds of question.
    expect(counted).toBeGreaterThan(200);
    expect(Object.keys(owned.decks.kuis.post ?? {}).length).toBeGreaterThan(0);
    expect(distribution(owned.decks.kuis, shapes.kuis, 2).answered).toBeGreaterThan(0);
  });

  it('judges without writing, and serves the live count from the tally', () => {
    const s = run([{ type: 'answer', device: A, deck: 'kuis', slide: 1, choice: [2] }], started).session;
    const before = JSON.stringify(s);
    expect(judgeLive(deepFreeze(s), { type: 'answer', device: B, deck: 'kuis', slide: 1, choice: [0] }, shapes)).toEqual({ session: s, changed: true });
    expect(judgeLive(s, { type: 'answer', device: A, deck: 'kuis', slide: 1, choice: [2] }, shapes)).toEqual({ session: s, changed: false });
    expect(JSON.stringify(s)).toBe(before);
    expect(s.decks.kuis.tallies?.pre?.[1]).toEqual({ counts: [0, 0, 1], answered: 1 });
    // The copy handed out is the caller's to change.
    distribution(s.decks.kuis, shapes.kuis, 1).counts[2] = 99;
    expect(distribution(s.decks.kuis, shapes.kuis, 1)).toEqual({ counts: [0, 0, 1], answered: 1 });
  });
});

describe('what a phone sees', () => {
  it('never carries the right answer or the explanation before the reveal', () => {
    const answered = run([{ type: 'answer', device: A, deck: 'kuis', slide: 1, choice: [1] }], started).session;
    const before = JSON.stringify(participantView(answered, decks, A, 0));
    expect(before).not.toContain('correct');
    expect(before).not.toContain('RAHASIA');
    expect(JSON.parse(before).screen).toMatchObject({ kind: 'question', open: true, answer: [1], options: deck.slides[1].kind === 'question' ? deck.slides[1].options : [] });

    const revealed = run([{ type: 'sync', deck: 'kuis', state: reduce(at(1), { type: 'reveal' }, shapes.kuis) }], answered).session;
    expect(participantView(revealed, decks, A, 0).screen).toMatchObject({ open: false, reveal: { correct: [1], right: true } });
    expect(participantView(revealed, decks, B, 0).screen).toMatchObject({ reveal: { right: null } });
  });

  it('shows the pledge text on a pledge slide, waits before any deck, and passes the countdown in seconds', () => {
    const pledge = run([{ type: 'sync', deck: 'kuis', state: at(3, { timer: { seconds: 30, endsAt: 20_000 } }) }], started).session;
    const view = participantView(pledge, decks, A, 10_000);
    expect(view.screen).toEqual({ kind: 'pledge', label: 'Butir 1 dari 1', lead: 'Kami', text: 'netral', confirmed: null });
    expect(view.timer).toBe(10);
    expect(participantView(emptySession(), decks, A, 0).screen).toEqual({ kind: 'wait' });
  });
});

describe('message schemas', () => {
  const p = (m: unknown) => parseIncoming(participantMessage, JSON.stringify(m));
  const f = (m: unknown) => parseIncoming(facilitatorMessage, JSON.stringify(m));
  it('accepts the messages phones and decks send', () => {
    expect(p({ kind: 'join', device: A, name: 'Ani' })).toEqual({ kind: 'join', device: A, name: 'Ani' });
    expect(p({ kind: 'answer', deck: 'kuis', slide: 1, choice: [0] })).toBeDefined();
    expect(f({ kind: 'sync', deck: 'kuis', state: serialiseState(at(1)) })).toBeDefined();
    expect(f({ kind: 'close', deck: 'kuis', slide: 1, closed: true })).toBeDefined();
  });
  it('rejects wrong types, extra fields, other roles, bad ids, non-JSON and oversized frames', () => {
    expect(p({ kind: 'answer', deck: 'kuis', slide: '1', choice: [0] })).toBeUndefined();
    expect(p({ kind: 'answer', deck: 'kuis', slide: 1, choice: [0], device: B })).toBeUndefined();
    expect(p({ kind: 'sync', deck: 'kuis', state: '{}' })).toBeUndefined();
    expect(p({ kind: 'close', deck: 'kuis', slide: 1, closed: true })).toBeUndefined();
    expect(p({ kind: 'join', device: 'short' })).toBeUndefined();
    expect(p({ kind: 'join', device: '../../../etc/passwd-xx' })).toBeUndefined();
    expect(p({ kind: 'answer', deck: 'KUIS!', slide: 1, choice: [0] })).toBeUndefined();
    expect(p({ kind: 'answer', deck: 'kuis', slide: 1, choice: [-1] })).toBeUndefined();
    expect(f({ kind: 'answer', deck: 'kuis', slide: 1, choice: [0] })).toBeUndefined();
    expect(parseIncoming(participantMessage, '{"kind":')).toBeUndefined();
    expect(parseIncoming(participantMessage, 42)).toBeUndefined();
    expect(parseIncoming(participantMessage, JSON.stringify({ kind: 'join', device: A, pad: 'x'.repeat(MAX_FRAME) }))).toBeUndefined();
  });
});

describe('rate limit per device', () => {
  it('allows a burst, then refuses until tokens refill at the set rate', () => {
    let bucket = fullBucket(DEVICE_LIMIT, 0);
    let passed = 0;
    for (let i = 0; i < 50; i++) {
      const r = take(bucket, DEVICE_LIMIT, 0);
      bucket = r.bucket;
      if (r.ok) passed++;
    }
    expect(passed).toBe(DEVICE_LIMIT.burst);
    expect(take(bucket, DEVICE_LIMIT, 100).ok).toBe(false);
    expect(take(bucket, DEVICE_LIMIT, 1000 / DEVICE_LIMIT.rate).ok).toBe(true);
    // A clock going backwards never adds tokens.
    expect(take(bucket, DEVICE_LIMIT, -5000).ok).toBe(false);
  });
});

describe('report and CSV', () => {
  const answered = run(
    [
      { type: 'answer', device: A, deck: 'kuis', slide: 1, choice: [1] },
      { type: 'answer', device: B, deck: 'kuis', slide: 1, choice: [0] },
      { type: 'sync', deck: 'kuis', state: at(2) },
      { type: 'answer', device: A, deck: 'kuis', slide: 2, choice: [0, 2] },
      { type: 'answer', device: B, deck: 'kuis', slide: 2, choice: [0, 2] },
    ],
    started,
  ).session;
  const report = buildReport(answered, decks, 0, 1);

  it('counts devices, the distribution, the share right and the questions most missed', () => {
    expect(report.devices).toBe(2);
    expect(report.names).toEqual(['<b>Ani</b>']);
    expect(report.questions.map((q) => [q.slide, q.answered, q.right, q.rightPercent])).toEqual([
      [2, 2, 1, 50],
      [3, 2, 2, 100],
    ]);
    expect(report.questions[1].options.map((o) => [o.count, o.percent, o.correct])).toEqual([
      [2, 100, true],
      [0, 0, false],
      [2, 100, true],
    ]);
    expect(report.missed.map((q) => q.slide)).toEqual([2]);
  });

  it('writes CSV with a BOM, CRLF, quotes where needed and formulas defused', () => {
    const csv = reportCsv(report);
    expect(csv.startsWith('\uFEFFdek,slide,')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(1 + 6 + 1);
    expect(lines[4]).toBe(`Kuis: Uji,3,Soal 2 dari 2,"Pilih, ""semua""",A,'=SUM(A1),ya,2,100,2,2,100`);
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField(-3)).toBe('-3');
  });

  it('escapes display names in HTML', () => {
    expect(escape('<b>Ani</b> & "x"')).toBe('&lt;b&gt;Ani&lt;/b&gt; &amp; &quot;x&quot;');
  });
});

describe('rooms over the store', () => {
  /** The file store with its change feed held back (as another worker's notification arrives late, or never), counting reads. */
  function slowFeed(dir: string, delay: number | 'never') {
    const store = openFileStore(dir);
    const reads = { n: 0, written: 0 };
    const wrapped: Store = {
      ...store,
      events: (room, after) => (reads.n++, store.events(room, after)),
      subscribe: (listener) =>
        store.subscribe((room, event) => {
          reads.written++;
          if (delay !== 'never') setTimeout(() => listener(room, event), delay);
        }),
    };
    return { store: wrapped, reads };
  }
  const log: LiveAction[] = [
    { type: 'sync', deck: 'kuis', state: at(1) },
    { type: 'join', device: A },
    { type: 'answer', device: A, deck: 'kuis', slide: 1, choice: [2] },
  ];

  it('answer a commit once the feed has applied its event, without reading the log for it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nas-aula-unit-'));
    try {
      const { store, reads } = slowFeed(dir, 30);
      const rooms = await Rooms.open(store, hallDecks([deck]), () => {});
      const room = await rooms.create({ title: 'Satu' });
      const before = reads.n;
      for (const a of log) expect(await room.commit(a)).toEqual({ changed: true });
      expect(room.seq).toBe(3);
      expect(distribution(room.session.decks.kuis, shapes.kuis, 1).answered).toBe(1);
      expect(reads.n).toBe(before);
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('read the log after FEED_GRACE when the feed never brings the event, and answer then', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nas-aula-unit-'));
    try {
      const { store, reads } = slowFeed(dir, 'never');
      const rooms = await Rooms.open(store, hallDecks([deck]), () => {});
      const room = await rooms.create({ title: 'Satu' });
      const before = reads.n;
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      let done = false;
      const committed = room.commit(log[0]).then((r) => ((done = true), r));
      // The write itself is real file I/O: wait in real time (setInterval is not faked) until it is durable.
      const tick = () =>
        new Promise<void>((r) => {
          const t = setInterval(() => (clearInterval(t), r()), 5);
        });
      for (let i = 0; i < 600 && !reads.written; i++) await tick();
      await tick();
      await vi.advanceTimersByTimeAsync(FEED_GRACE / 2);
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(FEED_GRACE);
      expect(await committed).toEqual({ changed: true });
      expect(room.seq).toBe(1);
      expect(reads.n).toBe(before + 1);
      await store.close();
    } finally {
      vi.useRealTimers();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rebuild every room from its log after a restart, and keep rooms apart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nas-aula-unit-'));
    try {
      const noop = () => {};
      const first = await Rooms.open(openFileStore(dir), hallDecks([deck]), noop);
      const one = await first.create({ title: 'Satu' });
      const two = await first.create({ title: 'Dua' });
      expect(one.meta.code).toMatch(JOIN_CODE);
      expect(one.meta.code).not.toBe(two.meta.code);
      const log: LiveAction[] = [
        { type: 'sync', deck: 'kuis', state: at(1) },
        { type: 'join', device: A },
        { type: 'answer', device: A, deck: 'kuis', slide: 1, choice: [2] },
      ];
      for (const a of log) expect(await one.commit(a)).toEqual({ changed: true });
      // Sent again after a reconnect: nothing written, nothing counted twice.
      expect(await one.commit(log[2])).toEqual({ changed: false });
      expect(await two.commit({ type: 'answer', device: A, deck: 'kuis', slide: 1, choice: [2] })).toEqual({ changed: false, refused: 'unknown-device' });
      await first.store.close();
      const second = await Rooms.open(openFileStore(dir), hallDecks([deck]), noop);
      expect(second.get(one.meta.id)!.session).toEqual(one.session);
      expect(second.get(one.meta.id)!.seq).toBe(3);
      expect(second.get(two.meta.id)!.session).toEqual(emptySession());
      expect(second.byCode(one.meta.code.toLowerCase())).toBe(second.get(one.meta.id));
      expect(second.byKey(two.meta.key)).toBe(second.get(two.meta.id));
      expect(second.byKey('salah')).toBeUndefined();
      await second.store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
