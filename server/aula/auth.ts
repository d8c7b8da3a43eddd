/*
 * Who is asking: the facilitator key of a room or the organiser key, each carried in an HttpOnly
 * cookie after a one-time address set it (the key never stays in an address the browser shows or a
 * log records). Keys are compared in constant time, over fixed-length digests.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

/** The facilitator's key (identifies the room). */
export const KEY_COOKIE = 'nas_kunci';
/** The organiser's key. */
export const ORGANISER_COOKIE = 'nas_penyelenggara';
/** Readable by the deck's script: tells it to load the live part. Carries no secret. */
export const LIVE_COOKIE = 'nas_aula';

const digest = (text: string) => createHash('sha256').update(text).digest();
/** Constant-time comparison (of fixed-length digests, so the length does not leak either). */
export const sameKey = (given: string | undefined, key: string) => !!given && timingSafeEqual(digest(given), digest(key));

/** A cookie from a raw Cookie header (the WebSocket upgrade request, outside Hono). */
export function cookieFrom(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) {
      try {
        return decodeURIComponent(v.join('='));
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}
