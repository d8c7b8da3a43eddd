/*
 * The contract every hall store keeps (server/aula/store.ts), as a reusable suite: the file store
 * runs it in tests/unit/hall-store.test.ts, the PostgreSQL store runs the same function with its own
 * factory. A factory opens a store on a fresh, empty backing; `reopen` opens the same backing again
 * (as a restart would); `second`, when the backend can share one backing between processes, opens
 * another live handle on it (another worker), for the change feed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { LiveAction } from '../../src/lib/aula/live';
import type { RoomMeta, Store, StoredEvent } from '../../server/aula/store';

export interface StoreFactory {
  open(): Promise<Store>;
  reopen(): Promise<Store>;
  second?(): Promise<Store>;
  cleanup(): Promise<void>;
}

export const room = (id: string, extra: Partial<RoomMeta> = {}): RoomMeta => ({
  id,
  title: `Ruang ${id}`,
  code: 'ABC234',
  key: 'k'.repeat(24),
  createdAt: 1_700_000_000_000,
  retentionDays: 90,
  attendance: false,
  units: [],
  roster: [],
  ...extra,
});

const join = (n: number): LiveAction => ({ type: 'join', device: `device-${String(n).padStart(16, '0')}` });
const until = async (check: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

/** `shared`: the backend serves several processes at once (PostgreSQL), so the cross-worker feed is tested too. */
export function storeContract(name: string, make: () => StoreFactory, { shared = false } = {}) {
  describe(`store contract: ${name}`, () => {
    let factory: StoreFactory;
    const opened: Store[] = [];
    const open = async (how: 'open' | 'reopen' | 'second' = 'open') => {
      if (how === 'open') factory = make();
      const store = await factory[how]!();
      opened.push(store);
      return store;
    };
    afterEach(async () => {
      for (const s of opened.splice(0)) await s.close().catch(() => {});
      await factory?.cleanup();
    });

    it('keeps the server settings and room metadata, and lists rooms', async () => {
      const store = await open();
      expect(await store.config()).toBeUndefined();
      await store.putConfig({ serverId: 'srv-1', organiserKey: 'o'.repeat(24), retentionDays: 90, defaultRoom: 'a' });
      expect(await store.config()).toEqual({ serverId: 'srv-1', organiserKey: 'o'.repeat(24), retentionDays: 90, defaultRoom: 'a' });
      await store.putRoom(room('a'));
      await store.putRoom(room('b', { attendance: true, roster: [{ id: 'r1', name: 'Ani', status: 'PNS', nip: '199001012020122001', unit: 'BKPSDM', card: 7 }] }));
      expect(await store.room('b')).toEqual(room('b', { attendance: true, roster: [{ id: 'r1', name: 'Ani', status: 'PNS', nip: '199001012020122001', unit: 'BKPSDM', card: 7 }] }));
      expect(await store.room('c')).toBeUndefined();
      await store.putRoom(room('c', { importedFrom: 'aula-1234abcd/20261203-abcdef' }));
      expect(await store.room('c')).toEqual(room('c', { importedFrom: 'aula-1234abcd/20261203-abcdef' }));
      expect((await store.rooms()).map((r) => r.id).sort()).toEqual(['a', 'b', 'c']);
      await store.putRoom(room('a', { title: 'Baru' }));
      expect((await store.room('a'))?.title).toBe('Baru');
    });

    it('appends events with gapless sequence numbers per room, in order, also when many arrive at once', async () => {
      const store = await open();
      await store.putRoom(room('a'));
      await store.putRoom(room('b'));
      const first = await store.append('a', join(0), 1000);
      expect(first).toEqual({ seq: 1, at: 1000, action: join(0) });
      const many = await Promise.all(Array.from({ length: 200 }, (_, i) => store.append('a', join(i + 1), 2000 + i)));
      expect(many.map((e) => e.seq).sort((x, y) => x - y)).toEqual(Array.from({ length: 200 }, (_, i) => i + 2));
      await store.append('b', join(999), 3000);
      const events = await store.events('a');
      expect(events.map((e) => e.seq)).toEqual(Array.from({ length: 201 }, (_, i) => i + 1));
      // Each resolved event is exactly the one stored under its number.
      for (const e of many) expect(events[e.seq - 1]).toEqual(e);
      expect((await store.events('a', 199)).map((e) => e.seq)).toEqual([200, 201]);
      expect(await store.events('b')).toEqual([{ seq: 1, at: 3000, action: join(999) }]);
      expect(await store.events('nope')).toEqual([]);
    });

    it('refuses to append to a room that does not exist', async () => {
      const store = await open();
      await expect(store.append('nope', join(1), 1)).rejects.toThrow();
    });

    it('keeps every acknowledged event and the room after a restart, and carries on numbering', async () => {
      const store = await open();
      await store.putRoom(room('a'));
      const acked: StoredEvent[] = [];
      for (let i = 0; i < 5; i++) acked.push(await store.append('a', join(i), 100 + i));
      await store.close();
      const again = await open('reopen');
      expect(await again.room('a')).toEqual(room('a'));
      expect(await again.events('a')).toEqual(acked);
      expect((await again.append('a', join(9), 200)).seq).toBe(6);
    });

    it('tells subscribers of each new event, per room in sequence order', async () => {
      const store = await open();
      await store.putRoom(room('a'));
      const heard: [string, number][] = [];
      const stop = store.subscribe((r, e) => heard.push([r, e.seq]));
      await Promise.all([store.append('a', join(1), 1), store.append('a', join(2), 2), store.append('a', join(3), 3)]);
      await until(() => heard.length === 3);
      expect(heard).toEqual([
        ['a', 1],
        ['a', 2],
        ['a', 3],
      ]);
      stop();
      await store.append('a', join(4), 4);
      await new Promise((r) => setTimeout(r, 50));
      expect(heard).toHaveLength(3);
    });

    if (shared) it('feeds another worker the events of this one', async () => {
      const store = await open();
      const other = await open('second');
      await store.putRoom(room('a'));
      const heard: number[] = [];
      other.subscribe((r, e) => r === 'a' && heard.push(e.seq));
      await store.append('a', join(1), 1);
      await store.append('a', join(2), 2);
      await until(() => heard.length >= 2);
      expect(heard).toEqual([1, 2]);
      expect((await other.events('a')).map((e) => e.seq)).toEqual([1, 2]);
    });

    it('deletes a room with all its events, for good', async () => {
      const store = await open();
      await store.putRoom(room('a'));
      await store.putRoom(room('b'));
      await store.append('a', join(1), 1);
      await store.deleteRoom('a');
      expect(await store.room('a')).toBeUndefined();
      expect(await store.events('a')).toEqual([]);
      expect((await store.rooms()).map((r) => r.id)).toEqual(['b']);
      await expect(store.append('a', join(2), 2)).rejects.toThrow();
      await store.close();
      const again = await open('reopen');
      expect(await again.room('a')).toBeUndefined();
      expect(await again.events('a')).toEqual([]);
    });
  });
}
