import { describe, expect, it } from 'vitest';
import { byOrderThenId, sortByOrder } from '../../src/lib/order';
import { paths, siteUrl } from '../../src/lib/paths';
import { qrSvg } from '../../src/lib/qr';

describe('reading order', () => {
  const e = (id: string, order: number) => ({ id, data: { order } });

  it('sorts by order, then by id, and leaves the input alone', () => {
    const input = [e('c', 30), e('b', 20), e('a', 20), e('z', 1)];
    expect(sortByOrder(input).map((x) => x.id)).toEqual(['z', 'a', 'b', 'c']);
    expect(input.map((x) => x.id)).toEqual(['c', 'b', 'a', 'z']);
    expect(byOrderThenId(e('a', 1), e('a', 1))).toBe(0);
  });
});

describe('site addresses', () => {
  it('builds every training route from paths', () => {
    expect([paths.quizIndex(), paths.exam(), paths.certificate(), paths.deckIndex()]).toEqual([
      '/kuis/',
      '/ujian/',
      '/sertifikat/',
      '/aula/',
    ]);
    expect(paths.doc('materi/dasar-hukum')).toBe('/materi/dasar-hukum/');
    expect(paths.lesson('dasar-hukum')).toBe(paths.doc('materi/dasar-hukum'));
  });

  it('puts rules and regulations on their registers, each page the docs page of that name', () => {
    expect(paths.rules()).toBe(paths.doc('rujukan/aturan'));
    expect(paths.rule('anggota-partai')).toBe(`${paths.rules()}#anggota-partai`);
    expect(paths.legals()).toBe(paths.doc('rujukan/peraturan'));
    expect(paths.legal('pp-94-2021')).toBe(`${paths.legals()}#pp-94-2021`);
    expect(paths.quizReview('dasar-hukum')).toBe(`${paths.quiz('dasar-hukum')}ulasan.json`);
  });

  it('makes absolute URLs from the configured site, with a local default', () => {
    expect(siteUrl('https://netral.example.go.id/', paths.quiz('x'))).toBe('https://netral.example.go.id/kuis/x/');
    expect(siteUrl(undefined, '/kuis/')).toBe('http://localhost:4321/kuis/');
  });
});

describe('qrSvg', () => {
  it('draws a square SVG with a quiet zone and an escaped accessible name', () => {
    const svg = qrSvg('https://a.example/kuis/?x=1&y=2', 'Kode QR "kuis" <a&b>');
    const size = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
    // Version 1 and up: 21 + 4k modules, plus 4 quiet modules each side.
    expect((size - 8 - 21) % 4).toBe(0);
    expect(svg).toContain('aria-label="Kode QR &quot;kuis&quot; &lt;a&amp;b>"');
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    // Deterministic: the same text gives the same drawing.
    expect(qrSvg('abc')).toBe(qrSvg('abc'));
  });
});
