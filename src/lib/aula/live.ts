/*
 * The live hall session: the deck state of deck-state.ts plus what phones add (who joined, which
 * question is closed, each device's answer). Pure like the deck reducer (applyLive): the unit tests
 * drive it directly. The hall server runs the same rules on every accepted message and replays its
 * append-only log through them on start, writing into the room's own session (applyLiveInPlace), so
 * an answer costs the same in a room of 6 000 as in a room of 6. Every refusal is a value, never an
 * exception, so a hostile message cannot crash the server; and an answer only ever touches the
 * entry of the device that sent it.
 */
import { initialState, timeLeft, type DeckShape, type DeckState } from './deck-state';

/**
 * Per slide: the option count (0: not a question), whether several options may be chosen, and
 * whether it is a pledge slide (Ikrar or Pakta text a participant may confirm).
 */
export interface LiveShape extends DeckShape {
  multiple: readonly boolean[];
  pledge?: readonly boolean[];
}

/**
 * Per question slide, per responder: the chosen option indexes, sorted. A responder is a phone (its
 * device id) or a paper answer card (`cardKey(n)`, which no device id can equal).
 */
export type Answers = Record<number, Record<string, number[]>>;

/** Before the talk (also a session without a second round) and after it: the same questions asked twice. */
export type Round = 'pre' | 'post';
export const ROUNDS: readonly Round[] = ['pre', 'post'];

export interface LiveDeck {
  state: DeckState;
  /** Question slides the facilitator closed: no more answers, the phones keep their last one. */
  closed: number[];
  /** The answers of the first (or only) round. */
  answers: Answers;
  /** The answers of the round after the talk, when the facilitator started one. */
  post?: Answers;
  /**
   * Per round and question slide, the distribution of its answers, kept up to date with every
   * answer (setAnswers) so that the live count costs the same with 6 000 phones as with 6: the hall
   * server shows it after every burst of answers, and recounting the map each time made a question
   * quadratic in the number of phones. Always equal to countAnswers() of the same answers (a unit
   * test replays random answers to hold it to that).
   */
  tallies?: Partial<Record<Round, Record<number, Distribution>>>;
}

/** What a participant gave at the door of a room with attendance (daftar hadir). */
export interface Person {
  name: string;
  /** One of EMPLOYEE_STATUSES (src/lib/employee.ts); checked by the message schema. */
  status: string;
  nip?: string;
  unit: string;
  /** The roster entry the participant picked, when the organiser imported one. */
  roster?: string;
}

export interface Session {
  /** The deck the facilitator is showing; phones follow it. */
  current: string | null;
  /** Which round answers count in now. */
  round: Round;
  decks: Record<string, LiveDeck>;
  /** Every device that joined, with its optional display name. */
  devices: Record<string, { name?: string }>;
  /** Attendance per device (rooms with attendance only), with the time it was recorded. */
  people: Record<string, Person & { at: number }>;
  /** Pledge confirmations per device and deck: which version of the text, and when (the first time). */
  pledges: Record<string, Record<string, { version: string; at: number }>>;
  /** How many keys `devices` and `people` have, kept beside them: counting keys on every join was quadratic. */
  sizes: { devices: number; people: number };
}

export type LiveAction =
  /** The facilitator's deck state (whole, as between windows); also makes the deck the current one. */
  | { type: 'sync'; deck: string; state: DeckState }
  | { type: 'close'; deck: string; slide: number; closed: boolean }
  | { type: 'round'; round: Round }
  | { type: 'join'; device: string; name?: string }
  | { type: 'attend'; device: string; person: Person; at: number }
  | { type: 'answer'; device: string; deck: string; slide: number; choice: number[] }
  /** "I have read and agree" on a pledge slide; `version` names the text (a hash of it), so an edit does not rewrite history. */
  | { type: 'pledge'; device: string; deck: string; version: string; at: number }
  /** Paper answer cards the facilitator's camera read on a question slide: a card's latest answer replaces its earlier one. */
  | { type: 'cards'; deck: string; slide: number; answers: { card: number; choice: number[] }[] };

export type Refusal =
  | 'unknown-deck'
  | 'unknown-device'
  | 'not-current'
  | 'not-open'
  | 'bad-choice'
  | 'full'
  | 'not-registered'
  | 'not-pledge';

/** How a room runs: anonymous (the default) or with attendance, where only registered devices answer and confirm. */
export interface RoomRules {
  attendance?: boolean;
}

/** Answer cards are numbered 1..MAX_CARD. */
export const MAX_CARD = 999;
export const cardKey = (card: number) => `#${card}`;
/** The card number of a responder key, or undefined for a phone. */
export const cardOf = (responder: string): number | undefined => (responder.startsWith('#') ? Number(responder.slice(1)) : undefined);

/**
 * Devices in one room; more are refused so memory stays bounded. Sized for the agency service (issue
 * 20: one pledge room of about 6 000 staff), not for a laptop's Wi-Fi, which fills up long before.
 */
export const MAX_DEVICES = 10_000;
export const MAX_NAME = 40;
export const DEVICE_ID = /^[A-Za-z0-9_-]{16,64}$/;

export function emptySession(): Session {
  return { current: null, round: 'pre', decks: {}, devices: {}, people: {}, pledges: {}, sizes: { devices: 0, people: 0 } };
}

/** The answers of one round of a deck (empty when that round has none). */
export const roundAnswers = (live: LiveDeck | undefined, round: Round): Answers => (round === 'post' ? live?.post : live?.answers) ?? {};

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

/** What a phone's answer or pledge must pass first: a known (and, with attendance, registered) device, on the deck on screen. */
function participantGate(
  session: Session,
  action: { device: string; deck: string },
  shapes: Record<string, LiveShape>,
  rules: RoomRules,
): { refused: Refusal } | { shape: LiveShape; live: LiveDeck } {
  if (!session.devices[action.device]) return { refused: 'unknown-device' };
  if (rules.attendance && !session.people[action.device]) return { refused: 'not-registered' };
  const shape = shapes[action.deck];
  const live = session.decks[action.deck];
  if (!shape || !live) return { refused: 'unknown-deck' };
  if (session.current !== action.deck) return { refused: 'not-current' };
  return { shape, live };
}

/**
 * How a step writes. `copying` copies every object on the path it changes and leaves the session it
 * was given alone (the pure reducer: applyLive). `inPlace` writes into the session it was given (the
 * hall server's own session, which nobody else holds: applyLiveInPlace); copying a 6 000-entry
 * answer map for every answer was what made a big room slow. `null` only decides (judgeLive). One
 * step function serves all three, so the rules exist once.
 */
type Own = (<T extends object>(value: T) => T) | null;
const copying = <T extends object>(value: T): T => (Array.isArray(value) ? ([...value] as T) : { ...value });
const inPlace = <T extends object>(value: T): T => value;

/** The session and one of its decks, made writable (copied or not) and linked. */
function ownDeck(session: Session, id: string, live: LiveDeck, own: NonNullable<Own>): { next: Session; deck: LiveDeck } {
  const next = own(session);
  next.decks = own(session.decks);
  const deck = own(live);
  next.decks[id] = deck;
  return { next, deck };
}

const sameChoice = (a: readonly number[] | undefined, b: readonly number[]) => !!a && a.length === b.length && a.every((c, i) => c === b[i]);

/** Sets responders' answers on a slide in the current round, with its tally; unchanged when none differ. */
function setAnswers(session: Session, id: string, live: LiveDeck, slide: number, options: number, entries: [string, readonly number[]][], own: Own): Applied {
  const round = session.round;
  const sorted = entries.map(([responder, given]): [string, number[]] => [responder, [...given].sort((a, b) => a - b)]);
  const current = roundAnswers(live, round)[slide] ?? {};
  if (sorted.every(([responder, choice]) => sameChoice(current[responder], choice))) return { session, changed: false };
  if (!own) return { session, changed: true };
  const { next, deck } = ownDeck(session, id, live, own);
  const answers = own(roundAnswers(deck, round));
  if (round === 'post') deck.post = answers;
  else deck.answers = answers;
  const slideAnswers = (answers[slide] = own(answers[slide] ?? {}));
  const tallies = (deck.tallies = own(deck.tallies ?? {}));
  const roundTallies = (tallies[round] = own(tallies[round] ?? {}));
  const known = roundTallies[slide];
  // A tally from before the deck changed its number of options (a rebuild) is counted again.
  const tally = (roundTallies[slide] =
    known && known.counts.length === options ? own(known) : countAnswers(slideAnswers, options));
  tally.counts = own(tally.counts);
  for (const [responder, choice] of sorted) {
    const before = slideAnswers[responder];
    if (sameChoice(before, choice)) continue;
    if (before) for (const c of before) tally.counts[c]--;
    else tally.answered++;
    for (const c of choice) tally.counts[c]++;
    slideAnswers[responder] = choice;
  }
  return { session: next, changed: true };
}

export interface Applied {
  /** The session after the action: the same object when nothing changed (or, in place, always). */
  session: Session;
  refused?: Refusal;
  /** Whether the action changed the session (false when refused or already so): only then is it logged and broadcast. */
  changed: boolean;
}

/**
 * Applies one action without touching `session`. Returns the same session object when nothing
 * changed (so the caller knows not to log or broadcast), and a refusal reason for answers that are
 * not allowed.
 */
export function applyLive(session: Session, action: LiveAction, shapes: Record<string, LiveShape>, rules: RoomRules = {}): Applied {
  return step(session, action, shapes, rules, copying);
}

/** Applies one action by writing into `session` (for its only owner: the hall server's room). */
export function applyLiveInPlace(session: Session, action: LiveAction, shapes: Record<string, LiveShape>, rules: RoomRules = {}): Applied {
  return step(session, action, shapes, rules, inPlace);
}

/** What applying the action would do (refused, changed or not), without writing anything. */
export function judgeLive(session: Session, action: LiveAction, shapes: Record<string, LiveShape>, rules: RoomRules = {}): Applied {
  return step(session, action, shapes, rules, null);
}

function step(session: Session, action: LiveAction, shapes: Record<string, LiveShape>, rules: RoomRules, own: Own): Applied {
  const unchanged: Applied = { session, changed: false };
  const refuse = (refused: Refusal): Applied => ({ session, refused, changed: false });
  const changed = (next: Session): Applied => ({ session: next, changed: true });
  switch (action.type) {
    case 'sync': {
      if (!shapes[action.deck]) return refuse('unknown-deck');
      const live = session.decks[action.deck] ?? emptyDeck();
      if (session.current === action.deck && JSON.stringify(live.state) === JSON.stringify(action.state)) return unchanged;
      if (!own) return changed(session);
      // A revealed question stays closed when the answer is hidden again: nobody answers after seeing it.
      const newlyRevealed = action.state.revealed.filter((s) => !live.closed.includes(s));
      const closed = newlyRevealed.length ? [...live.closed, ...newlyRevealed].sort((a, b) => a - b) : live.closed;
      const { next, deck } = ownDeck(session, action.deck, live, own);
      next.current = action.deck;
      deck.state = action.state;
      deck.closed = closed;
      return changed(next);
    }
    case 'close': {
      const shape = shapes[action.deck];
      if (!shape) return refuse('unknown-deck');
      if (!(shape.options[action.slide] > 0)) return refuse('not-open');
      const live = session.decks[action.deck] ?? emptyDeck();
      if (live.closed.includes(action.slide) === action.closed) return unchanged;
      if (!own) return changed(session);
      const { next, deck } = ownDeck(session, action.deck, live, own);
      deck.closed = action.closed ? [...live.closed, action.slide].sort((a, b) => a - b) : live.closed.filter((s) => s !== action.slide);
      return changed(next);
    }
    case 'join': {
      const known = session.devices[action.device];
      const name = cleanName(action.name);
      if (known && known.name === name) return unchanged;
      if (!known && session.sizes.devices >= MAX_DEVICES) return refuse('full');
      if (!own) return changed(session);
      const next = own(session);
      next.devices = own(session.devices);
      next.devices[action.device] = name ? { name } : {};
      if (!known) next.sizes = { ...session.sizes, devices: session.sizes.devices + 1 };
      return changed(next);
    }
    case 'round': {
      if (session.round === action.round) return unchanged;
      if (!own) return changed(session);
      // A new round asks the same questions again: what was closed in the last round opens again.
      const next = own(session);
      next.round = action.round;
      next.decks = own(session.decks);
      for (const [id, live] of Object.entries(session.decks)) (next.decks[id] = own(live)).closed = [];
      return changed(next);
    }
    case 'attend': {
      if (!session.devices[action.device]) return refuse('unknown-device');
      const known = session.people[action.device];
      const { at, person } = action;
      const fields = ['name', 'status', 'nip', 'unit', 'roster'] as const;
      if (known && fields.every((f) => known[f] === person[f])) return unchanged;
      if (!own) return changed(session);
      const clean: Person = Object.fromEntries(fields.filter((f) => person[f] !== undefined).map((f) => [f, person[f]])) as unknown as Person;
      const next = own(session);
      next.people = own(session.people);
      next.people[action.device] = { ...clean, at };
      if (!known) next.sizes = { ...session.sizes, people: session.sizes.people + 1 };
      return changed(next);
    }
    case 'answer': {
      const gate = participantGate(session, action, shapes, rules);
      if ('refused' in gate) return refuse(gate.refused);
      const { shape, live } = gate;
      if (!isOpen(live, shape, action.slide)) return refuse('not-open');
      if (!validChoice(shape, action.slide, action.choice)) return refuse('bad-choice');
      return setAnswers(session, action.deck, live, action.slide, shape.options[action.slide], [[action.device, action.choice]], own);
    }
    case 'cards': {
      const shape = shapes[action.deck];
      if (!shape) return refuse('unknown-deck');
      if (!(shape.options[action.slide] > 0)) return refuse('not-open');
      if (!action.answers.every((a) => Number.isInteger(a.card) && a.card >= 1 && a.card <= MAX_CARD && validChoice(shape, action.slide, a.choice))) {
        return refuse('bad-choice');
      }
      const live = session.decks[action.deck] ?? emptyDeck();
      return setAnswers(session, action.deck, live, action.slide, shape.options[action.slide], action.answers.map((a) => [cardKey(a.card), a.choice]), own);
    }
    case 'pledge': {
      const gate = participantGate(session, action, shapes, rules);
      if ('refused' in gate) return refuse(gate.refused);
      const { shape, live } = gate;
      if (!shape.pledge?.[live.state.slide]) return refuse('not-pledge');
      const mine = session.pledges[action.device] ?? {};
      // The first confirmation of a text stands; a replay or a second tap changes nothing.
      if (mine[action.deck]?.version === action.version) return unchanged;
      if (!own) return changed(session);
      const next = own(session);
      next.pledges = own(session.pledges);
      next.pledges[action.device] = { ...mine, [action.deck]: { version: action.version, at: action.at } };
      return changed(next);
    }
  }
}

export interface Distribution {
  /** Devices that chose each option (several per device on a multiple-choice question). */
  counts: number[];
  /** Devices that answered. */
  answered: number;
}

/** Counts one slide's answers from scratch (what the kept tallies must always equal). */
export function countAnswers(answers: Record<string, readonly number[]>, options: number): Distribution {
  const counts = new Array<number>(options).fill(0);
  const given = Object.values(answers);
  for (const choice of given) for (const c of choice) counts[c] = (counts[c] ?? 0) + 1;
  return { counts, answered: given.length };
}

/** Who answered a slide in a round (phones and cards), and how: the kept tally, a copy of it. */
export function distribution(live: LiveDeck | undefined, shape: LiveShape, slide: number, round: Round = 'pre'): Distribution {
  const options = shape.options[slide] ?? 0;
  const tally = live?.tallies?.[round]?.[slide];
  if (tally && tally.counts.length === options) return { counts: [...tally.counts], answered: tally.answered };
  return countAnswers(roundAnswers(live, round)[slide] ?? {}, options);
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
      /** The rules (src/content/rules) the question tests, for the gain per rule. */
      rules?: { id: string; title: string }[];
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
    pledge: deck.slides.map((s) => s.kind === 'pledge'),
  };
}

/**
 * What one phone sees: the current slide without the answer until it is revealed. This is the only
 * thing the server ever sends a participant about a question, so the rule lives in one place.
 */
export interface ParticipantView {
  deck: string | null;
  /** The round answers count in (a new round starts the same question afresh). */
  round: Round;
  title: string;
  slide: number;
  slides: number;
  /** Seconds left on the facilitator's countdown (0: none running). */
  timer: number;
  screen:
    | { kind: 'wait' }
    | { kind: 'info'; title: string; lead?: string }
    | {
        kind: 'pledge';
        label: string;
        lead: string;
        text: string;
        /** When this device confirmed this deck's text (ms), or null. */
        confirmed: number | null;
      }
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
  if (!deck || !live) return { deck: null, round: session.round, title: '', slide: 0, slides: 0, timer: 0, screen: { kind: 'wait' } };
  const index = live.state.slide;
  const slide = deck.slides[index];
  const base = { deck: deck.id, round: session.round, title: deck.title, slide: index, slides: deck.slides.length, timer: timeLeft(live.state, now) };
  if (!slide) return { ...base, screen: { kind: 'wait' } };
  if (slide.kind === 'pledge') {
    const confirmed = session.pledges[device]?.[deck.id]?.at ?? null;
    return { ...base, screen: { kind: 'pledge', label: slide.label, lead: slide.lead, text: slide.text, confirmed } };
  }
  if (slide.kind === 'info') return { ...base, screen: { kind: 'info', title: slide.title, lead: slide.lead } };
  const answer = roundAnswers(live, session.round)[index]?.[device] ?? null;
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
