import { describe, expect, it } from 'vitest';
import {
  initialState,
  MAX_TALLY,
  parseMessage,
  parseState,
  reduce,
  serialiseState,
  tallyRows,
  timeLeft,
  type DeckAction,
  type DeckShape,
  type DeckState,
} from '../../src/lib/aula/deck-state';
import { commandForKey } from '../../src/lib/aula/keys';

// A title slide, a question with 4 options, a true/false question, a closing slide.
const shape: DeckShape = { options: [0, 4, 2, 0] };
const run = (actions: DeckAction[], from = initialState()) => actions.reduce((s, a) => reduce(s, a, shape), from);

describe('deck navigation', () => {
  it('moves forward and back and stops at both ends', () => {
    expect(run([{ type: 'next' }, { type: 'next' }]).slide).toBe(2);
    expect(run([{ type: 'prev' }]).slide).toBe(0);
    expect(run([{ type: 'last' }, { type: 'next' }]).slide).toBe(3);
    expect(run([{ type: 'last' }, { type: 'first' }]).slide).toBe(0);
    expect(run([{ type: 'goto', slide: 99 }]).slide).toBe(3);
    expect(run([{ type: 'goto', slide: Number.NaN }]).slide).toBe(0);
  });

  it('returns the same object when nothing changes, so no message is sent', () => {
    const s = initialState();
    expect(reduce(s, { type: 'prev' }, shape)).toBe(s);
  });

  it('ends a black screen and a running countdown when the slide changes', () => {
    const s = run([{ type: 'next' }, { type: 'timer', now: 1000 }, { type: 'black' }]);
    expect(s.black).toBe(true);
    expect(s.timer.endsAt).toBe(31_000);
    const moved = reduce(s, { type: 'next' }, shape);
    expect(moved.black).toBe(false);
    expect(moved.timer.endsAt).toBeNull();
  });
});

describe('reveal', () => {
  it('reveals and hides the answer of a question slide, and remembers it per slide', () => {
    const s = run([{ type: 'next' }, { type: 'reveal' }, { type: 'next' }]);
    expect(s.revealed).toEqual([1]);
    expect(run([{ type: 'prev' }, { type: 'reveal' }], s).revealed).toEqual([]);
  });

  it('does nothing on a slide without a question', () => {
    expect(run([{ type: 'reveal' }]).revealed).toEqual([]);
  });
});

describe('black screen and countdown', () => {
  it('toggles the black screen', () => {
    expect(run([{ type: 'black' }]).black).toBe(true);
    expect(run([{ type: 'black' }, { type: 'black' }]).black).toBe(false);
  });

  it('starts a 30 s countdown, counts down, and stops on the second press', () => {
    const started = run([{ type: 'timer', now: 10_000 }]);
    expect(timeLeft(started, 10_000)).toBe(30);
    expect(timeLeft(started, 24_500)).toBe(16);
    expect(timeLeft(started, 60_000)).toBe(0);
    expect(reduce(started, { type: 'timer', now: 12_000 }, shape).timer.endsAt).toBeNull();
  });

  it('starts again after a countdown ran out', () => {
    const started = run([{ type: 'timer', now: 0 }]);
    expect(reduce(started, { type: 'timer', now: 40_000 }, shape).timer.endsAt).toBe(70_000);
  });
});

describe('tally', () => {
  it('keeps raised hands per option and gives counts and percentages', () => {
    const s = run([
      { type: 'next' },
      { type: 'tally', option: 0, value: 3 },
      { type: 'tally', option: 2, value: 9 },
    ]);
    expect(s.tally).toEqual({ 1: [3, 0, 9, 0] });
    expect(tallyRows(s, 1)).toEqual({
      total: 12,
      rows: [
        { count: 3, percent: 25 },
        { count: 0, percent: 0 },
        { count: 9, percent: 75 },
        { count: 0, percent: 0 },
      ],
    });
    expect(tallyRows(s, 2)).toBeUndefined();
  });

  it('clamps odd values and ignores options that do not exist', () => {
    const s = run([{ type: 'next' }, { type: 'tally', option: 1, value: -4 }, { type: 'tally', option: 0, value: 1e9 }]);
    expect(s.tally[1]).toEqual([MAX_TALLY, 0, 0, 0]);
    expect(run([{ type: 'next' }, { type: 'tally', option: 4, value: 1 }]).tally).toEqual({});
    expect(run([{ type: 'tally', option: 0, value: 1 }]).tally).toEqual({});
    expect(run([{ type: 'next' }, { type: 'tally', option: 0, value: Number.NaN }]).tally[1]).toEqual([0, 0, 0, 0]);
  });
});

describe('serialisation', () => {
  const busy: DeckState = run([
    { type: 'next' },
    { type: 'reveal' },
    { type: 'tally', option: 3, value: 7 },
    { type: 'timer', now: 5 },
  ]);

  it('round-trips a state', () => {
    expect(parseState(serialiseState(busy), shape)).toEqual(busy);
    expect(parseState(serialiseState(initialState()), shape)).toEqual(initialState());
  });

  const corrupt: [string, unknown][] = [
    ['not JSON', '{slide:'],
    ['null', 'null'],
    ['a number', '3'],
    ['no version', JSON.stringify({ ...busy })],
    ['another version', JSON.stringify({ ...busy, v: 2 })],
    ['a slide past the end', serialiseState({ ...busy, slide: 4 })],
    ['a negative slide', serialiseState({ ...busy, slide: -1 })],
    ['a fractional slide', serialiseState({ ...busy, slide: 1.5 })],
    ['a revealed title slide', serialiseState({ ...busy, revealed: [0] })],
    ['a revealed slide twice', serialiseState({ ...busy, revealed: [1, 1] })],
    ['a tally of the wrong length', serialiseState({ ...busy, tally: { 1: [1, 2] } })],
    ['a tally on a title slide', serialiseState({ ...busy, tally: { 0: [] } })],
    ['a negative tally', serialiseState({ ...busy, tally: { 1: [1, -2, 0, 0] } })],
    ['a text tally', JSON.stringify({ v: 1, ...busy, tally: { 1: ['1', 0, 0, 0] } })],
    ['a black screen that is not a boolean', JSON.stringify({ v: 1, ...busy, black: 'yes' })],
    ['no timer', JSON.stringify({ v: 1, ...busy, timer: null })],
    ['a timer of zero seconds', serialiseState({ ...busy, timer: { seconds: 0, endsAt: null } })],
    ['a timer ending at text', JSON.stringify({ v: 1, ...busy, timer: { seconds: 30, endsAt: 'soon' } })],
    ['not a string', 42],
    ['an enormous string', ' '.repeat(200_000)],
  ];
  for (const [what, value] of corrupt) {
    it(`rejects ${what}`, () => {
      expect(parseState(value, shape)).toBeUndefined();
    });
  }

  it('rejects a state that fits another deck but not this one', () => {
    const other: DeckShape = { options: [0, 0, 0, 0, 0, 3] };
    const s = reduce(reduce(initialState(), { type: 'last' }, other), { type: 'reveal' }, other);
    expect(parseState(serialiseState(s), other)).toEqual(s);
    expect(parseState(serialiseState(s), shape)).toBeUndefined();
  });
});

describe('channel messages', () => {
  it('accepts hello and valid state messages for this deck only', () => {
    const state = serialiseState(initialState());
    expect(parseMessage({ kind: 'hello', deck: 'ikrar' }, 'ikrar', shape)).toEqual({ kind: 'hello', deck: 'ikrar' });
    expect(parseMessage({ kind: 'state', deck: 'ikrar', state }, 'ikrar', shape)).toEqual({ kind: 'state', deck: 'ikrar', state });
    expect(parseMessage({ kind: 'state', deck: 'pakta', state }, 'ikrar', shape)).toBeUndefined();
    expect(parseMessage({ kind: 'state', deck: 'ikrar', state: '{"v":1}' }, 'ikrar', shape)).toBeUndefined();
    expect(parseMessage({ kind: 'other', deck: 'ikrar' }, 'ikrar', shape)).toBeUndefined();
    expect(parseMessage('hello', 'ikrar', shape)).toBeUndefined();
    expect(parseMessage(null, 'ikrar', shape)).toBeUndefined();
  });
});

describe('keys', () => {
  it('maps the facilitator keys and clicker keys', () => {
    const map = (key: string) => commandForKey({ key, targetTag: 'BODY' });
    expect(['ArrowRight', ' ', 'PageDown'].map(map)).toEqual(['next', 'next', 'next']);
    expect(['ArrowLeft', 'PageUp'].map(map)).toEqual(['prev', 'prev']);
    expect(['Home', 'End', 'r', 'R', 'Enter', 'b', 'B', 't', 'f', 'F', '?'].map(map)).toEqual([
      'first', 'last', 'reveal', 'reveal', 'reveal', 'black', 'black', 'timer', 'fullscreen', 'fullscreen', 'help',
    ]);
    expect(map('x')).toBeUndefined();
  });

  it('leaves keys alone while typing, with modifiers, and for activating a focused button', () => {
    expect(commandForKey({ key: 'ArrowRight', targetTag: 'INPUT' })).toBeUndefined();
    expect(commandForKey({ key: 'b', editable: true, targetTag: 'DIV' })).toBeUndefined();
    expect(commandForKey({ key: 'r', ctrlKey: true })).toBeUndefined();
    expect(commandForKey({ key: 'Enter', targetTag: 'BUTTON' })).toBeUndefined();
    expect(commandForKey({ key: ' ', targetTag: 'A' })).toBeUndefined();
    expect(commandForKey({ key: 'PageDown', targetTag: 'BUTTON' })).toBe('next');
  });
});
