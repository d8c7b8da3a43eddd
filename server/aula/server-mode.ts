/*
 * `npm run aula -- --postgres`: the hall as an agency's service (several workers behind nginx, the
 * store in PostgreSQL). What differs from a laptop comes from the environment (deploy/aula.env.example):
 *   AULA_DATABASE_URL, AULA_DATABASE_PASSWORD_FILE   the database (postgres/database.ts)
 *   AULA_PUBLIC_URL                                  the https address phones use (links, QR codes)
 *   AULA_TRUSTED_PROXY                               nginx's address, whose X-Forwarded-For counts (proxy.ts)
 * A worker prints where it listens and which database it uses, never a key or a password: its output
 * goes to the system journal. The links with keys are printed only by `--tautan`, to the terminal of
 * the administrator who runs it.
 */
import { hallServer as t } from '../../src/i18n/hall-server.ts';
import { databaseConfig } from './postgres/database.ts';
import { openPostgresStore, type PostgresStore } from './postgres-store.ts';
import { trustedProxies } from './proxy.ts';

export interface ServerMode {
  store: PostgresStore;
  publicOrigin?: string;
  trustedProxies: string[];
}

/** The public address as an origin (https://host[:port]); undefined when unset. Throws when malformed. */
export function publicOrigin(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const raw = env.AULA_PUBLIC_URL?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(t.badPublicUrl(raw));
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(t.badPublicUrl(raw));
  return url.origin;
}

/** Opens the server mode's store (migrating the schema) and reads its settings; throws in Indonesian. */
export async function openServerMode(env: NodeJS.ProcessEnv = process.env, log: (line: string) => void = console.log): Promise<ServerMode> {
  const origin = publicOrigin(env);
  const config = databaseConfig(env);
  let store: PostgresStore;
  try {
    store = await openPostgresStore(config, log);
  } catch (error) {
    const message = (error as Error).message;
    // pg's own messages name host and port, never the password; the schema check's is ours.
    throw new Error(message.startsWith('Skema') ? message : t.databaseUnreachable(config.where, message));
  }
  log(t.databaseReady(config.where, (await store.pool.query<{ v: number }>('SELECT max(version) AS v FROM aula_schema')).rows[0].v));
  return { store, publicOrigin: origin, trustedProxies: trustedProxies(env) };
}
