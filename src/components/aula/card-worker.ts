/*
 * The card reader off the page's main thread: a frame in (RGBA pixels), the cards it shows out. The
 * deck keeps answering keys and repainting while a frame is read.
 */
import { createCardReader } from '../../lib/cards/reader';

const reader = createCardReader();

self.addEventListener('message', (event: MessageEvent<{ width: number; height: number; data: ArrayBuffer }>) => {
  const { width, height, data } = event.data;
  const started = performance.now();
  const reads = reader.read({ width, height, data: new Uint8ClampedArray(data) });
  (self as unknown as Worker).postMessage({ reads, ms: performance.now() - started, buffer: data }, [data]);
});
