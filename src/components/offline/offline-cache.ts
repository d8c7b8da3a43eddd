/* Browser side of the offline caches: which files of the save-all manifest this device holds. */
import { cacheNames, parseSaved, type OfflineManifest, type SavedHashes } from '../../lib/offline';

/** Outside the quiz progress namespace (nas:v<n>:…), whose loader removes keys it does not know. */
export const savedKey = 'nas:offline:saved';

export const offlineSupported = () => 'serviceWorker' in navigator && 'caches' in window && isSecureContext;

/** Site paths present in any of our caches (Pagefind's entry file is stored without its ?ts= query). */
export async function cachedPaths(): Promise<Set<string>> {
  const found = new Set<string>();
  for (const name of Object.values(cacheNames)) {
    if (!(await caches.has(name))) continue;
    for (const request of await (await caches.open(name)).keys()) found.add(new URL(request.url).pathname);
  }
  return found;
}

export async function loadManifest(url: string): Promise<OfflineManifest> {
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as OfflineManifest;
}

export function readSaved(): SavedHashes {
  try {
    return parseSaved(localStorage.getItem(savedKey));
  } catch {
    return {};
  }
}

export function writeSaved(saved: SavedHashes): void {
  try {
    localStorage.setItem(savedKey, JSON.stringify(saved));
  } catch {
    // Storage full or blocked: the copies are still cached; they count as saved by presence next time.
  }
}
