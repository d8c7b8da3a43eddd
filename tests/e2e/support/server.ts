/*
 * A small static server for the built site on loopback, used by the e2e tests and the benchmark.
 * It serves dist/ the way a static host would: directory URLs to index.html, 404.html with status 404.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

async function resolveFile(root: string, urlPath: string): Promise<string | undefined> {
  const clean = normalize(decodeURIComponent(urlPath.split('?')[0])).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, clean);
  if (!file.startsWith(root)) return undefined;
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    await stat(file);
    return file;
  } catch {
    return undefined;
  }
}

/** Types a real host compresses (see deploy/nginx.conf). */
const compressible = /^(?:text\/|application\/(?:javascript|json|xml|wasm))|svg/;

/** `gzip`: compress text like a production host (the Lighthouse bench); tests read plain bodies. */
export async function serveDist(dist = resolve('dist'), port = 0, { gzip = false } = {}): Promise<{ url: string; server: Server }> {
  const root = resolve(dist);
  const server = createServer(async (req, res) => {
    const file = await resolveFile(root, req.url ?? '/');
    const status = file ? 200 : 404;
    // A request on a kept-alive connection can arrive after a test removed its build: answer it, never throw.
    const body = await readFile(file ?? join(root, '404.html')).catch(() => undefined);
    if (!body) {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end('file unreadable');
      return;
    }
    const type = types[extname(file ?? '404.html')] ?? 'application/octet-stream';
    const compress = gzip && compressible.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']));
    res.writeHead(status, {
      'content-type': type,
      'cache-control': 'no-store',
      ...(compress ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : {}),
    });
    res.end(compress ? gzipSync(body, { level: 6 }) : body);
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return { url: `http://127.0.0.1:${address.port}`, server };
}
