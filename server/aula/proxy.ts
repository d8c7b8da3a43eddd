/*
 * Who is really asking, behind a reverse proxy. In server mode nginx (deploy/aula-nginx.conf) is the
 * workers' only client: every connection comes from 127.0.0.1, and the phone's own address arrives in
 * X-Forwarded-For. That header is believed only when the connection comes from a proxy the
 * administrator named (AULA_TRUSTED_PROXY); from anyone else it is a client's claim and is ignored,
 * so a phone cannot dodge a per-address limit by inventing addresses, nor spend another's.
 */
import type { IncomingMessage } from 'node:http';

/** "::ffff:127.0.0.1" (IPv4 on a dual-stack socket) is 127.0.0.1. */
const plain = (address: string) => address.trim().replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, '$1');

/** The addresses of AULA_TRUSTED_PROXY (comma- or space-separated); none on a laptop. */
export function trustedProxies(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.AULA_TRUSTED_PROXY ?? '')
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(plain);
}

/**
 * The client's address: the connection's own, or, when that is a trusted proxy, the last address
 * in X-Forwarded-For (the one the proxy itself wrote; anything before it came from the client).
 */
export function clientAddress(peer: string | undefined, forwardedFor: string | string[] | undefined, trusted: readonly string[]): string {
  const direct = plain(peer ?? '');
  if (!trusted.includes(direct) || !forwardedFor) return direct;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor;
  const last = header.split(',').map(plain).filter(Boolean).at(-1);
  return last && last.length <= 45 ? last : direct;
}

/** clientAddress() of a Node request (the WebSocket upgrade). */
export const requestAddress = (request: IncomingMessage, trusted: readonly string[]) =>
  clientAddress(request.socket.remoteAddress, request.headers['x-forwarded-for'], trusted);

/**
 * Behind a trusted proxy, the request as the browser made it: on the public origin (https://…), not
 * on the worker's loopback address, so that same-origin checks of forms (hono's csrf) compare the
 * browser's Origin with the address it really used, and secure cookies are set. Unchanged otherwise.
 */
export function publicRequest(request: Request, peer: string | undefined, trusted: readonly string[], origin: string | undefined): Request {
  if (!origin || !trusted.includes(plain(peer ?? ''))) return request;
  const url = new URL(request.url);
  const target = new URL(url.pathname + url.search, origin);
  if (target.href === url.href) return request;
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  return new Request(target, {
    method: request.method,
    headers: request.headers,
    signal: request.signal,
    ...(hasBody && { body: request.body, duplex: 'half' }),
  } as RequestInit);
}
