/*
 * Schema migrations for the PostgreSQL store, run by every worker on start. A short ordered list
 * (server/aula/store/schema.ts) and a table recording which versions are in; no migrator package,
 * because the list is small and PostgreSQL's DDL is transactional: all pending steps run in one
 * transaction, so a failed step leaves the schema as it was.
 *
 * Several workers start at once under systemd: a transaction-scoped advisory lock makes the second
 * wait for the first and then find nothing to do. A database newer than this program (an older
 * worker left running after an upgrade) is refused rather than written with the old rules.
 */
import type pg from 'pg';
import { hallServer as t } from '../../../src/i18n/hall-server.ts';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Any constant: the lock only has to be the same number in every worker. */
const MIGRATION_LOCK = 4_202_612;

/** Brings the schema up to the last migration; returns the version now in force. */
export async function migrate(pool: pg.Pool, migrations: readonly Migration[], log: (line: string) => void = () => {}): Promise<number> {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${m.name}: version ${m.version}, expected ${i + 1}`);
  });
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS aula_schema (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const { rows } = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM aula_schema');
    const have = rows[0].v ?? 0;
    if (have > migrations.length) throw new Error(t.schemaTooNew(have, migrations.length));
    for (const m of migrations.slice(have)) {
      await client.query(m.sql);
      await client.query('INSERT INTO aula_schema (version, name) VALUES ($1, $2)', [m.version, m.name]);
      log(t.migrated(m.version, m.name));
    }
    await client.query('COMMIT');
    return migrations.length;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
