/*
 * Reads answer cards in one camera frame (RGBA pixels): which card, which answer. The markers are
 * found by js-aruco2's stages (detector.ts); this module says which dictionaries, how many cells
 * may be corrected, and turns a marker and its corner order into a card number and an answer. The deck's camera module and `npm run bench:cards`
 * both read through this, so the benchmark measures what the deck does.
 */
import type { ImageLike, Point } from 'js-aruco2';
import { createMarkerDetector } from './detector.ts';
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
 * A reader for a stream of frames. Each frame is searched once for square candidates, decoded as
 * cards; the same candidates are then decoded against the mirror images too, in one frame out of
 * MIRROR_CHECK_EVERY while the camera does not mirror. Which of the two counts is decided by exact
 * reads over recent frames, never both at once: a marker and another's mirror image may be only 6
 * cells apart, so mixing them would allow wrong reads.
 */
export function createCardReader(): CardReader {
  registerCardDictionary();
  const detector = createMarkerDetector([CARD_DICTIONARY, MIRRORED_DICTIONARY], MAX_HAMMING);
  let plainEvidence = 0;
  let mirrorEvidence = 0;
  let frame = 0;
  let mirrored = false;
  return {
    read(image) {
      const plainMarkers = detector.detect(image);
      // Decoding the candidates costs most of a frame; while the camera is not mirroring, the mirror
      // images are looked for in one frame out of MIRROR_CHECK_EVERY only.
      const checkMirror = mirrored || frame++ % MIRROR_CHECK_EVERY === 0;
      const mirrorMarkers = checkMirror ? detector.decodeAgain(1) : [];
      plainEvidence = plainEvidence * 0.8 + plainMarkers.filter((m) => m.hammingDistance === 0).length;
      if (checkMirror) mirrorEvidence = mirrorEvidence * 0.8 + mirrorMarkers.filter((m) => m.hammingDistance === 0).length;
      mirrored = mirrorEvidence > plainEvidence + MIRROR_EVIDENCE;
      const reads: CardRead[] = [];
      for (const marker of mirrored ? mirrorMarkers : plainMarkers) {
        const choice = answerFromCorners(marker.corners, mirrored);
        if (choice !== undefined) reads.push({ card: cardOf(marker.id), choice, corners: marker.corners, mirrored });
      }
      return onePerCard(reads);
    },
  };
}

/** While the camera does not mirror, mirror images are looked for in one frame out of this many. */
const MIRROR_CHECK_EVERY = 6;

/**
 * One read per card per frame. Two sightings of one number in different places (a photocopied
 * card) are both dropped rather than guessed between; two at the same place are one card found
 * twice (two outlines of one marker) and count once. Dropping those too lost a card for good: the
 * 100 px card the benchmark never read.
 */
export function onePerCard<T extends Pick<CardRead, 'card' | 'corners'>>(reads: readonly T[]): T[] {
  const kept = new Map<number, T>();
  const copied = new Set<number>();
  for (const read of reads) {
    const first = kept.get(read.card);
    if (!first) kept.set(read.card, read);
    else if (!samePlace(first.corners, read.corners)) copied.add(read.card);
  }
  return [...kept.values()].filter((read) => !copied.has(read.card));
}

const centre = (corners: readonly Point[]) => ({
  x: corners.reduce((sum, p) => sum + p.x, 0) / corners.length,
  y: corners.reduce((sum, p) => sum + p.y, 0) / corners.length,
});

/** Centres closer than half the first marker's side. */
function samePlace(a: readonly Point[], b: readonly Point[]): boolean {
  const ca = centre(a);
  const cb = centre(b);
  const side = Math.hypot(a[1].x - a[0].x, a[1].y - a[0].y);
  return Math.hypot(ca.x - cb.x, ca.y - cb.y) < side / 2;
}
