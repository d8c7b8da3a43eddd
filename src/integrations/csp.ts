/*
 * After the build, gives every HTML page its own Content-Security-Policy <meta> (the hashes of that
 * page's inline scripts; see src/lib/csp.ts), and writes the union of all pages' hashes as an nginx
 * header line to dist/nginx-csp.conf for deploy/nginx.conf to include. The header also carries
 * frame-ancestors, which a <meta> cannot. Runs after Starlight and Preact (their output is final);
 * integrations that rewrite pages later must call applyCsp on what they write.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { applyCsp, contentSecurityPolicy, nginxHeader } from '../lib/csp';

export const NGINX_CSP_FILE = 'nginx-csp.conf';

export default function csp(): AstroIntegration {
  return {
    name: 'nas-csp',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
        const all = new Set<string>();
        for (const file of pages) {
          const path = join(root, file);
          try {
            const { html, hashes } = applyCsp(await readFile(path, 'utf8'));
            hashes.forEach((h) => all.add(h));
            await writeFile(path, html);
          } catch (error) {
            throw new Error(`CSP: ${file}: ${(error as Error).message}`, { cause: error });
          }
        }
        await writeFile(join(root, NGINX_CSP_FILE), nginxHeader(contentSecurityPolicy(all, { header: true })));
        logger.info(`${pages.length} pages with a CSP <meta>, ${all.size} inline script hashes in ${NGINX_CSP_FILE}`);
      },
    },
  };
}
