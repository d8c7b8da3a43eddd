/*
 * A token bucket per device, pure: the caller keeps the bucket and passes the time. A phone that
 * taps "Kirim" a few times is fine; a script flooding the server is refused without costing more
 * than this arithmetic.
 */
export interface Bucket {
  tokens: number;
  at: number;
}

export interface RateLimit {
  /** Tokens added per second. */
  rate: number;
  /** Most tokens kept (the burst allowed). */
  burst: number;
}

/** Messages from one device: a burst of 20, then 5 per second. */
export const DEVICE_LIMIT: RateLimit = { rate: 5, burst: 20 };

export const fullBucket = (limit: RateLimit, now: number): Bucket => ({ tokens: limit.burst, at: now });

/** Takes one token if there is one; returns the new bucket and whether the message may pass. */
export function take(bucket: Bucket, limit: RateLimit, now: number): { bucket: Bucket; ok: boolean } {
  const elapsed = Math.max(0, now - bucket.at) / 1000;
  const tokens = Math.min(limit.burst, bucket.tokens + elapsed * limit.rate);
  if (tokens < 1) return { bucket: { tokens, at: now }, ok: false };
  return { bucket: { tokens: tokens - 1, at: now }, ok: true };
}
