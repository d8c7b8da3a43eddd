/*
 * The main nginx.conf around a recipe's server block, for tests and benchmarks that start Debian's
 * nginx in a temporary folder: in the foreground, one process, pid, error log and temp files in that
 * folder, so it needs no root and leaves nothing behind.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface NginxConfOptions {
  /** worker_connections; the open-file limit is raised to match when it is above nginx's default. */
  connections?: number;
  /** Lines for the http block before the server (e.g. `access_log off;`). */
  http?: string;
}

/** Writes `<prefix>/nginx.conf` holding `server` (the recipe's blocks, ports already placed) and returns its path. */
export function writeNginxConf(prefix: string, server: string, { connections = 64, http = '' }: NginxConfOptions = {}): string {
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${prefix}/${t};`).join('\n  ');
  const file = join(prefix, 'nginx.conf');
  writeFileSync(
    file,
    `daemon off;
master_process off;
worker_processes 1;
${connections > 64 ? `worker_rlimit_nofile ${connections * 2 + 100};\n` : ''}pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log;
events { worker_connections ${connections}; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  ${http ? `${http}\n  ` : ''}${temp}
${server}
}
`,
  );
  return file;
}
