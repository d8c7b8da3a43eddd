/*
 * Reads answer cards in one camera frame (RGBA pixels): which card, which answer. A thin wrapper
 * round js-aruco2's ArUco detector (contours, perspective, cell sampling are the library's); this
 * module only says which dictionary, how many cells may be corrected, and turns a marker and its
 * corner order into a card number and an answer. The deck's camera module and `npm run bench:cards`
 * both read through this, so the benchmark measures what the deck does.
 */
import aruco, { type ImageLike, type Point } from 'js-aruco2';
import { CARD_MAX, cardOf } from './ids.ts';
import { answerFromCorners } from './layout.ts';
import { CARD_DICTIONARY, registerCardDictionary } from './marker.ts';

/**
 * Cells the decoder may correct, plus one (js-aruco2 accepts a distance below this). Markers and
 * mirror images differ in at least 6 cells, so correcting 2 can never turn one card into another.
 */
export const MAX_HAMMING = 3;

export interface CardRead {
  card: number;
  /** Option index: 0 = A, 1 = B, 2 = C, 3 = D. */
  choice: number;
  /** The marker's corners in the frame, for drawing an outline. */
  corners: Point[];
  mirrored: boolean;
}

export interface CardReader {
  read(image: ImageLike): CardRead[];
}

export function createCardReader(): CardReader {
  registerCardDictionary();
  const detector = new aruco.AR.Detector({ dictionaryName: CARD_DICTIONARY, maxHammingDistance: MAX_HAMMING });
  return {
    read(image) {
      const reads: CardRead[] = [];
      const seen = new Set<number>();
      for (const marker of detector.detect(image)) {
        const mirrored = marker.id >= CARD_MAX;
        const card = cardOf(mirrored ? marker.id - CARD_MAX : marker.id);
        const choice = answerFromCorners(marker.corners, mirrored);
        // One read per card per frame: two sightings of one number in a frame (a photocopied card)
        // are both dropped rather than guessed between.
        if (choice === undefined) continue;
        if (seen.has(card)) {
          const i = reads.findIndex((r) => r.card === card);
          if (i >= 0) reads.splice(i, 1);
          continue;
        }
        seen.add(card);
        reads.push({ card, choice, corners: marker.corners, mirrored });
      }
      return reads;
    },
  };
}
