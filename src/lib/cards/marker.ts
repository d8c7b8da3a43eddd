/*
 * The markers themselves, from js-aruco2's copy of the ArUco MIP 36h12 dictionary: the cells of a
 * card's marker (to print it and to draw synthetic rooms) and the dictionary the reader decodes with.
 * Build time, benchmark and the lazily loaded camera module only: the deck never loads this itself.
 */
import aruco from 'js-aruco2';
import { CARD_MAX, markerOf } from './ids.ts';

const { AR } = aruco;
const SOURCE = 'ARUCO_MIP_36h12';
const SIDE = 6;

/** The 6 x 6 cells of a card's marker, row by row: true = white. */
export function markerCells(card: number): boolean[][] {
  const code = new AR.Dictionary(SOURCE).codeList[markerOf(card)];
  if (!code) throw new Error(`Kartu ${card} tidak ada: nomor kartu 1 sampai ${CARD_MAX}`);
  return Array.from({ length: SIDE }, (_, r) => Array.from({ length: SIDE }, (_, c) => code[r * SIDE + c] === '1'));
}

const mirror = (bits: string) =>
  Array.from({ length: SIDE }, (_, r) => [...bits.slice(r * SIDE, r * SIDE + SIDE)].reverse().join('')).join('');

/** Names under which the reader's dictionaries are registered with js-aruco2. */
export const CARD_DICTIONARY = 'NAS_CARDS_MIP_36h12';
export const MIRRORED_DICTIONARY = 'NAS_CARDS_MIP_36h12_MIRRORED';

/**
 * Registers (once) the two dictionaries the reader decodes with: the card markers, and their mirror
 * images (for a camera that mirrors the room), each in card order. Each on its own keeps every pair
 * 12 cells apart under rotation, so the reader can correct up to 5 cells; a marker and another's
 * mirror image can be as close as 6, which is why they are not put in one dictionary.
 */
export function registerCardDictionary(): void {
  if (AR.DICTIONARIES[CARD_DICTIONARY]) return;
  const plain = new AR.Dictionary(SOURCE).codeList.slice(0, CARD_MAX);
  const toHex = (bits: string) => parseInt(bits, 2).toString(16);
  AR.DICTIONARIES[CARD_DICTIONARY] = { nBits: SIDE * SIDE, tau: 12, codeList: plain.map(toHex) };
  AR.DICTIONARIES[MIRRORED_DICTIONARY] = { nBits: SIDE * SIDE, tau: 12, codeList: plain.map((bits) => toHex(mirror(bits))) };
}
