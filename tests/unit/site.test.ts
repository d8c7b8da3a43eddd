import { describe, expect, it } from 'vitest';
import { publicSite } from '../../src/lib/site';

describe('publicSite', () => {
  it('is undefined when the build was given no public address', () => {
    expect(publicSite({})).toBeUndefined();
    expect(publicSite({ SITE_URL: '  ' })).toBeUndefined();
  });

  it('normalises a given address', () => {
    expect(publicSite({ SITE_URL: 'https://netralitas.contoh.go.id' })).toBe('https://netralitas.contoh.go.id/');
  });

  it('fails the build on an address that is not http(s)', () => {
    expect(() => publicSite({ SITE_URL: 'netralitas.contoh.go.id' })).toThrow();
    expect(() => publicSite({ SITE_URL: 'ftp://contoh.go.id' })).toThrow(/http\(s\)/);
  });
});
