/*
 * The server mode's database settings: read from the environment, never printed with a password,
 * and a clear Indonesian message for a missing or malformed address.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseConfig, redactUrl } from '../../server/aula/postgres/database';
import { hallServer as t } from '../../src/i18n/hall-server';

describe('databaseConfig', () => {
  it('prints user, host, port and database, never the password', () => {
    const config = databaseConfig({ AULA_DATABASE_URL: 'postgres://aula:rahasia-sekali@db.internal:5433/aula?sslmode=verify-full' });
    expect(config.where).toBe('postgres://aula@db.internal:5433/aula');
    expect(config.where).not.toContain('rahasia');
    expect(String(config.pool.connectionString)).toContain('rahasia-sekali');
    expect(redactUrl('postgresql://u:p%40ss@h/d')).toBe('postgresql://u@h/d');
  });

  it('takes the password from AULA_DATABASE_PASSWORD_FILE, over one in the URL, with its characters intact', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nas-dbcfg-'));
    try {
      const file = join(dir, 'pw');
      writeFileSync(file, 'p@ss:w/rd%20#\n');
      const config = databaseConfig({ AULA_DATABASE_URL: 'postgres://aula:lama@127.0.0.1/aula', AULA_DATABASE_PASSWORD_FILE: file });
      expect(decodeURIComponent(new URL(String(config.pool.connectionString)).password)).toBe('p@ss:w/rd%20#');
      expect(config.where).toBe('postgres://aula@127.0.0.1/aula');
      expect(() => databaseConfig({ AULA_DATABASE_URL: 'postgres://aula@127.0.0.1/aula', AULA_DATABASE_PASSWORD_FILE: join(dir, 'none') })).toThrow(
        t.passwordFileUnreadable(join(dir, 'none')),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a missing, malformed or non-PostgreSQL address in words, without echoing it', () => {
    expect(() => databaseConfig({})).toThrow(t.noDatabaseUrl);
    expect(() => databaseConfig({ AULA_DATABASE_URL: 'aula:rahasia@localhost' })).toThrow(/^AULA_DATABASE_URL tidak dapat dibaca/);
    expect(() => databaseConfig({ AULA_DATABASE_URL: 'mysql://a:rahasia@h/d' })).toThrow(t.badDatabaseUrl('skema mysql:'));
    expect(() => databaseConfig({ AULA_DATABASE_URL: 'postgres://a:rahasia@h/' })).toThrow(t.badDatabaseUrl('nama basis data tidak ada'));
    try {
      databaseConfig({ AULA_DATABASE_URL: 'mysql://a:rahasia@h/d' });
    } catch (error) {
      expect((error as Error).message).not.toContain('rahasia');
    }
  });
});
