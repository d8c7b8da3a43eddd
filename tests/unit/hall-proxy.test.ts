/* Behind nginx: X-Forwarded-For believed from the named proxy only, so per-address limits hold. */
import { describe, expect, it } from 'vitest';
import { clientAddress, trustedProxies } from '../../server/aula/proxy';

describe('clientAddress', () => {
  const trusted = trustedProxies({ AULA_TRUSTED_PROXY: '127.0.0.1, ::1' });

  it('reads the trusted proxy list from the environment; none on a laptop', () => {
    expect(trusted).toEqual(['127.0.0.1', '::1']);
    expect(trustedProxies({})).toEqual([]);
  });

  it("takes the phone's address from the trusted proxy's X-Forwarded-For (its last entry)", () => {
    expect(clientAddress('127.0.0.1', '203.0.113.7', trusted)).toBe('203.0.113.7');
    expect(clientAddress('::ffff:127.0.0.1', '203.0.113.7', trusted)).toBe('203.0.113.7');
    // A client that sends its own X-Forwarded-For to a proxy that appends: only the proxy's entry counts.
    expect(clientAddress('127.0.0.1', '10.9.9.9, 198.51.100.4', trusted)).toBe('198.51.100.4');
    expect(clientAddress('::1', ['1.1.1.1', '2001:db8::5'], trusted)).toBe('2001:db8::5');
  });

  it('ignores X-Forwarded-For from anyone else, and a missing or absurd one', () => {
    expect(clientAddress('198.51.100.4', '127.0.0.1', trusted)).toBe('198.51.100.4');
    expect(clientAddress('198.51.100.4', '203.0.113.7', [])).toBe('198.51.100.4');
    expect(clientAddress('127.0.0.1', undefined, trusted)).toBe('127.0.0.1');
    expect(clientAddress('127.0.0.1', 'x'.repeat(200), trusted)).toBe('127.0.0.1');
  });
});
