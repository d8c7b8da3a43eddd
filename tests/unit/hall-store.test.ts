/* The laptop's file store: the shared store contract, plus what only a file log has (a line torn by kill -9); the terminal's network guess. */
import { appendFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openFileStore } from '../../server/aula/file-store';
import { guessNetwork } from '../../server/aula/network';
import { room, storeContract } from '../support/store-contract';

storeContract('file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nas-store-'));
  return {
    open: async () => openFileStore(dir),
    reopen: async () => openFileStore(dir),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
});

describe('file store', () => {
  it('skips a line torn by a crash, keeps everything before it, and appends after it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nas-store-'));
    try {
      const store = openFileStore(dir);
      await store.putRoom(room('a'));
      await store.append('a', { type: 'join', device: 'device-aaaaaaaaaaaaaaaa' }, 1);
      await store.close();
      appendFileSync(join(dir, 'ruang', 'a.jsonl'), '{"s":2,"t":2,"a":{"type":"join","dev'); // killed mid-write
      const again = openFileStore(dir);
      expect((await again.events('a')).map((e) => e.seq)).toEqual([1]);
      expect((await again.append('a', { type: 'join', device: 'device-bbbbbbbbbbbbbbbb' }, 3)).seq).toBe(2);
      expect((await again.events('a')).map((e) => e.seq)).toEqual([1, 2]);
      await again.close();
      // Keys stay on this machine: the files are readable by their owner only.
      const mode = (f: string) => statSync(f).mode & 0o777;
      expect(mode(join(dir, 'ruang', 'a.json'))).toBe(0o600);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('drops lines that are not a valid action, so a hand-edited log cannot feed the reducer garbage', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nas-store-'));
    try {
      const store = openFileStore(dir);
      await store.putRoom(room('a'));
      await store.close();
      appendFileSync(
        join(dir, 'ruang', 'a.jsonl'),
        ['{"s":1,"t":1,"a":{"type":"answer","device":"x","deck":"d","slide":1,"choice":[0]}}', '{"s":2,"t":1,"a":{"type":"drop-table"}}', '{"s":3,"t":1,"a":{"type":"round","round":"post"}}', ''].join('\n'),
      );
      expect((await openFileStore(dir).events('a')).map((e) => e.seq)).toEqual([3]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('network guess for the terminal', () => {
  it('recognises the default hotspot ranges and says nothing for other networks', () => {
    expect(guessNetwork('192.168.137.1')).toEqual({ kind: 'hotspot-windows', capacity: 8 });
    expect(guessNetwork('192.168.43.17')).toEqual({ kind: 'hotspot-phone', capacity: 8 });
    expect(guessNetwork('172.20.10.2')).toEqual({ kind: 'hotspot-iphone', capacity: 5 });
    expect(guessNetwork('10.1.2.3', 'ap0')).toEqual({ kind: 'hotspot-linux', capacity: 10 });
    expect(guessNetwork('192.168.1.10', 'wlan0')).toBeUndefined();
    expect(guessNetwork('127.0.0.1')).toBeUndefined();
  });
});
