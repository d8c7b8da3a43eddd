/*
 * The deck's camera for answer cards, loaded only when the facilitator turns it on (the deck does not
 * carry the detector otherwise). It shows the camera picture with each read card outlined and
 * labelled, reads frames one after another in a worker (card-worker.ts, js-aruco2 through
 * src/lib/cards/reader.ts), counts a card once two frames in a row agree (src/lib/cards/tally.ts) and
 * hands the answers to the deck, whose state keeps each card's latest answer per slide.
 */
import { cards as t } from '../../i18n/cards';
import { createConfirmer, formatRuns, missingCards } from '../../lib/cards/tally';
import type { CardRead } from '../../lib/cards/reader';

export interface CameraContext {
  panel: HTMLElement;
  /** The current slide when it is a question: its index and number of options. */
  question(): { slide: number; options: number } | undefined;
  /** Card number -> answer already counted on the current slide. */
  counted(): Record<number, number>;
  /** New or changed answers for the current slide. */
  answer(answers: { card: number; choice: number }[]): void;
  clear(): void;
}

export interface CameraHandle {
  /** Repaints the counts (after a slide change or a state change from another window). */
  update(): void;
  stop(): void;
}

const LETTERS = 'ABCD';
const HANDED_OUT_KEY = 'nas:kartu:v1:dibagikan';

export function startCamera(ctx: CameraContext): CameraHandle {
  const q = <T extends HTMLElement>(selector: string) => ctx.panel.querySelector<T>(selector)!;
  const status = q<HTMLElement>('[data-cam-status]');
  const video = q<HTMLVideoElement>('video');
  const overlay = q<HTMLCanvasElement>('[data-cam-overlay]');
  const seen = q<HTMLElement>('[data-cam-seen]');
  const missing = q<HTMLElement>('[data-cam-missing]');
  const handedOut = q<HTMLInputElement>('[data-cam-handed-out]');
  const picker = q<HTMLSelectElement>('[data-cam-device]');
  const clear = q<HTMLButtonElement>('[data-cam-clear]');

  const confirmer = createConfirmer();
  let stopped = false;
  try {
    handedOut.value = localStorage.getItem(HANDED_OUT_KEY) ?? '';
  } catch {
    /* storage blocked: the field starts empty */
  }

  const update = () => {
    const question = ctx.question();
    clear.disabled = !question;
    if (!question) {
      seen.textContent = t.notQuestion;
      missing.textContent = '';
      return;
    }
    const numbers = Object.keys(ctx.counted()).map(Number);
    const out = Number(handedOut.value);
    const gaps = missingCards(numbers, Number.isInteger(out) && out > 0 ? out : undefined);
    seen.textContent = t.seen(numbers.length);
    missing.textContent = gaps.length ? t.missing(formatRuns(gaps)) : numbers.length ? t.noneMissing : '';
  };
  const onHandedOut = () => {
    try {
      localStorage.setItem(HANDED_OUT_KEY, handedOut.value);
    } catch {
      /* not kept across reloads, still used now */
    }
    update();
  };
  handedOut.addEventListener('input', onHandedOut);
  const onClear = () => {
    confirmer.reset();
    ctx.clear();
  };
  clear.addEventListener('click', onClear);

  if (!window.isSecureContext || !navigator.mediaDevices?.getUserMedia) {
    const local = new URL(location.href);
    local.hostname = 'localhost';
    status.textContent = t.insecure(location.origin, local.href);
    update();
    return { update, stop: () => detach() };
  }

  const worker = new Worker(new URL('./card-worker.ts', import.meta.url), { type: 'module' });
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  let stream: MediaStream | undefined;
  let busy = false;
  /** A video frame has arrived that the worker has not read yet. */
  let fresh = false;
  let watching = false;
  let lastSlide = -1;
  let frames = 0;
  let since = performance.now();
  let buffer: ArrayBuffer | undefined;

  function detach() {
    stopped = true;
    handedOut.removeEventListener('input', onHandedOut);
    clear.removeEventListener('click', onClear);
  }

  function drawReads(reads: CardRead[], width: number, height: number) {
    overlay.width = width;
    overlay.height = height;
    const g = overlay.getContext('2d')!;
    g.clearRect(0, 0, width, height);
    g.lineWidth = Math.max(2, width / 400);
    const size = Math.round(Math.max(14, width / 60));
    g.font = `bold ${size}px system-ui, sans-serif`;
    for (const r of reads) {
      g.strokeStyle = '#00e060';
      g.beginPath();
      r.corners.forEach((p, i) => (i ? g.lineTo(p.x, p.y) : g.moveTo(p.x, p.y)));
      g.closePath();
      g.stroke();
      // Number and letter beside the outline, in text: the colour alone says nothing.
      const label = `${r.card} ${LETTERS[r.choice]}`;
      const x = Math.min(...r.corners.map((p) => p.x));
      const y = Math.min(...r.corners.map((p) => p.y)) - 4;
      g.fillStyle = '#000';
      g.fillRect(x - 2, y - size, g.measureText(label).width + 4, size + 4);
      g.fillStyle = '#fff';
      g.fillText(label, x, y);
    }
  }

  worker.addEventListener('message', (event: MessageEvent<{ reads: CardRead[]; ms: number; buffer: ArrayBuffer }>) => {
    busy = false;
    buffer = event.data.buffer;
    if (stopped) return;
    frames++;
    const now = performance.now();
    if (now - since > 2000) {
      status.textContent = t.running(Math.round((frames * 1000) / (now - since)));
      frames = 0;
      since = now;
    }
    drawReads(event.data.reads, canvas.width, canvas.height);
    const question = ctx.question();
    if (question) {
      if (question.slide !== lastSlide) {
        confirmer.reset();
        lastSlide = question.slide;
      }
      // C and D on a two-option question are not an answer.
      const confirmed = confirmer.push(event.data.reads.filter((r) => r.choice < question.options));
      const counted = ctx.counted();
      const changed = confirmed.filter((a) => counted[a.card] !== a.choice);
      if (changed.length) ctx.answer(changed);
    }
    // The next frame goes out as soon as this one is read, if the camera has one: waiting for the
    // camera's next frame after each read left the worker idle for up to a frame's time each round.
    grab();
  });

  function grab() {
    if (stopped || busy || !fresh || video.readyState < 2 || !video.videoWidth) return;
    fresh = false;
    const width = video.videoWidth;
    const height = video.videoHeight;
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    context.drawImage(video, 0, 0, width, height);
    const pixels = context.getImageData(0, 0, width, height);
    // Reuse the buffer the worker sent back when it fits, so a long sweep does not churn memory.
    let data = pixels.data.buffer as ArrayBuffer;
    if (buffer && buffer.byteLength === data.byteLength) {
      new Uint8ClampedArray(buffer).set(pixels.data);
      data = buffer;
      buffer = undefined;
    }
    busy = true;
    worker.postMessage({ width, height, data }, [data]);
  }

  /** Runs once per camera frame for as long as the panel is open; hands it over if the worker is free. */
  function watch() {
    if (stopped) return;
    fresh = true;
    grab();
    if ('requestVideoFrameCallback' in video) video.requestVideoFrameCallback(watch);
    else window.setTimeout(watch, 30);
  }

  async function open(deviceId?: string) {
    stream?.getTracks().forEach((track) => track.stop());
    status.textContent = t.starting;
    try {
      stream = await navigator.mediaDevices.getUserMedia({
        audio: false,
        video: deviceId
          ? { deviceId: { exact: deviceId }, width: { ideal: 1280 }, height: { ideal: 720 } }
          : { facingMode: 'environment', width: { ideal: 1280 }, height: { ideal: 720 } },
      });
    } catch (error) {
      const name = (error as DOMException)?.name;
      status.textContent =
        name === 'NotAllowedError' || name === 'SecurityError'
          ? t.denied
          : name === 'NotFoundError' || name === 'OverconstrainedError'
            ? t.noCamera
            : t.cameraError(String((error as Error)?.message ?? error));
      return;
    }
    if (stopped) {
      stream.getTracks().forEach((track) => track.stop());
      return;
    }
    video.srcObject = stream;
    await video.play().catch(() => undefined);
    status.textContent = t.starting;
    frames = 0;
    since = performance.now();
    // Labels of the cameras are only known once one is allowed.
    const devices = (await navigator.mediaDevices.enumerateDevices()).filter((d) => d.kind === 'videoinput');
    const current = stream.getVideoTracks()[0]?.getSettings().deviceId;
    picker.replaceChildren(
      ...devices.map((d, i) => new Option(d.label || `${t.cameraPick} ${i + 1}`, d.deviceId, false, d.deviceId === current)),
    );
    picker.closest('p')!.hidden = devices.length < 2;
    busy = false;
    if (!watching) {
      watching = true;
      watch();
    }
  }
  const onPick = () => void open(picker.value);
  picker.addEventListener('change', onPick);

  update();
  void open();

  return {
    update,
    stop() {
      detach();
      picker.removeEventListener('change', onPick);
      stream?.getTracks().forEach((track) => track.stop());
      video.srcObject = null;
      worker.terminate();
      overlay.getContext('2d')?.clearRect(0, 0, overlay.width, overlay.height);
      status.textContent = '';
    },
  };
}
