/*
 * The hall deck's state machine. Pure: no DOM, no storage, no channel, no clock of its own (the time
 * comes in with the action), so the same reducer runs in every window and in the unit tests. The page
 * script only turns keys, buttons and messages into actions and paints the state it gets back.
 *
 * Two windows of one deck stay in step by sending each other the whole state after every change;
 * sessionStorage keeps the same serialised state so a reload resumes where the session was. Both
 * paths go through `parseState`, which checks every field against the deck's shape and returns
 * undefined for anything else, so a corrupted or foreign value is ignored instead of breaking the page.
 */

/** What the reducer needs to know about a deck: per slide, how many options it has (0: not a question). */
export interface DeckShape {
  options: readonly number[];
}

export interface TimerState {
  /** Length of a countdown in seconds. */
  seconds: number;
  /** When the running countdown ends (ms since the epoch); null when stopped. */
  endsAt: number | null;
}

export interface DeckState {
  /** Current slide, 0-based. */
  slide: number;
  /** Slides whose answer is shown. */
  revealed: number[];
  /** Raised hands per option, for the slides that have a tally. */
  tally: Record<number, number[]>;
  /**
   * Answer cards read by the camera, per slide: card number -> option index, the latest read of each
   * card (src/lib/cards). Optional in stored and logged states written before cards existed.
   */
  cards: Record<number, Record<number, number>>;
  /** The screen is blanked. */
  black: boolean;
  timer: TimerState;
}

export type DeckAction =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'goto'; slide: number }
  /** Shows the answer of the current question, or hides it again. */
  | { type: 'reveal' }
  | { type: 'black' }
  /** Starts the countdown when stopped, stops it when running. */
  | { type: 'timer'; now: number }
  | { type: 'tally'; option: number; value: number }
  /** Card reads for the current slide; a card's newer answer replaces its older one. */
  | { type: 'cards'; answers: readonly { card: number; choice: number }[] }
  /** Forgets the card reads of the current slide (a new sweep). */
  | { type: 'cardsClear' };

/** Default countdown, in seconds. */
export const TIMER_SECONDS = 30;
/** Upper bound for one option's tally: a hall, not a stadium. */
export const MAX_TALLY = 9999;
/** Highest card number a state may hold (the printed cards go to CARD_MAX in src/lib/cards/ids.ts). */
export const MAX_CARD = 999;
/** Version of the serialised form; bump it when the shape changes so old values are dropped. */
export const STATE_VERSION = 1;

export function initialState(seconds = TIMER_SECONDS): DeckState {
  return { slide: 0, revealed: [], tally: {}, cards: {}, black: false, timer: { seconds, endsAt: null } };
}

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));

/** Moving to another slide shows the screen again and stops a countdown that belonged to the old slide. */
function moveTo(state: DeckState, shape: DeckShape, slide: number): DeckState {
  const target = clamp(Math.trunc(slide), 0, Math.max(0, shape.options.length - 1));
  if (target === state.slide) return state.black ? { ...state, black: false } : state;
  return { ...state, slide: target, black: false, timer: { ...state.timer, endsAt: null } };
}

export function reduce(state: DeckState, action: DeckAction, shape: DeckShape): DeckState {
  const last = Math.max(0, shape.options.length - 1);
  switch (action.type) {
    case 'next':
      return moveTo(state, shape, state.slide + 1);
    case 'prev':
      return moveTo(state, shape, state.slide - 1);
    case 'first':
      return moveTo(state, shape, 0);
    case 'last':
      return moveTo(state, shape, last);
    case 'goto':
      return Number.isFinite(action.slide) ? moveTo(state, shape, action.slide) : state;
    case 'reveal': {
      if (!(shape.options[state.slide] > 0)) return state;
      const shown = state.revealed.includes(state.slide);
      const revealed = shown
        ? state.revealed.filter((s) => s !== state.slide)
        : [...state.revealed, state.slide].sort((a, b) => a - b);
      return { ...state, revealed };
    }
    case 'black':
      return { ...state, black: !state.black };
    case 'timer': {
      const running = state.timer.endsAt !== null && state.timer.endsAt > action.now;
      const endsAt = running ? null : action.now + state.timer.seconds * 1000;
      return { ...state, timer: { ...state.timer, endsAt } };
    }
    case 'tally': {
      const options = shape.options[state.slide] ?? 0;
      if (!Number.isInteger(action.option) || action.option < 0 || action.option >= options) return state;
      const value = Number.isFinite(action.value) ? clamp(Math.trunc(action.value), 0, MAX_TALLY) : 0;
      const counts = [...(state.tally[state.slide] ?? new Array<number>(options).fill(0))];
      counts[action.option] = value;
      return { ...state, tally: { ...state.tally, [state.slide]: counts } };
    }
    case 'cards': {
      const options = shape.options[state.slide] ?? 0;
      const before = state.cards[state.slide] ?? {};
      let after: Record<number, number> | undefined;
      for (const { card, choice } of action.answers) {
        if (!isCardNumber(card) || !Number.isInteger(choice) || choice < 0 || choice >= options) continue;
        if ((after ?? before)[card] === choice) continue;
        after ??= { ...before };
        after[card] = choice;
      }
      return after ? { ...state, cards: { ...state.cards, [state.slide]: after } } : state;
    }
    case 'cardsClear': {
      if (!state.cards[state.slide]) return state;
      const { [state.slide]: _dropped, ...cards } = state.cards;
      return { ...state, cards };
    }
  }
}

const isCardNumber = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 1 && (n as number) <= MAX_CARD;

/** Cards per option on a slide (all zero when none was read). */
export function cardCounts(state: DeckState, slide: number, options: number): number[] {
  const counts = new Array<number>(options).fill(0);
  for (const choice of Object.values(state.cards[slide] ?? {})) if (choice < options) counts[choice]++;
  return counts;
}

/** Seconds left on the countdown at `now` (0 when stopped or over). */
export function timeLeft(state: DeckState, now: number): number {
  if (state.timer.endsAt === null) return 0;
  return Math.max(0, Math.ceil((state.timer.endsAt - now) / 1000));
}

export interface TallyRow {
  count: number;
  /** Whole percent of all raised hands on the slide. */
  percent: number;
}

/** The tally of one slide as counts and percentages; undefined when no hand was counted yet. */
export function tallyRows(state: DeckState, slide: number): { rows: TallyRow[]; total: number } | undefined {
  const counts = state.tally[slide];
  if (!counts) return undefined;
  return joinCounts([{ counts }]);
}

/**
 * One distribution from several sources (raised hands, phones, cards): counts added per option,
 * percentages of everyone who answered. A source may say how many people it counted (`people`):
 * on a "pick all" question a phone's answer adds to several options but is one person.
 * Undefined when no source counted anyone.
 */
export function joinCounts(
  sources: readonly ({ counts: readonly number[]; people?: number } | undefined)[],
): { rows: TallyRow[]; total: number } | undefined {
  const present = sources.filter((s) => !!s);
  if (present.length === 0) return undefined;
  const options = Math.max(...present.map((s) => s.counts.length));
  const counts = Array.from({ length: options }, (_, i) => present.reduce((sum, s) => sum + (s.counts[i] ?? 0), 0));
  const total = present.reduce((sum, s) => sum + (s.people ?? s.counts.reduce((a, b) => a + b, 0)), 0);
  if (total === 0) return undefined;
  return { total, rows: counts.map((count) => ({ count, percent: Math.round((count * 100) / total) })) };
}

export function serialiseState(state: DeckState): string {
  return JSON.stringify({ v: STATE_VERSION, ...state });
}

const isCount = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0 && (n as number) <= MAX_TALLY;

/** Validates a value read from storage or a message against the deck; undefined when anything is off. */
export function validateState(value: unknown, shape: DeckShape): DeckState | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  const count = shape.options.length;
  if (v.v !== STATE_VERSION) return undefined;
  if (!Number.isInteger(v.slide) || (v.slide as number) < 0 || (v.slide as number) >= count) return undefined;
  if (typeof v.black !== 'boolean') return undefined;
  if (!Array.isArray(v.revealed) || v.revealed.length > count) return undefined;
  const revealed = v.revealed as unknown[];
  if (!revealed.every((s) => Number.isInteger(s) && shape.options[s as number] > 0)) return undefined;
  if (new Set(revealed).size !== revealed.length) return undefined;
  if (!v.tally || typeof v.tally !== 'object' || Array.isArray(v.tally)) return undefined;
  const tally: Record<number, number[]> = {};
  for (const [key, counts] of Object.entries(v.tally as Record<string, unknown>)) {
    const slide = Number(key);
    if (!/^\d+$/.test(key) || !(shape.options[slide] > 0)) return undefined;
    if (!Array.isArray(counts) || counts.length !== shape.options[slide] || !counts.every(isCount)) return undefined;
    tally[slide] = [...counts];
  }
  // Card reads: absent in states written before cards existed, which stay valid.
  const cards: Record<number, Record<number, number>> = {};
  if (v.cards !== undefined) {
    if (!v.cards || typeof v.cards !== 'object' || Array.isArray(v.cards)) return undefined;
    for (const [key, reads] of Object.entries(v.cards as Record<string, unknown>)) {
      const slide = Number(key);
      if (!/^\d+$/.test(key) || !(shape.options[slide] > 0)) return undefined;
      if (!reads || typeof reads !== 'object' || Array.isArray(reads)) return undefined;
      const entries = Object.entries(reads as Record<string, unknown>);
      if (entries.length > MAX_CARD) return undefined;
      const slideReads: Record<number, number> = {};
      for (const [card, choice] of entries) {
        if (!/^\d+$/.test(card) || !isCardNumber(Number(card))) return undefined;
        if (!Number.isInteger(choice) || (choice as number) < 0 || (choice as number) >= shape.options[slide]) return undefined;
        slideReads[Number(card)] = choice as number;
      }
      cards[slide] = slideReads;
    }
  }
  const timer = v.timer as Record<string, unknown> | null;
  if (!timer || typeof timer !== 'object') return undefined;
  if (!Number.isInteger(timer.seconds) || (timer.seconds as number) < 1 || (timer.seconds as number) > 3600) return undefined;
  if (timer.endsAt !== null && !(typeof timer.endsAt === 'number' && Number.isFinite(timer.endsAt))) return undefined;
  return {
    slide: v.slide as number,
    revealed: [...(revealed as number[])].sort((a, b) => a - b),
    tally,
    cards,
    black: v.black,
    timer: { seconds: timer.seconds as number, endsAt: timer.endsAt as number | null },
  };
}

/** Parses a serialised state; undefined for anything that is not a valid state of this deck. */
export function parseState(text: unknown, shape: DeckShape): DeckState | undefined {
  if (typeof text !== 'string' || text.length > 400_000) return undefined;
  try {
    return validateState(JSON.parse(text), shape);
  } catch {
    return undefined;
  }
}

/** Messages between windows of one deck: a new window asks, the others answer with their state. */
export type DeckMessage = { kind: 'hello'; deck: string } | { kind: 'state'; deck: string; state: string };

export function parseMessage(data: unknown, deck: string, shape: DeckShape): DeckMessage | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const m = data as Record<string, unknown>;
  if (m.deck !== deck) return undefined;
  if (m.kind === 'hello') return { kind: 'hello', deck };
  if (m.kind === 'state' && parseState(m.state, shape)) return { kind: 'state', deck, state: m.state as string };
  return undefined;
}
