/*
 * The server mode's connection to PostgreSQL, from the environment (a systemd unit's
 * EnvironmentFile, never the command line, which `ps` shows to every user):
 *
 *   AULA_DATABASE_URL            postgres://aula@127.0.0.1:5432/aula (host, port, user, database, and
 *                                options such as ?sslmode=verify-full for a database on another host)
 *   AULA_DATABASE_PASSWORD_FILE  a file holding only the password (mode 0600, or systemd's
 *                                LoadCredential=); overrides a password in the URL
 *
 * A password may also come in the URL, through PGPASSWORD or ~/.pgpass (the `pg` client reads both),
 * but the address the server prints or logs always goes through redactUrl() first.
 */
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { hallServer as t } from '../../../src/i18n/hall-server.ts';

export interface DatabaseConfig {
  /** What pg.Pool receives; holds the password, so never logged. */
  pool: pg.PoolConfig;
  /** user@host:port/database, safe to print. */
  where: string;
}

/** The address without its password (and without the query, which may carry key file paths). */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    const user = u.username ? `${decodeURIComponent(u.username)}@` : '';
    return `${u.protocol}//${user}${u.host}${u.pathname}`;
  } catch {
    return '(alamat tidak sah)';
  }
}

/** Reads the connection settings; throws an Indonesian message (for the terminal) when they are unusable. */
export function databaseConfig(env: NodeJS.ProcessEnv = process.env, poolSize = 10): DatabaseConfig {
  const raw = env.AULA_DATABASE_URL?.trim();
  if (!raw) throw new Error(t.noDatabaseUrl);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(t.badDatabaseUrl('bukan URL'));
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') throw new Error(t.badDatabaseUrl(`skema ${url.protocol}`));
  if (!url.pathname || url.pathname === '/') throw new Error(t.badDatabaseUrl('nama basis data tidak ada'));
  const file = env.AULA_DATABASE_PASSWORD_FILE?.trim();
  if (file) {
    let password: string;
    try {
      password = readFileSync(file, 'utf8').replace(/\r?\n$/, '');
    } catch {
      throw new Error(t.passwordFileUnreadable(file));
    }
    url.password = encodeURIComponent(password);
  }
  return {
    pool: {
      connectionString: url.toString(),
      max: poolSize,
      // A dead database must not hang a phone's answer forever: it fails, the phone is not
      // acknowledged, and it sends again.
      connectionTimeoutMillis: 5_000,
      query_timeout: 15_000,
      idleTimeoutMillis: 30_000,
      application_name: 'netralitas-aula',
    },
    where: redactUrl(raw),
  };
}
