import { describe, expect, it } from 'vitest';
import {
  countMatching,
  emptyFilter,
  matchesFilter,
  parseTopic,
  parseVerdict,
  topicsFromAttribute,
  topicsToAttribute,
  type FilterableRule,
} from '../../src/lib/rule-filter';

const rules: FilterableRule[] = [
  { verdict: 'dilarang', topics: ['kampanye', 'dukungan'] },
  { verdict: 'dilarang', topics: ['media-sosial'] },
  { verdict: 'boleh', topics: ['kampanye'] },
  { verdict: 'boleh', topics: ['penyelenggara-pemilu'] },
];

describe('matchesFilter', () => {
  it('shows everything when nothing is chosen', () => {
    expect(rules.every((r) => matchesFilter(r, emptyFilter))).toBe(true);
    expect(countMatching(rules, emptyFilter)).toBe(4);
  });

  it('keeps only the chosen verdict', () => {
    expect(rules.filter((r) => matchesFilter(r, { verdict: 'dilarang', topic: 'semua' }))).toEqual(rules.slice(0, 2));
    expect(countMatching(rules, { verdict: 'boleh', topic: 'semua' })).toBe(2);
  });

  it('keeps rules that carry the chosen topic among several', () => {
    expect(rules.filter((r) => matchesFilter(r, { verdict: 'semua', topic: 'kampanye' }))).toEqual([rules[0], rules[2]]);
    expect(matchesFilter(rules[0], { verdict: 'semua', topic: 'dukungan' })).toBe(true);
  });

  it('needs both verdict and topic to match', () => {
    expect(rules.filter((r) => matchesFilter(r, { verdict: 'boleh', topic: 'kampanye' }))).toEqual([rules[2]]);
    expect(countMatching(rules, { verdict: 'boleh', topic: 'media-sosial' })).toBe(0);
  });
});

describe('reading the form', () => {
  it('turns unknown verdicts into "semua"', () => {
    expect(parseVerdict('boleh')).toBe('boleh');
    expect(parseVerdict('dilarang')).toBe('dilarang');
    expect(parseVerdict('semua')).toBe('semua');
    expect(parseVerdict('Dilarang')).toBe('semua');
    expect(parseVerdict(null)).toBe('semua');
  });

  it('accepts only known topics', () => {
    const known = ['kampanye', 'partai'];
    expect(parseTopic('partai', known)).toBe('partai');
    expect(parseTopic('hoaks', known)).toBe('semua');
    expect(parseTopic(undefined, known)).toBe('semua');
  });

  it('round-trips topics through a data attribute', () => {
    expect(topicsToAttribute(['kampanye', 'media-sosial'])).toBe('kampanye media-sosial');
    expect(topicsFromAttribute('kampanye  media-sosial ')).toEqual(['kampanye', 'media-sosial']);
    expect(topicsFromAttribute(undefined)).toEqual([]);
  });
});
