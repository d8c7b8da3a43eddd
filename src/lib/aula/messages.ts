/*
 * What a phone or a facilitator deck may send the hall server, and what the server keeps in its event
 * log, as zod schemas. The role comes from the connection (the facilitator key is checked when the
 * socket opens), never from the message, so a participant's "sync" or "close" simply fails to parse.
 * Pure: used by the server and the unit tests; the browser pages do not bundle zod.
 */
import { z } from 'zod';
import { STATE_VERSION, validateState, type DeckState } from './deck-state';
import { DEVICE_ID, MAX_CARD, MAX_NAME, type LiveAction } from './live';
import { EMPLOYEE_STATUSES, hasNip, NIP_LENGTH, validateIdentity, type EmployeeStatus } from '../employee';

/** Largest frame the server accepts (ws maxPayload); a serialised deck state is far below this. */
export const MAX_FRAME = 16 * 1024;
/** Most answer cards in one message (a hall of cards, read in one sweep). */
export const MAX_CARDS_PER_MESSAGE = 500;
export const MAX_UNIT = 80;
export const ROSTER_ID = /^[A-Za-z0-9_-]{1,40}$/;

const deckId = z.string().regex(/^[a-z0-9-]{1,64}$/);
const slide = z.number().int().min(0).max(999);
const choice = z.array(z.number().int().min(0).max(25)).min(1).max(26);
const round = z.enum(['pre', 'post']);
/** Free text shown in reports: no control characters, trimmed, bounded. */
const text = (max: number) =>
  z
    .string()
    .max(max * 2)
    .transform((s) => s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '').trim().slice(0, max))
    .pipe(z.string().min(1));

/**
 * A participant's attendance as typed on the join page: name, status (the list of
 * src/lib/employee.ts), NIP when they have one (the certificate's checks), and unit.
 */
export const personInput = z
  .strictObject({
    name: text(MAX_NAME * 2),
    status: z.enum(EMPLOYEE_STATUSES),
    nip: z.string().max(NIP_LENGTH * 2).optional(),
    unit: text(MAX_UNIT),
  })
  .transform((p) => ({ ...p, nip: p.nip?.trim() || undefined }))
  // The certificate's checks; a status without a NIP (hasNip) takes none.
  .refine((p) => (hasNip(p.status) || !p.nip) && validateIdentity({ status: p.status as EmployeeStatus, nip: p.nip ?? '', staffNumber: '' }, { complete: false }).length === 0, {
    path: ['nip'],
    message: 'nip',
  });
export type PersonInput = z.infer<typeof personInput>;

export const participantMessage = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('join'), device: z.string().regex(DEVICE_ID), name: z.string().max(MAX_NAME * 2).optional() }),
  /** Attendance: typed in full, or a roster entry picked by id or found by NIP. */
  z.strictObject({
    kind: z.literal('attend'),
    person: personInput.optional(),
    roster: z.string().regex(ROSTER_ID).optional(),
    nip: z.string().regex(/^\d{18}$/).optional(),
  }),
  z.strictObject({ kind: z.literal('answer'), deck: deckId, slide, choice }),
  z.strictObject({ kind: z.literal('pledge'), deck: deckId }),
]);
export type ParticipantMessage = z.infer<typeof participantMessage>;

export const cardAnswers = z
  .array(z.strictObject({ card: z.number().int().min(1).max(MAX_CARD), choice }))
  .max(MAX_CARDS_PER_MESSAGE);

export const facilitatorMessage = z.discriminatedUnion('kind', [
  /** The deck's whole serialised state, exactly what the deck's windows send each other. */
  z.strictObject({ kind: z.literal('sync'), deck: deckId, state: z.string().max(MAX_FRAME) }),
  z.strictObject({ kind: z.literal('close'), deck: deckId, slide, closed: z.boolean() }),
  /** Answer cards read by the deck's camera (issue 18): a card's latest answer replaces its earlier one. */
  z.strictObject({ kind: z.literal('cards'), deck: deckId, slide, answers: cardAnswers }),
  /** Starts the round before or after the talk (pre/post questions). */
  z.strictObject({ kind: z.literal('round'), round }),
]);
export type FacilitatorMessage = z.infer<typeof facilitatorMessage>;

/** Parses a text frame for a role; undefined for anything that is not JSON of the right shape. */
export function parseIncoming<T>(schema: z.ZodType<T>, data: unknown): T | undefined {
  if (typeof data !== 'string' || data.length > MAX_FRAME) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return undefined;
  }
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
}

/* ---------- The event log: what a store keeps, checked again when it is read back ---------- */

const device = z.string().regex(DEVICE_ID);
const storedPerson = z.strictObject({
  name: z.string().min(1).max(MAX_NAME * 2),
  status: z.enum(EMPLOYEE_STATUSES),
  nip: z.string().regex(/^\d{18}$/).optional(),
  unit: z.string().min(1).max(MAX_UNIT),
  roster: z.string().regex(ROSTER_ID).optional(),
});
const time = z.number().int().min(0);
const deckState = z.custom<DeckState>((v) => !!v && typeof v === 'object');

/**
 * One logged action, as the reducer takes it. A store hands back only what passes this (a torn or
 * foreign line is skipped); the sync state's fit to its deck is checked by `storedActionFits`.
 */
export const storedAction = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('sync'), deck: deckId, state: deckState }),
  z.strictObject({ type: z.literal('close'), deck: deckId, slide, closed: z.boolean() }),
  z.strictObject({ type: z.literal('round'), round }),
  z.strictObject({ type: z.literal('join'), device, name: z.string().max(MAX_NAME * 2).optional() }),
  z.strictObject({ type: z.literal('attend'), device, person: storedPerson, at: time }),
  z.strictObject({ type: z.literal('answer'), device, deck: deckId, slide, choice }),
  z.strictObject({ type: z.literal('pledge'), device, deck: deckId, version: z.string().regex(/^[a-f0-9]{8,64}$/), at: time }),
  z.strictObject({ type: z.literal('cards'), deck: deckId, slide, answers: cardAnswers }),
]);

/**
 * Parses a logged action; undefined when it is not one. With the decks' shapes, a sync's state must
 * also fit its deck (a store checks the shape only; the hall, which knows the decks, checks the fit).
 */
export function parseStoredAction(value: unknown, shapes?: Record<string, { options: readonly number[] }>): LiveAction | undefined {
  const result = storedAction.safeParse(value);
  if (!result.success) return undefined;
  const action = result.data as LiveAction;
  if (action.type === 'sync' && shapes) {
    const shape = shapes[action.deck];
    const state = shape && validateState({ v: STATE_VERSION, ...action.state }, shape);
    return state ? { ...action, state } : undefined;
  }
  return action;
}
