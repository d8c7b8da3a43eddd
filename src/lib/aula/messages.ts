/*
 * What a phone or a facilitator deck may send the hall server, as zod schemas. The role comes from
 * the connection (the facilitator key is checked when the socket opens), never from the message, so
 * a participant's "sync" or "close" simply fails to parse. Pure: used by the server and the unit
 * tests; the browser pages do not bundle zod.
 */
import { z } from 'zod';
import { DEVICE_ID, MAX_NAME } from './live';

/** Largest frame the server accepts (ws maxPayload); a serialised deck state is far below this. */
export const MAX_FRAME = 16 * 1024;

const deckId = z.string().regex(/^[a-z0-9-]{1,64}$/);
const slide = z.number().int().min(0).max(999);

export const participantMessage = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('join'), device: z.string().regex(DEVICE_ID), name: z.string().max(MAX_NAME * 2).optional() }),
  z.strictObject({ kind: z.literal('answer'), deck: deckId, slide, choice: z.array(z.number().int().min(0).max(25)).min(1).max(26) }),
]);
export type ParticipantMessage = z.infer<typeof participantMessage>;

export const facilitatorMessage = z.discriminatedUnion('kind', [
  /** The deck's whole serialised state, exactly what the deck's windows send each other. */
  z.strictObject({ kind: z.literal('sync'), deck: deckId, state: z.string().max(MAX_FRAME) }),
  z.strictObject({ kind: z.literal('close'), deck: deckId, slide, closed: z.boolean() }),
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
