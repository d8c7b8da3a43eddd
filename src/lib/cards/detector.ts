/*
 * Finds ArUco markers in a camera frame with js-aruco2's own stages: grey, adaptive threshold,
 * contours, polygon approximation and candidate filter, perspective warp, cell reading, dictionary
 * lookup. js-aruco2's detect() runs those stages one after another; this module calls them itself
 * (same settings) so that it can change three things, each measured with `npm run bench:cards` on a
 * 1280x720 room of 128 cards 40 px wide:
 *
 * - Only outer contours become candidates. A contour round a hole (the white card inside a dark
 *   surround, the inside of the marker's border) is never the marker's outline, and the library's
 *   "not too near" filter kept the larger of two nearby squares, so the card's outline beat the
 *   marker inside it: cards up to 40 px wide and cards in perspective were lost that way (96.5% read
 *   in perspective, 87% at 30 px; both 99.6% or more without holes). It also halves the candidates.
 * - Each cell is read from its centre (the middle 3 x 3 of the 6 x 6 pixels the warp gives a cell)
 *   instead of by a majority over the whole cell (which, the warp being one pixel off, also took in
 *   a row and a column of the next cells): in a slightly blurred image a white cell among
 *   black ones keeps a white centre but loses its edges (blur: 96.9% read before, 99.2% after).
 * - The dictionary lookup compares numbers instead of strings (fastFind below) and the images are
 *   typed arrays reused from frame to frame: the lookup was about half of a frame's time.
 *
 * Everything else (the threshold kernel and offset, contour following, polygon tolerance, minimum
 * sizes, warp, Otsu threshold, border check, turns) is the library's, with its own defaults.
 */
import aruco, { type GreyImage, type ImageLike, type Marker, type Point } from 'js-aruco2';
import cv from 'js-aruco2/src/cv.js';

const { CV } = cv;
const { AR } = aruco;

/** js-aruco2's detect(): adaptive threshold over a 5 x 5 box, a pixel 7 levels darker than it. */
const THRESHOLD_KERNEL = 2;
const THRESHOLD_OFFSET = 7;
/** js-aruco2's detect(): the size each candidate is warped to, 6 pixels a cell for 8 x 8 cells. */
const WARP_SIZE = 49;
const CELLS = 8;
const CELL = 6;
/**
 * The middle of a cell, read for its colour: 3 x 3 pixels centred on pixel 2 of the cell's 0..5.
 * js-aruco2's warp samples pixel p at step p + 1 of the 48 between two corners, so the centre of
 * cell k (step 6k + 3) is pixel 6k + 2. Centred on pixel 3 instead, 40 px cards in blur read 79%
 * (npm run bench:cards).
 */
const CENTRE = 3;
const CENTRE_FIRST = 1;

export interface MarkerDetector {
  /** Finds square candidates in the frame and decodes them with the first dictionary. */
  detect(image: ImageLike): Marker[];
  /** Decodes the last frame's candidates with another of the dictionaries (by index). */
  decodeAgain(dictionary: number): Marker[];
}

type Quad = Point[];

/** A detector per dictionary name; each may correct fewer than `maxHamming` cells. */
export function createMarkerDetector(dictionaryNames: string[], maxHamming: number): MarkerDetector {
  const decoders = dictionaryNames.map((name) => {
    const d = new AR.Detector({ dictionaryName: name, maxHammingDistance: maxHamming });
    d.dictionary.find = fastFind(d.dictionary);
    return d;
  });
  const main = decoders[0];
  const patch: GreyImage = new CV.Image(WARP_SIZE, WARP_SIZE, new Uint8ClampedArray(WARP_SIZE * WARP_SIZE));
  let grey: GreyImage = new CV.Image(0, 0, new Uint8ClampedArray(0));
  let thres = grey;
  let binary = new Int32Array(0);
  let candidates: Quad[] = [];

  function decode(decoder: (typeof decoders)[number]): Marker[] {
    const markers: Marker[] = [];
    for (const candidate of candidates) {
      CV.warp(grey, patch, candidate, WARP_SIZE);
      const level = CV.otsu(patch);
      readCentres(patch.data);
      CV.threshold(patch, patch, level);
      const marker = decoder.getMarker(patch, candidate);
      if (marker) markers.push(marker);
    }
    return markers;
  }

  return {
    detect(image) {
      const { width, height } = image;
      if (grey.data.length !== width * height) {
        grey = new CV.Image(width, height, new Uint8ClampedArray(width * height));
        thres = new CV.Image(width, height, new Uint8ClampedArray(width * height));
        binary = new Int32Array((width + 2) * (height + 2));
      }
      CV.grayscale(image, grey);
      CV.adaptiveThreshold(grey, thres, THRESHOLD_KERNEL, THRESHOLD_OFFSET);
      const outer = CV.findContours(thres, binary).filter((c) => !c.hole);
      // The library's own candidate filter and its detect()'s sizes: a contour at least 1% of the
      // frame's width long, four corners, convex, no edge under 10 px, no two squares within 10 px.
      candidates = main.notTooNear(main.clockwiseCorners(main.findCandidates(outer, width * 0.01, 0.05, 10)), 10);
      return decode(main);
    },
    decodeAgain(dictionary) {
      return decode(decoders[dictionary]);
    },
  };
}

/**
 * Gives every pixel of each cell of the warped marker the mean of the cell's centre, so that the
 * library's cell reading (a majority of the cell's pixels) reads the centre.
 */
export function readCentres(data: Uint8ClampedArray): void {
  for (let i = 0; i < CELLS; i++) {
    for (let j = 0; j < CELLS; j++) {
      const top = i * CELL * WARP_SIZE + j * CELL;
      let sum = 0;
      for (let y = CENTRE_FIRST; y < CENTRE_FIRST + CENTRE; y++) for (let x = CENTRE_FIRST; x < CENTRE_FIRST + CENTRE; x++) sum += data[top + y * WARP_SIZE + x];
      const mean = Math.round(sum / (CENTRE * CENTRE));
      for (let y = 0; y < CELL; y++) data.fill(mean, top + y * WARP_SIZE, top + y * WARP_SIZE + CELL);
    }
  }
}

const popcount = (x: number) => {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
};

/**
 * js-aruco2's dictionary lookup (Dictionary.prototype.find) with the same answer, the first code
 * closest to the cells if it is closer than tau, but on numbers: the library joins the cells into a
 * string and compares it with every code character by character, for each of four turns of every
 * candidate. Codes of up to 60 cells, as two halves of at most 30 bits.
 */
export function fastFind(dictionary: { codeList: string[]; tau: number }) {
  const bits = dictionary.codeList[0]?.length ?? 0;
  if (bits > 60) throw new Error(`fastFind: codes of ${bits} cells are longer than 60`);
  const split = bits >> 1;
  const highs = Int32Array.from(dictionary.codeList, (code) => parseInt(code.slice(0, split), 2));
  const lows = Int32Array.from(dictionary.codeList, (code) => parseInt(code.slice(split), 2) || 0);
  return (cells: number[][]): { id: number; distance: number } | undefined => {
    let high = 0;
    let low = 0;
    let k = 0;
    for (const row of cells) {
      for (const cell of row) {
        if (k++ < split) high = high * 2 + (cell ? 1 : 0);
        else low = low * 2 + (cell ? 1 : 0);
      }
    }
    let id = -1;
    let distance = Infinity;
    for (let i = 0; i < highs.length; i++) {
      const d = popcount(high ^ highs[i]) + popcount(low ^ lows[i]);
      if (d < distance) {
        distance = d;
        id = i;
        if (d === 0) break;
      }
    }
    return distance < dictionary.tau ? { id, distance } : undefined;
  };
}
