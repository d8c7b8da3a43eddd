/* Types for the parts of js-aruco2 (CommonJS, no types of its own) that src/lib/cards uses. */
declare module 'js-aruco2' {
  export interface Point {
    x: number;
    y: number;
  }
  export interface DictionaryDefinition {
    nBits: number;
    tau?: number;
    codeList: (number | string | number[])[];
  }
  export interface Marker {
    id: number;
    /** Clockwise, starting at the marker's own top-left corner whatever its rotation in the image. */
    corners: Point[];
    hammingDistance: number;
  }
  export interface ImageLike {
    width: number;
    height: number;
    data: Uint8ClampedArray | Uint8Array;
  }
  /** A grey image of js-aruco2's CV module (one byte a pixel). */
  export interface GreyImage {
    width: number;
    height: number;
    data: Uint8ClampedArray;
  }
  export interface Dictionary {
    codeList: string[];
    nBits: number;
    markSize: number;
    tau: number;
    /** The closest code to a marker's cells (rows of 0/1), if closer than tau. */
    find(cells: number[][]): { id: number; distance: number } | undefined;
  }
  interface ArNamespace {
    DICTIONARIES: Record<string, DictionaryDefinition>;
    Dictionary: new (name: string) => Dictionary;
    Detector: new (config?: { dictionaryName?: string; maxHammingDistance?: number }) => {
      dictionary: Dictionary;
      detect(image: ImageLike): Marker[];
      /** Four-cornered convex polygons among the contours (detect's candidate filter). */
      findCandidates(contours: Point[][], minSize: number, epsilon: number, minLength: number): Point[][];
      clockwiseCorners(candidates: Point[][]): Point[][];
      /** Of two candidates whose corners are on average closer than minDist, keeps the larger. */
      notTooNear(candidates: Point[][], minDist: number): Point[][];
      /** Reads a warped, thresholded candidate: border check, cells, the four turns, the dictionary. */
      getMarker(warped: GreyImage, candidate: Point[]): Marker | null;
    };
  }
  const aruco: { AR: ArNamespace };
  export default aruco;
}

declare module 'js-aruco2/src/cv.js' {
  import type { GreyImage, ImageLike, Point } from 'js-aruco2';
  const cv: {
    CV: {
      Image: new (width?: number, height?: number, data?: Uint8ClampedArray) => GreyImage;
      grayscale(image: ImageLike, grey: GreyImage): GreyImage;
      adaptiveThreshold(grey: GreyImage, out: GreyImage, kernelSize: number, threshold: number): GreyImage;
      /** Contours of the non-zero pixels; `binary` is scratch space of (width + 2) x (height + 2). */
      findContours(image: GreyImage, binary: Int32Array | number[]): (Point[] & { hole: boolean })[];
      warp(grey: GreyImage, out: GreyImage, quad: Point[], size: number): GreyImage;
      otsu(grey: GreyImage): number;
      threshold(grey: GreyImage, out: GreyImage, level: number): GreyImage;
    };
  };
  export default cv;
}
