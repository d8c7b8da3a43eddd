/*
 * The events a worker's NOTIFY carries (server/aula/postgres/notify.ts): every event of a batch in
 * exactly one notification, each under PostgreSQL's 8000-byte limit, the too-large ones as null;
 * and a receiver that takes only what it can read and leaves the rest to the table.
 */
import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { NOTIFY_BODY_MAX, noticeEvents, packNotices, parseNotice } from '../../server/aula/postgres/notify';
import type { StoredEvent } from '../../server/aula/store';
import { parseStoredAction } from '../../src/lib/aula/messages';

const toEvent = (row: { seq: number; at: number; action: unknown }): StoredEvent | undefined => {
  const action = parseStoredAction(row.action);
  return action ? { seq: row.seq, at: row.at, action } : undefined;
};
const answer = (i: number) => ({ type: 'answer', device: `perangkat-${String(i).padStart(12, '0')}`, deck: 'dek', slide: 2, choice: [i % 4] });
const item = (at: number, action: unknown) => `[${JSON.stringify(at)},${JSON.stringify(action)}]`;
/** What pg_notify would send for a chunk, the first event of the batch being `first`. */
const payload = (room: string, first: number, c: { offset: number; count: number; body: string }) =>
  `e ${room} ${first + c.offset} ${first + c.offset + c.count - 1} ${c.body}`;

describe('packNotices', () => {
  it('puts every event in exactly one body, in order, each body under the limit in bytes', () => {
    // Names in two-byte letters: the limit is bytes, not characters.
    const items = Array.from({ length: 700 }, (_, i) => item(1_700_000_000_000 + i, { type: 'join', device: `perangkat-${String(i).padStart(12, '0')}`, name: 'Éé'.repeat(20) }));
    const chunks = packNotices(items);
    expect(chunks.length).toBeGreaterThan(5);
    let next = 0;
    for (const c of chunks) {
      expect(c.offset).toBe(next);
      expect(Buffer.byteLength(c.body)).toBeLessThanOrEqual(NOTIFY_BODY_MAX);
      expect(JSON.parse(c.body)).toEqual(items.slice(c.offset, c.offset + c.count).map((x) => JSON.parse(x)));
      next += c.count;
    }
    expect(next).toBe(items.length);
    // The longest header (a 40-character room, 15-digit numbers) still leaves the payload under 8000 bytes.
    const longest = Math.max(...chunks.map((c) => Buffer.byteLength(payload('r'.repeat(40), 999_999_999_999_999 - 1000, c))));
    expect(longest).toBeLessThan(8000);
  });

  it('never puts a raw newline in a body (the store joins bodies with newlines)', () => {
    const chunks = packNotices([item(1, { type: 'join', device: 'perangkat-000000000001', name: 'baris\nbaru\r' })]);
    expect(chunks[0].body).not.toMatch(/[\n\r]/);
    expect(JSON.parse(chunks[0].body)[0][1].name).toBe('baris\nbaru\r');
  });

  it('sends an event too large for a notification as null, keeping its place', () => {
    const big = item(5, { type: 'cards', deck: 'dek', slide: 1, answers: Array.from({ length: 500 }, (_, i) => ({ card: i + 1, choice: [1] })) });
    expect(Buffer.byteLength(big)).toBeGreaterThan(NOTIFY_BODY_MAX);
    const chunks = packNotices([item(4, answer(4)), big, item(6, answer(6))]);
    expect(chunks).toHaveLength(1);
    expect(JSON.parse(chunks[0].body)).toEqual([[4, answer(4)], null, [6, answer(6)]]);
  });
});

describe('parseNotice and noticeEvents', () => {
  it('gives back the events as written, numbered from the first', () => {
    const items = [item(10, answer(1)), item(11, answer(2))];
    const [chunk] = packNotices(items);
    const notice = parseNotice(payload('ruang-1', 41, chunk))!;
    expect(notice).toMatchObject({ room: 'ruang-1', first: 41, last: 42 });
    expect([...noticeEvents(notice, toEvent).values()]).toEqual([
      { seq: 41, at: 10, action: answer(1) },
      { seq: 42, at: 11, action: answer(2) },
    ]);
  });

  it('leaves out a null, an entry that is not an event, and everything of a body of the wrong length or not JSON', () => {
    const body = JSON.stringify([[1, answer(1)], null, [3, { type: 'answer', device: 'x' }], [4, answer(4)]]);
    const events = noticeEvents(parseNotice(`e r 1 4 ${body}`)!, toEvent);
    expect([...events.keys()]).toEqual([1, 4]);
    expect(noticeEvents(parseNotice(`e r 1 5 ${body}`)!, toEvent).size).toBe(0);
    expect(noticeEvents(parseNotice('e r 1 1 [[1,')!, toEvent).size).toBe(0);
  });

  it('refuses a header that is not one of ours', () => {
    for (const p of ['a r 5', 'e R 1 2 []', 'e r 0 1 []', 'e r 3 2 []', 'e r 1 2', `e ${'r'.repeat(41)} 1 1 []`]) expect(parseNotice(p)).toBeUndefined();
  });
});
