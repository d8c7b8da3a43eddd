import { describe, expect, it } from 'vitest';
import { listJoin } from '../../src/i18n/id';

describe('listJoin (EYD serial comma in generated lists)', () => {
  it('joins one, two and more items the EYD way', () => {
    expect(listJoin([])).toBe('');
    expect(listJoin(['PNS'])).toBe('PNS');
    expect(listJoin(['PNS', 'PPPK'])).toBe('PNS dan PPPK');
    expect(listJoin(['PNS', 'PPPK', 'PPNPN'])).toBe('PNS, PPPK, dan PPNPN');
    expect(listJoin(['sebelum', 'selama', 'sesudah'], 'atau')).toBe('sebelum, selama, atau sesudah');
  });
});
