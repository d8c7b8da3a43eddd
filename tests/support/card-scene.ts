/*
 * Synthetic rooms for the answer cards: people holding printed cards, drawn into RGBA frames the way
 * a camera would see them (turned to the chosen answer, tilted, skewed in perspective, at a given
 * width in pixels, under uneven light, partly covered by a hand, optionally mirrored), with noise
 * and a little blur. The cards come from the same layout and markers the printed sheet uses
 * (src/lib/cards). Used by the unit test, `npm run bench:cards` and the e2e fake camera.
 */
import { CARD_UNITS, LETTER_INSET, LETTER_PLACES, LETTER_UNITS, MARGIN_UNITS, MARKER_UNITS } from '../../src/lib/cards/layout.ts';
import { markerCells } from '../../src/lib/cards/marker.ts';

export interface PlacedCard {
  card: number;
  /** The answer held up: 0 = A at the top, 1 = B, 2 = C, 3 = D. */
  choice: number;
  /** Centre in the frame, pixels. */
  x: number;
  y: number;
  /** Card width in pixels (before perspective). */
  size: number;
  /** Extra turn in degrees, clockwise (a hand is never quite straight). */
  tilt?: number;
  /** Perspective: the card leans back by this share (0 = facing the camera; 0.3 = top edge 30% shorter). */
  lean?: number;
  /** Turned sideways: the left edge shorter by this share. */
  yaw?: number;
  /** Share of the card (from its lower edge) hidden by a hand. */
  covered?: number;
}

export interface Scene {
  width: number;
  height: number;
  cards: PlacedCard[];
  /** Overall brightness (1 = well lit) and how much darker the far side of the frame is (0..1). */
  light?: number;
  falloff?: number;
  /** Standard deviation of sensor noise, in grey levels. */
  noise?: number;
  /** Box blur radius in pixels (0: none). */
  blur?: number;
  /** The camera mirrors the room (left and right swapped). */
  mirrored?: boolean;
  /** Seed for noise and background. */
  seed?: number;
}

export interface Frame {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** A small deterministic generator, so every run of the benchmark draws the same rooms. */
export function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

type Matrix = number[];

/** The homography taking the unit square's corners (0,0),(1,0),(1,1),(0,1) to the four points. */
function squareToQuad(q: { x: number; y: number }[]): Matrix {
  const [p0, p1, p2, p3] = q;
  const dx1 = p1.x - p2.x, dx2 = p3.x - p2.x, dy1 = p1.y - p2.y, dy2 = p3.y - p2.y;
  const sx = p0.x - p1.x + p2.x - p3.x, sy = p0.y - p1.y + p2.y - p3.y;
  const det = dx1 * dy2 - dx2 * dy1;
  const g = (sx * dy2 - dx2 * sy) / det;
  const h = (dx1 * sy - sx * dy1) / det;
  return [p1.x - p0.x + g * p1.x, p3.x - p0.x + h * p3.x, p0.x, p1.y - p0.y + g * p1.y, p3.y - p0.y + h * p3.y, p0.y, g, h, 1];
}

function invert(m: Matrix): Matrix {
  const [a, b, c, d, e, f, g, h, i] = m;
  const A = e * i - f * h, B = -(d * i - f * g), C = d * h - e * g;
  const det = a * A + b * B + c * C;
  return [A / det, -(b * i - c * h) / det, (b * f - c * e) / det, B / det, (a * i - c * g) / det, -(a * f - c * d) / det, C / det, -(a * h - b * g) / det, (a * e - b * d) / det];
}

/** The card's four corners in the frame (top-left of the printed card first, clockwise). */
export function cardQuad(c: PlacedCard): { x: number; y: number }[] {
  const half = c.size / 2;
  const lean = c.lean ?? 0;
  const yaw = c.yaw ?? 0;
  // Corners of the card facing the camera, then foreshortened: top edge shorter (leaning back),
  // left edge shorter (turned sideways).
  const local = [
    { x: -half * (1 - lean), y: -half * (1 - yaw) },
    { x: half * (1 - lean), y: -half },
    { x: half, y: half },
    { x: -half, y: half * (1 - yaw) },
  ];
  // Showing answer k: the card is turned k quarters anticlockwise, plus the tilt.
  const angle = ((-90 * c.choice + (c.tilt ?? 0)) * Math.PI) / 180;
  const cos = Math.cos(angle), sin = Math.sin(angle);
  return local.map((p) => ({ x: c.x + p.x * cos - p.y * sin, y: c.y + p.x * sin + p.y * cos }));
}

/** Grey level of the printed card at (u, v) card units: paper, marker cells, letters and number. */
function cardInk(cells: boolean[][], u: number, v: number): number {
  const PAPER = 238, INK = 28;
  const mu = u - MARGIN_UNITS, mv = v - MARGIN_UNITS;
  if (mu >= 0 && mv >= 0 && mu < MARKER_UNITS && mv < MARKER_UNITS) {
    const col = Math.floor(mu), row = Math.floor(mv);
    if (row === 0 || col === 0 || row === MARKER_UNITS - 1 || col === MARKER_UNITS - 1) return INK;
    return cells[row - 1][col - 1] ? PAPER : INK;
  }
  // Letters: a small ring per letter, about the size and weight of the printed glyph.
  for (const place of LETTER_PLACES) {
    const du = Math.abs(u - place.x), dv = Math.abs(v - place.y);
    const h = LETTER_UNITS / 2, w = h * 0.75;
    if (du < w && dv < h && !(du < w - 0.15 && dv < h - 0.15)) return INK;
  }
  // The number in the top-left and bottom-right corners: a short dark bar.
  const corner = (cu: number, cv: number) => Math.abs(u - cu) < 0.6 && Math.abs(v - cv) < LETTER_UNITS / 2;
  if (corner(LETTER_INSET + 0.4, LETTER_INSET) || corner(CARD_UNITS - LETTER_INSET - 0.4, CARD_UNITS - LETTER_INSET)) return 40;
  return PAPER;
}

/** Draws a room: a textured wall and seats, people (dark shapes) holding their cards. */
export function renderScene(scene: Scene): Frame {
  const { width, height } = scene;
  const rnd = random(scene.seed ?? 1);
  const grey = new Float32Array(width * height);
  // Background: a wall with a soft gradient and blotches, a little like a hall.
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) grey[y * width + x] = 120 + 40 * Math.sin(x / 97) * Math.cos(y / 61) + 25 * (y / height);
  }
  const blotches = Math.round((width * height) / 20000);
  for (let k = 0; k < blotches; k++) {
    const bx = rnd() * width, by = rnd() * height, r = 4 + rnd() * 30, shade = 40 + rnd() * 170;
    for (let y = Math.max(0, Math.floor(by - r)); y < Math.min(height, by + r); y++) {
      for (let x = Math.max(0, Math.floor(bx - r)); x < Math.min(width, bx + r); x++) {
        if ((x - bx) ** 2 + (y - by) ** 2 < r * r) grey[y * width + x] = shade;
      }
    }
  }
  for (const c of scene.cards) {
    // The person behind the card: a dark body below it, a head above it.
    const body = c.size * 1.1;
    for (let y = Math.max(0, Math.floor(c.y)); y < Math.min(height, c.y + body * 1.6); y++) {
      for (let x = Math.max(0, Math.floor(c.x - body / 2)); x < Math.min(width, c.x + body / 2); x++) grey[y * width + x] = 55;
    }
    const quad = cardQuad(c);
    const toCard = invert(squareToQuad(quad));
    const cells = markerCells(c.card);
    const xs = quad.map((p) => p.x), ys = quad.map((p) => p.y);
    const x0 = Math.max(0, Math.floor(Math.min(...xs))), x1 = Math.min(width - 1, Math.ceil(Math.max(...xs)));
    const y0 = Math.max(0, Math.floor(Math.min(...ys))), y1 = Math.min(height - 1, Math.ceil(Math.max(...ys)));
    const covered = c.covered ?? 0;
    for (let y = y0; y <= y1; y++) {
      for (let x = x0; x <= x1; x++) {
        // 3 x 3 samples per pixel: the edges blend as a lens would blend them.
        let sum = 0, inside = 0;
        for (let sy = 0; sy < 3; sy++) {
          for (let sx = 0; sx < 3; sx++) {
            const px = x + (sx + 0.5) / 3, py = y + (sy + 0.5) / 3;
            const w = toCard[6] * px + toCard[7] * py + toCard[8];
            const u = ((toCard[0] * px + toCard[1] * py + toCard[2]) / w) * CARD_UNITS;
            const v = ((toCard[3] * px + toCard[4] * py + toCard[5]) / w) * CARD_UNITS;
            if (u < 0 || v < 0 || u >= CARD_UNITS || v >= CARD_UNITS) continue;
            inside++;
            // A hand over the card's lower part (in frame terms: below a line across the card).
            const handLine = c.y + c.size / 2 - covered * c.size;
            sum += covered > 0 && py > handLine ? 150 : cardInk(cells, u, v);
          }
        }
        if (inside) grey[y * width + x] = (grey[y * width + x] * (9 - inside) + sum) / 9;
      }
    }
  }
  let out: Float32Array = grey;
  const radius = scene.blur ?? 0;
  if (radius > 0) out = boxBlur(out, width, height, radius);
  const light = scene.light ?? 1, falloff = scene.falloff ?? 0, noise = scene.noise ?? 0;
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const sx = scene.mirrored ? width - 1 - x : x;
      const shade = light * (1 - falloff * (sx / width));
      // Box-Muller from two uniforms.
      const n = noise ? noise * Math.sqrt(-2 * Math.log(rnd() || 1e-9)) * Math.cos(2 * Math.PI * rnd()) : 0;
      const g = out[y * width + sx] * shade + n;
      const i = (y * width + x) * 4;
      // A slightly warm indoor light: the camera delivers colour even for black-and-white cards.
      data[i] = g * 1.04;
      data[i + 1] = g;
      data[i + 2] = g * 0.92;
      data[i + 3] = 255;
    }
  }
  return { width, height, data };
}

function boxBlur(src: Float32Array, width: number, height: number, r: number): Float32Array {
  const tmp = new Float32Array(src.length), dst = new Float32Array(src.length);
  const k = 2 * r + 1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let s = 0;
      for (let d = -r; d <= r; d++) s += src[y * width + Math.min(width - 1, Math.max(0, x + d))];
      tmp[y * width + x] = s / k;
    }
  }
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let s = 0;
      for (let d = -r; d <= r; d++) s += tmp[Math.min(height - 1, Math.max(0, y + d)) * width + x];
      dst[y * width + x] = s / k;
    }
  }
  return dst;
}

/**
 * A room of `count` people in rows, each holding card `first + i` with answer answers[i], cards
 * `size` px wide; returns the scene and the truth.
 */
export function roomScene(options: {
  width: number;
  height: number;
  cards: { card: number; choice: number }[];
  size: number;
  seed: number;
  tilt?: number;
  lean?: number;
  yaw?: number;
  covered?: number;
}): PlacedCard[] {
  const { width, height, cards, size, seed } = options;
  const rnd = random(seed);
  const pitch = size * 1.9;
  const perRow = Math.max(1, Math.floor((width - size) / pitch));
  return cards.map((c, i) => {
    const row = Math.floor(i / perRow), col = i % perRow;
    const jitter = () => (rnd() - 0.5) * size * 0.3;
    return {
      ...c,
      x: size + col * pitch + jitter(),
      y: size * 0.9 + row * pitch * 1.15 + jitter(),
      size,
      tilt: options.tilt !== undefined ? (rnd() * 2 - 1) * options.tilt : 0,
      lean: options.lean !== undefined ? rnd() * options.lean : 0,
      yaw: options.yaw !== undefined ? rnd() * options.yaw : 0,
      covered: options.covered,
    };
  }).filter((c) => c.y + c.size < height);
}

/**
 * Frames as a Y4M video (4:2:0), the format Chromium plays as a fake camera
 * (--use-file-for-fake-video-capture). It loops the file, so a few frames make an endless sweep.
 */
export function toY4m(frames: Frame[], fps = 10): Buffer {
  const { width, height } = frames[0];
  const parts: Buffer[] = [Buffer.from(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`)];
  const cw = width >> 1, ch = height >> 1;
  for (const f of frames) {
    const y = Buffer.alloc(width * height), u = Buffer.alloc(cw * ch), v = Buffer.alloc(cw * ch);
    for (let i = 0; i < width * height; i++) {
      const r = f.data[i * 4], g = f.data[i * 4 + 1], b = f.data[i * 4 + 2];
      y[i] = Math.max(0, Math.min(255, Math.round(0.299 * r + 0.587 * g + 0.114 * b)));
    }
    for (let cy = 0; cy < ch; cy++) {
      for (let cx = 0; cx < cw; cx++) {
        const i = (cy * 2 * width + cx * 2) * 4;
        const r = f.data[i], g = f.data[i + 1], b = f.data[i + 2];
        u[cy * cw + cx] = Math.max(0, Math.min(255, Math.round(128 - 0.168736 * r - 0.331264 * g + 0.5 * b)));
        v[cy * cw + cx] = Math.max(0, Math.min(255, Math.round(128 + 0.5 * r - 0.418688 * g - 0.081312 * b)));
      }
    }
    parts.push(Buffer.from('FRAME\n'), y, u, v);
  }
  return Buffer.concat(parts);
}
