/*
 * The live hall session: the deck state of deck-state.ts plus what phones add (who joined, which
 * question is closed, each device's answer). Pure like the deck reducer: the hall server runs it on
 * every accepted message and replays its append-only log through it on start, and the unit tests
 * drive it directly. Every refusal is a value, never an exception, so a hostile message cannot crash
 * the server; and an answer only ever touches the entry of the device that sent it.
 */
import { initialState, timeLeft, type DeckShape, type DeckState } from './deck-state';

/** Per slide: the option count (0: not a question) and whether several options may be chosen. */
export interface LiveShape extends DeckShape {
  multiple: readonly boolean[];
}

export interface LiveDeck {
  state: DeckState;
  /** Question slides the facilitator closed: no more answers, the phones keep their last one. */
  closed: number[];
  /** Per question slide, per device id: the chosen option indexes, sorted. */
  answers: Record<number, Record<string, number[]>>;
}

export interface Session {
  /** The deck the facilitator is showing; phones follow it. */
  current: string | null;
  decks: Record<string, LiveDeck>;
  /** Every device that joined, with its optional display name. */
  devices: Record<string, { name?: string }>;
}

export type LiveAction =
  /** The facilitator's deck state (whole, as between windows); also makes the deck the current one. */
  | { type: 'sync'; deck: string; state: DeckState }
  | { type: 'close'; deck: string; slide: number; closed: boolean }
  | { type: 'join'; device: string; name?: string }
  | { type: 'answer'; device: string; deck: string; slide: number; choice: number[] };

export type Refusal = 'unknown-deck' | 'unknown-device' | 'not-current' | 'not-open' | 'bad-choice' | 'full';

/** A hall, not a stadium: more devices than this are refused so memory stays bounded. */
export const MAX_DEVICES = 5000;
export const MAX_NAME = 40;
export const DEVICE_ID = /^[A-Za-z0-9_-]{16,64}$/;

export function emptySession(): Session {
  return { current: null, decks: {}, devices: {} };
}

const emptyDeck = (): LiveDeck => ({ state: initialState(), closed: [], answers: {} });

/** Trims a display name and drops control characters; empty means no name. */
export function cleanName(name: string | undefined): string | undefined {
  const clean = (name ?? '').replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '').trim().slice(0, MAX_NAME);
  return clean || undefined;
}

/** Whether phones may answer `slide` of this deck now: the current question, not revealed, not closed. */
export function isOpen(live: LiveDeck, shape: LiveShape, slide: number): boolean {
  return (
    slide === live.state.slide &&
    shape.options[slide] > 0 &&
    !live.state.revealed.includes(slide) &&
    !live.closed.includes(slide)
  );
}

/** A valid choice for the slide: in range, no repeats, exactly one unless several are allowed. */
export function validChoice(shape: LiveShape, slide: number, choice: readonly number[]): boolean {
  const options = shape.options[slide] ?? 0;
  if (choice.length === 0 || choice.length > options) return false;
  if (!shape.multiple[slide] && choice.length !== 1) return false;
  if (new Set(choice).size !== choice.length) return false;
  return choice.every((c) => Number.isInteger(c) && c >= 0 && c < options);
}

export interface Applied {
  session: Session;
  refused?: Refusal;
}

/**
 * Applies one action. Returns the same session object when nothing changed (so the caller knows not
 * to log or broadcast), and a refusal reason for answers that are not allowed.
 */
export function applyLive(session: Session, action: LiveAction, shapes: Record<string, LiveShape>): Applied {
  switch (action.type) {
    case 'sync': {
      if (!shapes[action.deck]) return { session, refused: 'unknown-deck' };
      const live = session.decks[action.deck] ?? emptyDeck();
      if (session.current === action.deck && JSON.stringify(live.state) === JSON.stringify(action.state)) return { session };
      // A revealed question stays closed when the answer is hidden again: nobody answers after seeing it.
      const newlyRevealed = action.state.revealed.filter((s) => !live.closed.includes(s));
      const closed = newlyRevealed.length ? [...live.closed, ...newlyRevealed].sort((a, b) => a - b) : live.closed;
      return {
        session: { ...session, current: action.deck, decks: { ...session.decks, [action.deck]: { ...live, state: action.state, closed } } },
      };
    }
    case 'close': {
      const shape = shapes[action.deck];
      if (!shape) return { session, refused: 'unknown-deck' };
      if (!(shape.options[action.slide] > 0)) return { session, refused: 'not-open' };
      const live = session.decks[action.deck] ?? emptyDeck();
      if (live.closed.includes(action.slide) === action.closed) return { session };
      const closed = action.closed
        ? [...live.closed, action.slide].sort((a, b) => a - b)
        : live.closed.filter((s) => s !== action.slide);
      return { session: { ...session, decks: { ...session.decks, [action.deck]: { ...live, closed } } } };
    }
    case 'join': {
      const known = session.devices[action.device];
      const name = cleanName(action.name);
      if (known && known.name === name) return { session };
      if (!known && Object.keys(session.devices).length >= MAX_DEVICES) return { session, refused: 'full' };
      return { session: { ...session, devices: { ...session.devices, [action.device]: name ? { name } : {} } } };
    }
    case 'answer': {
      if (!session.devices[action.device]) return { session, refused: 'unknown-device' };
      const shape = shapes[action.deck];
      const live = session.decks[action.deck];
      if (!shape || !live) return { session, refused: 'unknown-deck' };
      if (session.current !== action.deck) return { session, refused: 'not-current' };
      if (!isOpen(live, shape, action.slide)) return { session, refused: 'not-open' };
      if (!validChoice(shape, action.slide, action.choice)) return { session, refused: 'bad-choice' };
      const choice = [...action.choice].sort((a, b) => a - b);
      const slideAnswers = live.answers[action.slide] ?? {};
      if (slideAnswers[action.device]?.join() === choice.join()) return { session };
      const answers = { ...live.answers, [action.slide]: { ...slideAnswers, [action.device]: choice } };
      return { session: { ...session, decks: { ...session.decks, [action.deck]: { ...live, answers } } } };
    }
  }
}

export interface Distribution {
  /** Devices that chose each option (several per device on a multiple-choice question). */
  counts: number[];
  /** Devices that answered. */
  answered: number;
}

export function distribution(live: LiveDeck | undefined, shape: LiveShape, slide: number): Distribution {
  const counts = new Array<number>(shape.options[slide] ?? 0).fill(0);
  const answers = Object.values(live?.answers[slide] ?? {});
  for (const choice of answers) for (const c of choice) counts[c] = (counts[c] ?? 0) + 1;
  return { counts, answered: answers.length };
}

/** Whole percent of the devices that answered (so a multiple-choice row reads "chosen by 40%"). */
export const percentOf = (count: number, answered: number) => (answered === 0 ? 0 : Math.round((count * 100) / answered));

/** Whether a choice is exactly the set of right options. */
export const isRight = (choice: readonly number[], correct: readonly number[]) =>
  choice.length === correct.length && [...choice].sort((a, b) => a - b).every((c, i) => c === [...correct].sort((a, b) => a - b)[i]);

/* ---------- What the hall server knows about each deck (built by src/pages/aula/dek.json.ts) ---------- */

export type HallSlide =
  | {
      kind: 'question';
      questionId: string;
      label: string;
      type: 'single' | 'multiple' | 'truefalse' | 'verdict';
      promptHtml: string;
      /** The prompt as plain text, for the report and its CSV. */
      promptText: string;
      options: string[];
      correct: number[];
      explanationHtml: string;
    }
  | { kind: 'pledge'; label: string; lead: string; text: string }
  | { kind: 'info'; title: string; lead?: string };

export interface HallDeck {
  id: string;
  title: string;
  slides: HallSlide[];
}

export function shapeOf(deck: HallDeck): LiveShape {
  return {
    options: deck.slides.map((s) => (s.kind === 'question' ? s.options.length : 0)),
    multiple: deck.slides.map((s) => s.kind === 'question' && s.type === 'multiple'),
  };
}

/**
 * What one phone sees: the current slide without the answer until it is revealed. This is the only
 * thing the server ever sends a participant about a question, so the rule lives in one place.
 */
export interface ParticipantView {
  deck: string | null;
  title: string;
  slide: number;
  slides: number;
  /** Seconds left on the facilitator's countdown (0: none running). */
  timer: number;
  screen:
    | { kind: 'wait' }
    | { kind: 'info'; title: string; lead?: string }
    | { kind: 'pledge'; label: string; lead: string; text: string }
    | {
        kind: 'question';
        label: string;
        multiple: boolean;
        promptHtml: string;
        options: string[];
        open: boolean;
        /** This device's counted answer. */
        answer: number[] | null;
        reveal?: { correct: number[]; explanationHtml: string; right: boolean | null };
      };
}

export function participantView(session: Session, decks: Record<string, HallDeck>, device: string, now: number): ParticipantView {
  const deck = session.current ? decks[session.current] : undefined;
  const live = deck && session.decks[deck.id];
  if (!deck || !live) return { deck: null, title: '', slide: 0, slides: 0, timer: 0, screen: { kind: 'wait' } };
  const index = live.state.slide;
  const slide = deck.slides[index];
  const base = { deck: deck.id, title: deck.title, slide: index, slides: deck.slides.length, timer: timeLeft(live.state, now) };
  if (!slide) return { ...base, screen: { kind: 'wait' } };
  if (slide.kind === 'pledge') return { ...base, screen: { kind: 'pledge', label: slide.label, lead: slide.lead, text: slide.text } };
  if (slide.kind === 'info') return { ...base, screen: { kind: 'info', title: slide.title, lead: slide.lead } };
  const answer = live.answers[index]?.[device] ?? null;
  const revealed = live.state.revealed.includes(index);
  return {
    ...base,
    screen: {
      kind: 'question',
      label: slide.label,
      multiple: slide.type === 'multiple',
      promptHtml: slide.promptHtml,
      options: slide.options,
      open: isOpen(live, shapeOf(deck), index),
      answer,
      ...(revealed && {
        reveal: {
          correct: slide.correct,
          explanationHtml: slide.explanationHtml,
          right: answer ? isRight(answer, slide.correct) : null,
        },
      }),
    },
  };
}
