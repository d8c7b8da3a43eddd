/*
 * A room's records as one JSON file, to keep, to delete the room after, or to import on another
 * server for the unit's rekap (sessions held on several laptops). The file carries the room's
 * events, not computed numbers, so the importing server runs the same reducer and reports on them;
 * no facilitator key and no join code leave the server. Importing the same room twice changes
 * nothing: its local id is derived from where it came from.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { storedAction } from '../../src/lib/aula/messages.ts';
import type { RoomRecord } from '../../src/lib/aula/report.ts';
import type { Room, Rooms } from './rooms.ts';
import type { LiveAction } from '../../src/lib/aula/live.ts';

export const FORMAT = 'netralitas-aula';
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

const rosterEntry = z.strictObject({
  id: z.string().max(40),
  name: z.string().max(200),
  status: z.string().max(20),
  nip: z.string().max(40).optional(),
  unit: z.string().max(200),
  card: z.number().int().min(1).max(999).optional(),
});

const exportedRoom = z.strictObject({
  server: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/),
  title: z.string().max(200),
  createdAt: z.number().int().min(0),
  retentionDays: z.number().int().min(1).max(3650),
  attendance: z.boolean(),
  units: z.array(z.string().max(200)).max(500),
  roster: z.array(rosterEntry).max(5000),
  events: z.array(z.strictObject({ seq: z.number().int().min(1), at: z.number().int().min(0), action: storedAction })).max(500_000),
});
export const exportFile = z.strictObject({
  format: z.literal(FORMAT),
  version: z.literal(1),
  exportedAt: z.number().int(),
  rooms: z.array(exportedRoom).max(1000),
});
export type ExportFile = z.infer<typeof exportFile>;

/** Where a room came from: this server, or the server and room of an import. */
export function originOf(room: Room, serverId: string): { server: string; id: string } {
  const [server, id] = (room.meta.importedFrom ?? '').split('/');
  return server && id ? { server, id } : { server: serverId, id: room.meta.id };
}

export async function exportRooms(rooms: Rooms, list: Room[], now = Date.now()): Promise<ExportFile> {
  const out: ExportFile['rooms'] = [];
  for (const room of list) {
    const { meta } = room;
    out.push({
      ...originOf(room, rooms.config.serverId),
      title: meta.title,
      createdAt: meta.createdAt,
      retentionDays: meta.retentionDays,
      attendance: meta.attendance,
      units: meta.units,
      roster: meta.roster,
      events: (await rooms.store.events(meta.id)) as ExportFile['rooms'][number]['events'],
    });
  }
  return { format: FORMAT, version: 1, exportedAt: now, rooms: out };
}

/** Imports an export's rooms; returns how many were new (a room imported before is skipped). */
export async function importRooms(rooms: Rooms, file: ExportFile): Promise<{ added: number; skipped: number }> {
  let added = 0;
  let skipped = 0;
  for (const r of file.rooms) {
    const local = `i-${createHash('sha256').update(`${r.server}/${r.id}`).digest('hex').slice(0, 16)}`;
    if (r.server === rooms.config.serverId || (await rooms.load(local))) {
      skipped++;
      continue;
    }
    await rooms.store.putRoom({
      id: local,
      title: r.title,
      code: '',
      key: '',
      createdAt: r.createdAt,
      retentionDays: r.retentionDays,
      attendance: r.attendance,
      units: r.units,
      roster: r.roster,
      importedFrom: `${r.server}/${r.id}`,
    });
    for (const e of r.events) await rooms.store.append(local, e.action as LiveAction, e.at);
    await rooms.load(local);
    added++;
  }
  return { added, skipped };
}

/** A room as the rekap reads it. */
export function recordOf(room: Room, serverId: string): RoomRecord {
  const { meta, session } = room;
  return { ...originOf(room, serverId), title: meta.title, createdAt: meta.createdAt, attendance: meta.attendance, roster: meta.roster, session };
}
