/*
 * The PostgreSQL store's schema, as an ordered list of migrations (run by migrate.ts on every
 * worker's start). Append a new step; never edit one that has shipped.
 *
 * Events and metadata are `json`, not `jsonb`: `json` keeps the text as written (key order
 * included), so an event read back is the event that was written, and nothing here queries inside it.
 */
import type { Migration } from './migrate.ts';

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'pengaturan, ruang, catatan kejadian',
    sql: `
      -- The server's settings (organiser key, default room): one row.
      CREATE TABLE aula_config (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        config json NOT NULL
      );
      -- One row per room. last_seq is the room's sequence counter: an append takes this row's lock,
      -- so a room's events commit in sequence order (no later number visible before an earlier one).
      CREATE TABLE aula_rooms (
        id text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
        meta json NOT NULL,
        created_at double precision NOT NULL,
        last_seq bigint NOT NULL DEFAULT 0
      );
      -- Each room's append-only event log; deleting a room deletes its events.
      CREATE TABLE aula_events (
        room text NOT NULL REFERENCES aula_rooms (id) ON DELETE CASCADE,
        seq bigint NOT NULL,
        at double precision NOT NULL,
        action json NOT NULL,
        PRIMARY KEY (room, seq)
      );
    `,
  },
];
