import { describe, expect, it } from 'vitest';
import { drawAcrossBanks, newSeed, parseSeed } from '../../src/lib/quiz/draw';
import { orderForAttempt, seedFromText } from '../../src/lib/quiz/order';
import { seededShuffle } from '../../src/lib/quiz/random';

const items = Array.from({ length: 12 }, (_, i) => `item-${i}`);

describe('seeded shuffle', () => {
  it('gives the same order for the same seed', () => {
    expect(seededShuffle(items, 42)).toEqual(seededShuffle(items, 42));
  });

  it('gives different orders for different seeds', () => {
    const orders = new Set([1, 2, 3, 4, 5].map((seed) => seededShuffle(items, seed).join()));
    expect(orders.size).toBe(5);
  });

  it('keeps every item and leaves the input untouched', () => {
    const input = [...items];
    const shuffled = seededShuffle(input, 7);
    expect(input).toEqual(items);
    expect(shuffled).not.toBe(input);
    expect([...shuffled].sort()).toEqual([...items].sort());
  });
});

describe('option order per attempt', () => {
  const options = ['a', 'b', 'c', 'd'];
  it('keeps the authored order on the first attempt', () => {
    expect(orderForAttempt(options, 99, 0)).toEqual(options);
  });

  it('changes the order on every retry, reproducibly', () => {
    for (const seed of [1, 2, 3, seedFromText('dasar-hukum/dh-01')]) {
      let previous = options;
      for (let attempt = 1; attempt <= 6; attempt++) {
        const order = orderForAttempt(options, seed, attempt);
        expect(order).not.toEqual(previous);
        expect(order).toEqual(orderForAttempt(options, seed, attempt));
        expect([...order].sort()).toEqual(options);
        previous = order;
      }
    }
  });

  it('still changes two options (which a shuffle repeats half the time)', () => {
    for (let seed = 0; seed < 20; seed++) expect(orderForAttempt(['x', 'y'], seed, 1)).toEqual(['y', 'x']);
  });

  it('seeds differ per question id', () => {
    expect(seedFromText('dh-01')).not.toBe(seedFromText('dh-02'));
    expect(seedFromText('dh-01')).toBe(seedFromText('dh-01'));
  });
});

describe('drawing across banks', () => {
  const banks = [
    { id: 'a', questions: ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'] },
    { id: 'b', questions: ['b1', 'b2', 'b3', 'b4', 'b5', 'b6'] },
    { id: 'c', questions: ['c1', 'c2', 'c3'] },
  ];

  it('is reproducible from the seed', () => {
    expect(drawAcrossBanks(banks, 7, 123)).toEqual(drawAcrossBanks(banks, 7, 123));
    expect(drawAcrossBanks(banks, 7, 123)).not.toEqual(drawAcrossBanks(banks, 7, 124));
  });

  it('spreads the draw across banks as evenly as they allow', () => {
    for (const seed of [1, 2, 3, 4]) {
      const drawn = drawAcrossBanks(banks, 9, seed);
      const perBank = Object.fromEntries(banks.map((b) => [b.id, drawn.filter((d) => d.bank === b.id).length]));
      expect(perBank).toEqual({ a: 3, b: 3, c: 3 });
      expect(new Set(drawn.map((d) => d.question)).size).toBe(9);
    }
    // A small bank gives all it has; the others make up the rest.
    const drawn = drawAcrossBanks(banks, 14, 5);
    expect(drawn.filter((d) => d.bank === 'c')).toHaveLength(3);
    expect(drawn).toHaveLength(14);
  });

  it('does not depend on the order the banks are given in', () => {
    expect(drawAcrossBanks([...banks].reverse(), 7, 9)).toEqual(drawAcrossBanks(banks, 7, 9));
  });

  it('throws when the banks hold too few questions', () => {
    expect(() => drawAcrossBanks(banks, 16, 1)).toThrow(/15 soal/);
  });
});

describe('seeds typed by people', () => {
  it('parses whole numbers and refuses the rest', () => {
    expect(parseSeed(' 482913 ')).toBe(482913);
    expect(parseSeed('12a')).toBeUndefined();
    expect(parseSeed('')).toBeUndefined();
    expect(parseSeed('99999999999')).toBeUndefined();
  });

  it('makes six-digit seeds', () => {
    expect(newSeed(() => 0)).toBe(100000);
    expect(newSeed(() => 0.999999)).toBe(999999);
  });
});
