/* "Simpan untuk luring": fetches every file of the build's offline.json into the service worker's caches. */
import { offline as t } from '../../i18n/id';
import { cacheFor, formatBytes, planSave, pruneSaved, type OfflineFile, type OfflineManifest } from '../../lib/offline';
import { offlineOptedOut } from './opt-out';
import { cachedPaths, loadManifest, offlineSupported, readSaved, writeSaved } from './offline-cache';

/** Files fetched at once: enough to hide latency, few enough to stay polite on a shared connection. */
const parallel = 4;

async function saveFile(file: OfflineFile): Promise<void> {
  const response = await fetch(file.url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${file.url}: ${response.status}`);
  await (await caches.open(cacheFor(file.url))).put(file.url, response);
}

export function startSaveOffline(root: HTMLElement): void {
  // Inside an LMS package there is no service worker to save into: the box would only mislead.
  if (offlineOptedOut()) {
    root.hidden = true;
    return;
  }
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const button = root.querySelector<HTMLButtonElement>('[data-start]')!;
  const progress = root.querySelector<HTMLProgressElement>('[data-progress]')!;
  const progressText = root.querySelector<HTMLElement>('[data-progress-text]')!;
  let manifest: OfflineManifest | undefined;

  const say = (text: string, state = '') => {
    status.textContent = text;
    status.dataset.state = state;
  };

  /** Shows what this device holds: ready, or what is missing and how big the download is. */
  async function refresh(): Promise<number> {
    manifest ??= await loadManifest(root.dataset.manifest!);
    const saved = readSaved();
    const plan = planSave(manifest, await cachedPaths(), saved);
    const size = formatBytes(plan.missingBytes);
    // Pages cached while browsing do not count as a save: "not saved yet" until the button was used.
    const savedBefore = Object.keys(saved).length > 0;
    if (plan.todo.length === 0) say(t.ready(manifest.files.length, formatBytes(manifest.bytes)), 'ready');
    else if (!savedBefore) say(t.none(size), 'none');
    else say(t.missing(plan.todo.length, manifest.files.length, size), 'missing');
    button.textContent = savedBefore ? t.saveRestButton(size) : t.saveButton(size);
    button.hidden = plan.todo.length === 0;
    return plan.todo.length;
  }

  async function run() {
    if (!manifest) return;
    button.disabled = true;
    // The worker routes later visits to these caches; wait for it so the copies are used offline.
    await navigator.serviceWorker.ready;
    void navigator.storage?.persist?.();
    let saved = pruneSaved(readSaved(), manifest);
    const plan = planSave(manifest, await cachedPaths(), saved);
    const total = manifest.files.length;
    let doneBytes = plan.doneBytes;
    let doneFiles = plan.doneFiles;
    const show = () => {
      progress.value = doneBytes;
      progressText.textContent = t.progress(formatBytes(doneBytes), formatBytes(manifest!.bytes), doneFiles, total);
    };
    progress.max = manifest.bytes;
    progress.hidden = progressText.hidden = false;
    show();
    say(t.started(formatBytes(plan.missingBytes)));
    try {
      const queue = [...plan.todo];
      let failed = false;
      const worker = async () => {
        for (let file = queue.shift(); file && !failed; file = queue.shift()) {
          await saveFile(file).catch((error: unknown) => {
            failed = true;
            throw error;
          });
          saved[file.url] = file.hash;
          doneBytes += file.bytes;
          doneFiles += 1;
          show();
          // Recorded as it goes, so an interrupted run continues where it stopped.
          if (doneFiles % 10 === 0) writeSaved(saved);
        }
      };
      await Promise.all(Array.from({ length: parallel }, worker));
      writeSaved(saved);
      progress.hidden = progressText.hidden = true;
      await refresh();
    } catch {
      writeSaved(saved);
      say(t.interrupted(doneFiles, total), 'missing');
      button.hidden = false;
    } finally {
      button.disabled = false;
    }
  }

  if (!offlineSupported()) {
    say(t.unsupported);
    return;
  }
  button.addEventListener('click', () => void run());
  refresh().catch(() => say(t.noManifest));
}
