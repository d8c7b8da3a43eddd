/* Answer cards: the marker set, reading a card's rotation, the reader on drawn frames, the tally. */
import { describe, expect, it } from 'vitest';
import aruco from 'js-aruco2';
import { CARD_MAX, cardRange, isCard } from '../../src/lib/cards/ids';
import { answerFromCorners, MAX_TILT_DEGREES } from '../../src/lib/cards/layout';
import { CARD_DICTIONARY, MIRRORED_DICTIONARY, markerCells, registerCardDictionary } from '../../src/lib/cards/marker';
import { createCardReader, MAX_HAMMING, onePerCard } from '../../src/lib/cards/reader';
import { fastFind, readCentres } from '../../src/lib/cards/detector';
import { random } from '../support/card-scene';
import { createConfirmer, formatRuns, missingCards } from '../../src/lib/cards/tally';
import { cardCounts, initialState, joinCounts, parseState, reduce, serialiseState, type DeckShape } from '../../src/lib/aula/deck-state';
import { renderScene, type PlacedCard } from '../support/card-scene';
import { joinsStalled, STALL_MS, watchJoins } from '../../src/lib/aula/join-watch';

type Grid = string[][];
const grid = (bits: string): Grid => Array.from({ length: 6 }, (_, r) => [...bits.slice(r * 6, r * 6 + 6)]);
const turn = (g: Grid): Grid => g.map((row, i) => row.map((_, j) => g[5 - j][i]));
const text = (g: Grid) => g.map((r) => r.join('')).join('');
const distance = (a: string, b: string) => [...a].filter((c, i) => c !== b[i]).length;
const turns = (bits: string) => {
  const out = [bits];
  let g = grid(bits);
  for (let k = 1; k < 4; k++) out.push(text((g = turn(g))));
  return out;
};

describe('the marker set', () => {
  registerCardDictionary();
  const codes = new aruco.AR.Dictionary(CARD_DICTIONARY).codeList;
  const mirrors = new aruco.AR.Dictionary(MIRRORED_DICTIONARY).codeList;
  /** Fewest cells between any two markers of a list, and between a marker and itself turned. */
  const spread = (list: string[]) => {
    let least = 36;
    const turned = list.map(turns);
    for (let i = 0; i < list.length; i++) {
      const mine = turned[i];
      for (let k = 1; k < 4; k++) least = Math.min(least, distance(mine[0], mine[k]));
      for (let j = i + 1; j < list.length; j++) for (const other of turned[j]) least = Math.min(least, distance(mine[0], other));
    }
    return least;
  };

  it('has a marker for every card 1..250, and a mirror image of each', () => {
    expect(codes.length).toBe(CARD_MAX);
    expect(mirrors.length).toBe(CARD_MAX);
    expect(CARD_MAX).toBeGreaterThanOrEqual(150);
    expect(markerCells(1).flat().length).toBe(36);
    expect(() => markerCells(CARD_MAX + 1)).toThrow(/Kartu 251/);
  });

  it('keeps every card unique under rotation, far enough apart for the cells the reader corrects', () => {
    // Correcting up to MAX_HAMMING - 1 cells stays unambiguous while markers are 2 * that + 1 apart.
    const needed = 2 * (MAX_HAMMING - 1) + 1;
    expect(spread(codes)).toBeGreaterThanOrEqual(Math.max(12, needed));
    expect(spread(mirrors)).toBeGreaterThanOrEqual(needed);
  });
});

describe('reading the answer from the corners', () => {
  // A marker's corners, clockwise from its own top-left, turned by `degrees` clockwise on screen.
  const corners = (degrees: number) => {
    const a = (degrees * Math.PI) / 180;
    return [
      [-1, -1],
      [1, -1],
      [1, 1],
      [-1, 1],
    ].map(([x, y]) => ({ x: 100 + x * Math.cos(a) - y * Math.sin(a), y: 100 + x * Math.sin(a) + y * Math.cos(a) }));
  };

  it('gives A upright, B with the card turned a quarter anticlockwise, then C and D', () => {
    expect(answerFromCorners(corners(0))).toBe(0);
    expect(answerFromCorners(corners(-90))).toBe(1);
    expect(answerFromCorners(corners(180))).toBe(2);
    expect(answerFromCorners(corners(90))).toBe(3);
    expect(answerFromCorners(corners(-90 + 20))).toBe(1);
  });

  it('swaps B and D in a mirrored image', () => {
    expect(answerFromCorners(corners(-90), true)).toBe(3);
    expect(answerFromCorners(corners(90), true)).toBe(1);
    expect(answerFromCorners(corners(0), true)).toBe(0);
  });

  it('reads nothing from a card held near the diagonal', () => {
    expect(answerFromCorners(corners(45))).toBeUndefined();
    expect(answerFromCorners(corners(MAX_TILT_DEGREES + 2))).toBeUndefined();
    expect(answerFromCorners(corners(0).slice(0, 3))).toBeUndefined();
  });
});

describe('the reader on a drawn frame', () => {
  const cards = (mirrored: boolean): PlacedCard[] =>
    [0, 1, 2, 3].map((choice, i) => ({ card: 10 + i * 37 + (mirrored ? 1 : 0), choice, x: 70 + i * 110, y: 90, size: 70, tilt: i * 6 - 8, lean: 0.1 }));

  for (const mirrored of [false, true]) {
    it(`reads each card's number and answer${mirrored ? ' from a mirroring camera' : ''}`, () => {
      const placed = cards(mirrored);
      const frame = renderScene({ width: 480, height: 200, cards: placed, noise: 3, mirrored, seed: 5 });
      // As video: a mirroring camera is recognised after a few frames of exact mirror-image reads.
      const reader = createCardReader();
      for (let k = 0; k < 3; k++) reader.read(frame);
      const reads = reader.read(frame).map(({ card, choice }) => ({ card, choice }));
      expect(reads.sort((a, b) => a.card - b.card)).toEqual(placed.map(({ card, choice }) => ({ card, choice })));
    });
  }

  it('reads cards 30 px wide, whose outline lies within 10 px of the marker inside it', () => {
    // js-aruco2 keeps the larger of two squares that close: the card's outline (a contour round a
    // hole) used to win over the marker, and such cards were never read.
    const placed: PlacedCard[] = Array.from({ length: 8 }, (_, i) => ({ card: 3 + i * 29, choice: i % 4, x: 30 + i * 56, y: 40, size: 30, tilt: (i % 3) * 4 - 4 }));
    const frame = renderScene({ width: 480, height: 100, cards: placed, noise: 3, seed: 12 });
    const reads = createCardReader().read(frame).map(({ card, choice }) => ({ card, choice }));
    expect(reads.sort((a, b) => a.card - b.card)).toEqual(placed.map(({ card, choice }) => ({ card, choice })));
  });

  it('reads nothing from an empty room', () => {
    expect(createCardReader().read(renderScene({ width: 320, height: 200, cards: [], noise: 3, seed: 9 }))).toEqual([]);
  });
});

describe('the detector around js-aruco2', () => {
  registerCardDictionary();

  it('looks a marker up in the dictionary exactly as js-aruco2 does', () => {
    const rnd = random(42);
    const dictionary = new aruco.AR.Dictionary(CARD_DICTIONARY);
    const cellsOf = (bits: string) => Array.from({ length: 6 }, (_, r) => [...bits.slice(r * 6, r * 6 + 6)].map(Number));
    const samples: string[] = [];
    for (const code of dictionary.codeList) {
      samples.push(code);
      // The same code with 1 to 8 cells misread, and a pattern that is no code at all.
      const flipped = [...code];
      const flips = 1 + Math.floor(rnd() * 8);
      for (let k = 0; k < flips; k++) {
        const i = Math.floor(rnd() * 36);
        flipped[i] = flipped[i] === '1' ? '0' : '1';
      }
      samples.push(flipped.join(''));
      samples.push(Array.from({ length: 36 }, () => (rnd() < 0.5 ? '1' : '0')).join(''));
    }
    for (const tau of [dictionary.tau, MAX_HAMMING]) {
      dictionary.tau = tau;
      const find = fastFind(dictionary);
      const ours = samples.map((bits) => find(cellsOf(bits)));
      expect(ours).toEqual(samples.map((bits) => dictionary.find(cellsOf(bits))));
      expect(ours.filter((f) => f && f.distance > 0).length).toBeGreaterThan(tau === MAX_HAMMING ? 50 : 200);
    }
  });

  it('reads each cell of a warped marker from its centre', () => {
    // 8 x 8 cells of 6 x 6 pixels (49 wide): one cell with a light centre and dark edges, as blur
    // leaves a white cell among black ones; the next with a dark centre and light edges. The warp
    // puts a cell's centre on its pixel 2 (see detector.ts), so the centre is pixels 1..3.
    const size = 49;
    const data = new Uint8ClampedArray(size * size).fill(20);
    const cell = (row: number, col: number, centre: number, edge: number) => {
      for (let y = 0; y < 6; y++) {
        for (let x = 0; x < 6; x++) data[(row * 6 + y) * size + col * 6 + x] = y >= 1 && y < 4 && x >= 1 && x < 4 ? centre : edge;
      }
    };
    cell(2, 3, 200, 60);
    cell(2, 4, 30, 180);
    readCentres(data);
    const pixels = (row: number, col: number) => Array.from({ length: 36 }, (_, k) => data[(row * 6 + Math.floor(k / 6)) * size + col * 6 + (k % 6)]);
    expect(new Set(pixels(2, 3))).toEqual(new Set([200]));
    expect(new Set(pixels(2, 4))).toEqual(new Set([30]));
    expect(new Set(pixels(0, 0))).toEqual(new Set([20]));
  });

  it('keeps one read of a card found twice at one place, and none of a number seen in two places', () => {
    const at = (x: number, y: number, side = 40) => [
      { x, y },
      { x: x + side, y },
      { x: x + side, y: y + side },
      { x, y: y + side },
    ];
    const reads = [
      { card: 7, choice: 1, corners: at(100, 100) },
      { card: 7, choice: 1, corners: at(104, 98, 34) },
      { card: 9, choice: 0, corners: at(300, 100) },
      { card: 9, choice: 0, corners: at(500, 100) },
      { card: 12, choice: 2, corners: at(700, 100) },
    ];
    expect(onePerCard(reads).map((r) => r.card)).toEqual([7, 12]);
  });
});

describe('counting', () => {
  it('counts a card once two frames in a row agree, and again only when its answer changes', () => {
    const c = createConfirmer();
    expect(c.push([{ card: 4, choice: 1 }])).toEqual([]);
    expect(c.push([{ card: 4, choice: 1 }])).toEqual([{ card: 4, choice: 1 }]);
    expect(c.push([{ card: 4, choice: 1 }])).toEqual([]);
    expect(c.push([{ card: 4, choice: 2 }])).toEqual([]);
    expect(c.push([])).toEqual([]);
    expect(c.push([{ card: 4, choice: 2 }])).toEqual([]);
    expect(c.push([{ card: 4, choice: 2 }])).toEqual([{ card: 4, choice: 2 }]);
  });

  it('lists the numbers still missing as short runs', () => {
    expect(missingCards([1, 2, 5, 9])).toEqual([3, 4, 6, 7, 8]);
    expect(missingCards([2], 4)).toEqual([1, 3, 4]);
    expect(missingCards([])).toEqual([]);
    expect(formatRuns([3, 4, 6, 7, 8, 12, 1])).toBe('1, 3, 4, 6–8, 12');
    expect(cardRange(248, 300)).toEqual([248, 249, 250]);
    expect(cardRange(5, 4)).toEqual([]);
    expect(isCard(0) || isCard(251) || isCard(1.5)).toBe(false);
  });

  const shape: DeckShape = { options: [0, 4, 2] };
  const onSlide = (slide: number) => reduce(initialState(), { type: 'goto', slide }, shape);

  it('keeps each card\'s latest answer per slide in the deck state, within the slide\'s options', () => {
    let s = onSlide(1);
    s = reduce(s, { type: 'cards', answers: [{ card: 3, choice: 0 }, { card: 8, choice: 3 }, { card: 3, choice: 2 }] }, shape);
    expect(s.cards).toEqual({ 1: { 3: 2, 8: 3 } });
    expect(cardCounts(s, 1, 4)).toEqual([0, 0, 1, 1]);
    expect(reduce(s, { type: 'cards', answers: [{ card: 8, choice: 3 }] }, shape)).toBe(s);
    const two = reduce(reduce(s, { type: 'next' }, shape), { type: 'cards', answers: [{ card: 1, choice: 3 }, { card: 0, choice: 0 }, { card: 1000, choice: 1 }] }, shape);
    expect(two.cards[2]).toBeUndefined();
    expect(reduce(s, { type: 'cardsClear' }, shape).cards).toEqual({});
    expect(parseState(serialiseState(s), shape)).toEqual(s);
  });

  it('drops a stored state whose card reads do not fit the deck, and accepts one written before cards existed', () => {
    const s = onSlide(1);
    const bad = (cards: unknown) => JSON.stringify({ ...JSON.parse(serialiseState(s)), cards });
    expect(parseState(bad({ 1: { 0: 1 } }), shape)).toBeUndefined();
    expect(parseState(bad({ 1: { 5: 4 } }), shape)).toBeUndefined();
    expect(parseState(bad({ 0: { 5: 0 } }), shape)).toBeUndefined();
    expect(parseState(bad([]), shape)).toBeUndefined();
    const { cards: _none, ...old } = JSON.parse(serialiseState(s));
    expect(parseState(JSON.stringify(old), shape)).toEqual(s);
  });

  it('joins hands, phones and cards into one distribution', () => {
    expect(joinCounts([{ counts: [1, 2] }, undefined, { counts: [3, 0] }])).toEqual({ total: 6, rows: [{ count: 4, percent: 67 }, { count: 2, percent: 33 }] });
    expect(joinCounts([undefined, { counts: [0, 0] }])).toBeUndefined();
    // Phones on a "pick all" question: 4 marks from 2 people.
    expect(joinCounts([{ counts: [2, 2], people: 2 }, { counts: [1, 1] }])?.rows.map((r) => r.percent)).toEqual([75, 75]);
  });
});

describe('the live deck\'s warning when phones stop joining', () => {
  it('warns on the title slide once the count has not risen for STALL_MS, and not after the quiz starts', () => {
    let w = watchJoins(undefined, 0, 0);
    expect(joinsStalled(w, STALL_MS, true)).toBe(false); // nobody joined yet
    w = watchJoins(w, 8, 10_000);
    w = watchJoins(w, 7, 50_000); // one left: the clock keeps running from the last rise
    expect(joinsStalled(w, 10_000 + STALL_MS - 1, true)).toBe(false);
    expect(joinsStalled(w, 10_000 + STALL_MS, true)).toBe(true);
    expect(joinsStalled(w, 10_000 + STALL_MS, false)).toBe(false);
    w = watchJoins(w, 9, 200_000);
    expect(joinsStalled(w, 200_000 + STALL_MS - 1, true)).toBe(false);
  });
});
