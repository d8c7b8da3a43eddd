/*
 * Reads answer cards in one camera frame (RGBA pixels): which card, which answer. A thin wrapper
 * round js-aruco2's ArUco detector (contours, perspective, cell sampling are the library's); this
 * module only says which dictionary, how many cells may be corrected, and turns a marker and its
 * corner order into a card number and an answer. The deck's camera module and `npm run bench:cards`
 * both read through this, so the benchmark measures what the deck does.
 */
import aruco, { type ImageLike, type Point } from 'js-aruco2';
import { cardOf } from './ids.ts';
import { answerFromCorners } from './layout.ts';
import { CARD_DICTIONARY, MIRRORED_DICTIONARY, registerCardDictionary } from './marker.ts';

/**
 * Cells the decoder may correct, plus one (js-aruco2 accepts a distance below this). The cards'
 * markers are 12 cells apart under rotation, so correcting 5 never turns one card into another.
 */
export const MAX_HAMMING = 4;

/**
 * How much more evidence (exact reads, decaying) the mirror images need before the reader treats the
 * camera as mirroring. Frames from a browser camera are normally not mirrored.
 */
const MIRROR_EVIDENCE = 3;

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

/**
 * A reader for a stream of frames. Each frame is searched once (js-aruco2's detect: grey, adaptive
 * threshold, contours, square candidates, decoding); the same candidates are then decoded against the
 * mirror images too (the detector's own findMarkers on its grey image and candidates). Which of the
 * two counts is decided by exact reads over recent frames, never both at once: a marker and another's
 * mirror image may be only 6 cells apart, so mixing them would allow wrong reads.
 */
export function createCardReader(): CardReader {
  registerCardDictionary();
  const plain = new aruco.AR.Detector({ dictionaryName: CARD_DICTIONARY, maxHammingDistance: MAX_HAMMING });
  const mirror = new aruco.AR.Detector({ dictionaryName: MIRRORED_DICTIONARY, maxHammingDistance: MAX_HAMMING });
  let plainEvidence = 0;
  let mirrorEvidence = 0;
  let frame = 0;
  let mirrored = false;
  return {
    read(image) {
      const plainMarkers = plain.detect(image);
      // Decoding the candidates costs most of a frame; while the camera is not mirroring, the mirror
      // images are looked for in one frame out of MIRROR_CHECK_EVERY only.
      const checkMirror = mirrored || frame++ % MIRROR_CHECK_EVERY === 0;
      const mirrorMarkers = checkMirror ? mirror.findMarkers(plain.grey, plain.candidates, WARP_SIZE) : [];
      plainEvidence = plainEvidence * 0.8 + plainMarkers.filter((m) => m.hammingDistance === 0).length;
      if (checkMirror) mirrorEvidence = mirrorEvidence * 0.8 + mirrorMarkers.filter((m) => m.hammingDistance === 0).length;
      mirrored = mirrorEvidence > plainEvidence + MIRROR_EVIDENCE;
      const reads: CardRead[] = [];
      const seen = new Set<number>();
      for (const marker of mirrored ? mirrorMarkers : plainMarkers) {
        const card = cardOf(marker.id);
        const choice = answerFromCorners(marker.corners, mirrored);
        if (choice === undefined) continue;
        // One read per card per frame: two sightings of one number in a frame (a photocopied card)
        // are both dropped rather than guessed between.
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

/** While the camera does not mirror, mirror images are looked for in one frame out of this many. */
const MIRROR_CHECK_EVERY = 6;

/** The size js-aruco2's detect warps each candidate to before reading its cells. */
const WARP_SIZE = 49;
