/*
 * What a worker's append tells the other workers through NOTIFY: the events themselves, so they
 * apply them without reading them back from aula_events (a round trip and a query per batch, on
 * every worker, while a hall answers at once). Pure: the store builds the bodies before it writes
 * and parses what it hears; tests/unit/hall-notify.test.ts pins the format.
 *
 *   e <room> <first seq> <last seq> <JSON array: [at, action] per event, or null>
 *
 * PostgreSQL takes payloads shorter than 8000 bytes, so a batch goes out as several notifications
 * (in one transaction, delivered in order at its COMMIT) and an event too large for one on its own
 * (a deck state, a sweep of answer cards) goes as null. A receiver that finds a null, a body it
 * cannot read, or no notification at all (LISTEN reconnecting) sees a gap in the numbers and reads
 * the missing events from the table: the notification saves the read, it never replaces the log.
 */
import { Buffer } from 'node:buffer';
import type { StoredEvent } from '../store.ts';

/** Bytes left for the JSON body: 7999 less the header (kind, a 40-character room id, two numbers). */
export const NOTIFY_BODY_MAX = 7_900;

/** One notification's share of a batch: its events from index `offset`, `count` of them, as `body`. */
export interface NoticeChunk {
  offset: number;
  count: number;
  body: string;
}

/**
 * Packs a batch (each event as `[at,action]` JSON text, in sequence order) into notification bodies
 * of at most `max` bytes each, every event in exactly one, in order.
 */
export function packNotices(items: readonly string[], max = NOTIFY_BODY_MAX): NoticeChunk[] {
  const chunks: NoticeChunk[] = [];
  let parts: string[] = [];
  let bytes = 2; // the brackets
  let offset = 0;
  const close = () => {
    if (parts.length) chunks.push({ offset, count: parts.length, body: `[${parts.join(',')}]` });
    offset += parts.length;
    parts = [];
    bytes = 2;
  };
  for (const item of items) {
    const size = Buffer.byteLength(item);
    // Too large to travel alone: announced as null, read from the table by whoever needs it.
    const part = size + 2 > max ? 'null' : item;
    const partBytes = part === 'null' ? 4 : size;
    if (parts.length && bytes + 1 + partBytes > max) close();
    bytes += (parts.length ? 1 : 0) + partBytes;
    parts.push(part);
  }
  close();
  return chunks;
}

/** The header of an events notification (cheap: the body is parsed only when it is needed). */
export interface Notice {
  room: string;
  first: number;
  last: number;
  body: string;
}

export function parseNotice(payload: string): Notice | undefined {
  const match = /^e ([a-z0-9-]{1,40}) (\d{1,15}) (\d{1,15}) /.exec(payload);
  if (!match) return undefined;
  const first = Number(match[2]);
  const last = Number(match[3]);
  if (first < 1 || last < first) return undefined;
  return { room: match[1], first, last, body: payload.slice(match[0].length) };
}

/**
 * The events of a notice's body, by sequence number; an entry left out (null, or not an event by
 * `toEvent`'s rules) is missing from the map, and so is everything when the body is not a JSON
 * array of the announced length.
 */
export function noticeEvents(notice: Notice, toEvent: (row: { seq: number; at: number; action: unknown }) => StoredEvent | undefined): Map<number, StoredEvent> {
  const events = new Map<number, StoredEvent>();
  let items: unknown;
  try {
    items = JSON.parse(notice.body);
  } catch {
    return events;
  }
  if (!Array.isArray(items) || items.length !== notice.last - notice.first + 1) return events;
  items.forEach((item, i) => {
    if (!Array.isArray(item) || item.length !== 2 || typeof item[0] !== 'number') return;
    const event = toEvent({ seq: notice.first + i, at: item[0], action: item[1] });
    if (event) events.set(event.seq, event);
  });
  return events;
}
