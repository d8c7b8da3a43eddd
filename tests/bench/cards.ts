/*
 * `npm run bench:cards`: how well and how fast the deck reads answer cards. Synthetic rooms are drawn
 * from the printed cards (tests/support/card-scene.ts: the sheet's layout and markers), one condition
 * at a time (card width, turn, perspective, light, a hand over the card, blur, a mirroring camera),
 * several frames each with different noise, and fed to the reader the deck's camera worker uses
 * (src/lib/cards/reader.ts), frame after frame as a video. Prints, per condition: cards placed,
 * read right in one frame, wrong reads (a wrong answer or a wrong number), and counted after the
 * deck's two-frame confirmation; then frames per second at 1280x720 and 640x480 with the load average.
 *
 * Goal (issue 18): cards at least 40 px wide read 99% with no wrong answer, at 10 frames per second.
 * "Hand over the marker" is there to show what is not readable, and is not part of the goal.
 *
 * Two sets of rooms, drawn alike from different seeds: the tuning set (the rooms the reader's
 * choices in src/lib/cards/detector.ts were measured and tuned on) and the check set (other people,
 * other places, other noise; never tuned on), so that a choice that only suits the tuning rooms
 * shows. `--set tuning` or `--set check` runs one of them.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { createCardReader } from '../../src/lib/cards/reader.ts';
import { createConfirmer } from '../../src/lib/cards/tally.ts';
import { renderScene, roomScene, type Frame, type Scene } from '../support/card-scene.ts';

const { values: args } = parseArgs({
  options: { frames: { type: 'string', default: '4' }, only: { type: 'string' }, set: { type: 'string', default: 'both' } },
});
const FRAMES = Math.max(2, Math.min(20, Number(args.frames) || 4));
const WIDTH = 1280;
const HEIGHT = 720;

interface Condition {
  name: string;
  size: number;
  tilt?: number;
  lean?: number;
  yaw?: number;
  covered?: number;
  scene?: Partial<Scene>;
  /** Counted towards the 99% goal (cards at least 40 px wide that a camera can see whole). */
  goal: boolean;
}

const conditions: Condition[] = [
  { name: '40 px, tegak ±10°', size: 40, tilt: 10, goal: true },
  { name: '60 px, tegak ±10°', size: 60, tilt: 10, goal: true },
  { name: '100 px, tegak ±10°', size: 100, tilt: 10, goal: true },
  { name: '40 px, miring ±25°', size: 40, tilt: 25, goal: true },
  { name: '40 px, perspektif (condong 35%, menyamping 30%)', size: 40, tilt: 10, lean: 0.35, yaw: 0.3, goal: true },
  { name: '60 px, perspektif (condong 35%, menyamping 30%)', size: 60, tilt: 10, lean: 0.35, yaw: 0.3, goal: true },
  { name: '40 px, redup (45%)', size: 40, tilt: 10, scene: { light: 0.45, noise: 5 }, goal: true },
  { name: '40 px, cahaya tidak rata (60% lebih gelap di satu sisi)', size: 40, tilt: 10, scene: { falloff: 0.6 }, goal: true },
  { name: '40 px, derau kamera kuat (σ 10)', size: 40, tilt: 10, scene: { noise: 10 }, goal: true },
  { name: '40 px, sedikit kabur (1 px)', size: 40, tilt: 10, scene: { blur: 1 }, goal: true },
  { name: '40 px, kamera cermin', size: 40, tilt: 10, scene: { mirrored: true }, goal: true },
  { name: '60 px, tangan menutup tepi putih (10%)', size: 60, tilt: 10, covered: 0.1, goal: true },
  { name: '60 px, tangan menutup kotak hitam (30%)', size: 60, tilt: 10, covered: 0.3, goal: false },
  { name: '30 px (di bawah sasaran)', size: 30, tilt: 10, goal: false },
];

/** For frames per second: one reader, as the deck's camera has. */
const reader = createCardReader();
const pad = (s: string | number, n: number) => String(s).padStart(n);

interface Row {
  name: string;
  goal: boolean;
  placed: number;
  right: number;
  wrong: number;
  counted: number;
  countedWrong: number;
}

/** Seeds of a set of rooms: which cards, where the people sit, the camera's noise. */
interface RoomSet {
  name: string;
  cards: number;
  room: number;
  noise: number;
}
const SETS: RoomSet[] = [
  { name: 'set penyetelan', cards: 0, room: 100, noise: 0 },
  { name: 'set uji (tidak dipakai menyetel)', cards: 101, room: 700, noise: 500_000 },
];

function runCondition(c: Condition, index: number, set: RoomSet): { row: Row; frames: Frame[] } {
  const truth = Array.from({ length: 150 }, (_, i) => ({ card: ((i * 37 + index * 11 + set.cards) % 250) + 1, choice: (i * 3 + index + set.cards) % 4 }));
  const frames: Frame[] = [];
  const row: Row = { name: c.name, goal: c.goal, placed: 0, right: 0, wrong: 0, counted: 0, countedWrong: 0 };
  // Each condition is a new camera session (the reader learns whether the camera mirrors).
  const reader = createCardReader();
  const confirmer = createConfirmer();
  const counted = new Map<number, number>();
  // One room (the same people), filmed for several frames: each frame with its own noise.
  const placed = roomScene({ width: WIDTH, height: HEIGHT, cards: truth, size: c.size, seed: set.room + index, tilt: c.tilt, lean: c.lean, yaw: c.yaw, covered: c.covered });
  const want = new Map(placed.map((p) => [p.card, p.choice]));
  for (let f = 0; f < FRAMES; f++) {
    const frame = renderScene({ width: WIDTH, height: HEIGHT, cards: placed, noise: 3, seed: set.noise + 1000 * index + f, ...c.scene });
    frames.push(frame);
    const reads = reader.read(frame);
    row.placed += placed.length;
    for (const r of reads) {
      if (want.get(r.card) === r.choice) row.right++;
      else row.wrong++;
    }
    for (const a of confirmer.push(reads)) counted.set(a.card, a.choice);
  }
  for (const [card, choice] of counted) {
    if (want.get(card) === choice) row.counted++;
    else row.countedWrong++;
  }
  row.placed /= FRAMES;
  return { row, frames };
}

/**
 * Frames per second through one reader: by the clock, and by the processor time this process got
 * (on a shared machine the clock counts the time other processes had the cores).
 */
function fps(frames: Frame[], seconds = 3): { wall: number; cpu: number } {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  let n = 0;
  while (performance.now() - started < seconds * 1000 && n < 200) {
    reader.read(frames[n % frames.length]);
    n++;
  }
  const cpu = process.cpuUsage(cpuStarted);
  return { wall: (n * 1000) / (performance.now() - started), cpu: (n * 1e6) / (cpu.user + cpu.system) };
}

const percent = (a: number, b: number) => (b ? ((a * 100) / b).toFixed(1) : '-');
const sets = SETS.filter((_, i) => args.set === 'both' || (args.set === 'check' ? i === 1 : i === 0));
console.log(`Kartu jawaban: ${FRAMES} gambar ${WIDTH}x${HEIGHT} per kondisi (node ${process.version})`);
let sample: Frame[] = [];
let noisy: Frame[] = [];
for (const set of sets) {
  console.log(`\n${set.name}`);
  console.log(`${'kondisi'.padEnd(58)} ${pad('kartu', 5)} ${pad('terbaca/gbr', 11)} ${pad('salah', 5)} ${pad('terhitung', 9)} ${pad('salah', 5)}`);
  const rows: Row[] = [];
  conditions.forEach((c, i) => {
    const wanted = !args.only || c.name.includes(args.only);
    // The first condition's frames are also the ones frames per second are measured on.
    if (!wanted && (i !== 0 || sample.length)) return;
    const { row, frames } = runCondition(c, i, set);
    if (i === 0 && !sample.length) sample = frames;
    if (c.scene?.noise === 10 && !noisy.length) noisy = frames;
    if (!wanted) return;
    rows.push(row);
    const perFrame = row.right / FRAMES;
    console.log(
      `${(c.name + (c.goal ? '' : ' *')).padEnd(58)} ${pad(row.placed, 5)} ${pad(`${percent(perFrame, row.placed)}%`, 11)} ${pad(row.wrong, 5)} ${pad(`${percent(row.counted, row.placed)}%`, 9)} ${pad(row.countedWrong, 5)}`,
    );
  });
  const goal = rows.filter((r) => r.goal);
  const goalPlaced = goal.reduce((s, r) => s + r.placed * FRAMES, 0);
  const goalRight = goal.reduce((s, r) => s + r.right, 0);
  const goalCounted = goal.reduce((s, r) => s + r.counted, 0);
  const goalWrong = goal.reduce((s, r) => s + r.wrong + r.countedWrong, 0);
  const worst = goal.reduce<Row | undefined>((w, r) => (!w || r.right / r.placed < w.right / w.placed ? r : w), undefined);
  console.log('* di luar sasaran (ditampilkan untuk diketahui)');
  console.log(
    `Sasaran (kartu >= 40 px terlihat utuh): ${percent(goalRight, goalPlaced)}% terbaca per gambar, ${percent(goalCounted, goalPlaced / FRAMES)}% terhitung, ${goalWrong} salah baca (sasaran: 99%, 0)` +
      (worst ? `; terendah: ${worst.name} ${percent(worst.right / FRAMES, worst.placed)}%` : ''),
  );
}

const small = [0, 1].map((k) =>
  renderScene({ width: 640, height: 480, cards: roomScene({ width: 640, height: 480, cards: Array.from({ length: 40 }, (_, i) => ({ card: i + 1, choice: i % 4 })), size: 40, seed: 7 + k, tilt: 10 }), noise: 3, seed: k }),
);
const load = () => loadavg().map((n) => n.toFixed(2)).join(' ');
/** Frames per second through one reader, with the load average (1, 5, 15 minutes) just before. */
function measure(frames: Frame[]): string {
  fps(frames, 1); // warm up
  const before = load();
  const { wall, cpu } = fps(frames);
  return `${wall.toFixed(1)} (waktu prosesor: ${cpu.toFixed(1)}; beban ${before})`;
}
console.log(`\nKecepatan, gambar/detik dengan satu inti (beban rata-rata mesin 1, 5, 15 menit; 2 inti):`);
console.log(`  1280x720, 128 kartu 40 px: ${measure(sample)}`);
if (noisy.length) console.log(`  1280x720, derau kamera kuat (σ 10): ${measure(noisy)}`);
console.log(`  640x480, 40 kartu 40 px: ${measure(small)}`);
