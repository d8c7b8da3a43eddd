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
  interface ArNamespace {
    DICTIONARIES: Record<string, DictionaryDefinition>;
    Dictionary: new (name: string) => { codeList: string[]; nBits: number; markSize: number; tau: number };
    Detector: new (config?: { dictionaryName?: string; maxHammingDistance?: number }) => {
      detect(image: ImageLike): Marker[];
      /** Decodes given square candidates in a grey image (what detect does after finding them). */
      findMarkers(grey: unknown, candidates: unknown, warpSize: number): Marker[];
      /** The grey image and the square candidates of the last detect() call. */
      grey: unknown;
      candidates: unknown;
    };
  }
  const aruco: { AR: ArNamespace };
  export default aruco;
}
