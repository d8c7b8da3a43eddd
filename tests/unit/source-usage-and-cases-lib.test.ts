import { describe, expect, it } from 'vitest';
import { sourceUsage } from '../../src/lib/source-usage';
import { paths } from '../../src/lib/paths';
import { neighbours } from '../../src/lib/cases';
import { sortByOrder } from '../../src/lib/order';

describe('sourceUsage', () => {
  it('lists the citing pages per source, once per URL, and empty lists for unused sources', () => {
    const usage = sourceUsage(
      ['a', 'b', 'c'],
      [
        { href: '/materi/x/', label: 'X', sources: ['a', 'a'] },
        { href: '/studi-kasus/y/', label: 'Studi kasus: Y', sources: ['a', 'b'] },
        { href: '/materi/x/', label: 'X lagi', sources: ['b'] },
        { href: '/z/', label: 'Z', sources: ['tidak-ada'] },
      ],
    );
    expect(usage.get('a')).toEqual([
      { href: '/materi/x/', label: 'X' },
      { href: '/studi-kasus/y/', label: 'Studi kasus: Y' },
    ]);
    expect(usage.get('b')).toEqual([
      { href: '/studi-kasus/y/', label: 'Studi kasus: Y' },
      { href: '/materi/x/', label: 'X lagi' },
    ]);
    expect(usage.get('c')).toEqual([]);
    expect(usage.has('tidak-ada')).toBe(false);
  });

  it('turns docs ids into URLs', () => {
    expect(paths.doc('index')).toBe('/');
    expect(paths.doc('rujukan/sumber')).toBe('/rujukan/sumber/');
  });
});

describe('case ordering', () => {
  const c = (id: string, order: number, verdict: 'boleh' | 'dilarang') => ({ id, data: { order, verdict, title: id } });
  const list = [c('c', 30, 'boleh'), c('a', 10, 'dilarang'), c('b', 20, 'dilarang'), c('d', 20, 'boleh')];

  it('sorts by order, then id', () => {
    expect(sortByOrder(list).map((x) => x.id)).toEqual(['a', 'b', 'd', 'c']);
  });

  it('finds the neighbours in reading order', () => {
    expect(neighbours(list, 'a')).toEqual({ prev: undefined, next: list[2] });
    expect(neighbours(list, 'c').next).toBeUndefined();
    expect(neighbours(list, 'c').prev?.id).toBe('d');
    expect(neighbours(list, 'nope')).toEqual({});
  });
});
