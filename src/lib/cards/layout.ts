/*
 * The printed card and how its rotation is read. Pure geometry, in "units" of one marker cell: the
 * marker is 8 units (a black border round 6 x 6 cells), the white margin round it holds the letters
 * and the number and gives the detector the light surround it needs. The printed sheet, the
 * synthetic rooms of the benchmark and the e2e camera all draw the card from these numbers.
 *
 * Holding a card: the letter at the top is the answer. A sits on the top edge, B on the right, C at
 * the bottom, D on the left, each printed upright for the person holding it that way round.
 */
import { CARD_CHOICES } from './ids.ts';

/** Marker side in units (border included). */
export const MARKER_UNITS = 8;
/**
 * White margin on each side of the marker, in units: a letter near the edge, then at least one unit
 * of blank paper before the marker. Letters closer than that merge with the marker's border in a
 * small or blurred image (measured with npm run bench:cards: 40 px cards went from 98% to 65% read
 * with a 1.5-unit margin).
 */
export const MARGIN_UNITS = 2;
/** Distance of a letter's centre (and the number's) from the card's outer edge, in units. */
export const LETTER_INSET = 0.6;
/** Letter and number height, in units. */
export const LETTER_UNITS = 0.85;
/** Card side in units. */
export const CARD_UNITS = MARKER_UNITS + 2 * MARGIN_UNITS;

export interface Point {
  x: number;
  y: number;
}

/**
 * Where each letter sits (centre, in card units) and how it is turned (degrees, clockwise) so that
 * it reads upright when its edge is at the top.
 */
export const LETTER_PLACES: { x: number; y: number; rotate: number }[] = [
  { x: CARD_UNITS / 2, y: LETTER_INSET, rotate: 0 },
  { x: CARD_UNITS - LETTER_INSET, y: CARD_UNITS / 2, rotate: -90 },
  { x: CARD_UNITS / 2, y: CARD_UNITS - LETTER_INSET, rotate: 180 },
  { x: LETTER_INSET, y: CARD_UNITS / 2, rotate: 90 },
];

/**
 * A turn further than this from the nearest upright position (degrees) is not read: a card held
 * near the diagonal could mean either of two answers, and a wrong count is worse than a missed one.
 */
export const MAX_TILT_DEGREES = 30;

/**
 * The answer a card shows, from the marker's corners as the detector gives them (clockwise from the
 * marker's own top-left, in image coordinates with y downwards). `mirrored`: the image is a mirror
 * image of the room (some webcams), which swaps left and right. Undefined when the card is held too
 * close to a diagonal.
 */
export function answerFromCorners(corners: readonly Point[], mirrored = false): number | undefined {
  if (corners.length !== 4) return undefined;
  const cx = (corners[0].x + corners[1].x + corners[2].x + corners[3].x) / 4;
  const cy = (corners[0].y + corners[1].y + corners[2].y + corners[3].y) / 4;
  // Direction from the centre to the middle of the marker's top edge: where "up" on the card points.
  const dx = (corners[0].x + corners[1].x) / 2 - cx;
  const dy = (corners[0].y + corners[1].y) / 2 - cy;
  if (dx === 0 && dy === 0) return undefined;
  // Angle of "up" from the image's up, clockwise, in degrees (0 = upright).
  let angle = (Math.atan2(dx, -dy) * 180) / Math.PI;
  if (mirrored) angle = -angle;
  const quarter = Math.round(angle / 90);
  if (Math.abs(angle - quarter * 90) > MAX_TILT_DEGREES) return undefined;
  // Card turned clockwise by a quarter: its left edge (D) is at the top; anticlockwise: B.
  const up = (((-quarter) % CARD_CHOICES) + CARD_CHOICES) % CARD_CHOICES;
  return up;
}
