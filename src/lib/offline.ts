/*
 * Offline rules shared by the build (service worker, "save all" manifest) and the browser
 * (registration, "Simpan untuk luring", the offline page): cache names, which files never change,
 * the manifest format and the save plan. Pure: no DOM, no Node.
 */

/** Runtime caches of the service worker; "Simpan untuk luring" writes into the same ones. */
export const cacheNames = { pages: 'nas-pages', assets: 'nas-assets', search: 'nas-search' } as const;
export type CacheName = (typeof cacheNames)[keyof typeof cacheNames];

/** Files whose name carries a content hash (Astro's bundles, Pagefind's chunks): a cached copy stays valid. */
export const immutablePattern = /\/_astro\/|\.pf_(?:fragment|index|meta)$/;

export const isPagePath = (pathname: string): boolean => pathname.endsWith('/') || pathname.endsWith('.html');

export function cacheFor(pathname: string): CacheName {
  if (isPagePath(pathname)) return cacheNames.pages;
  if (pathname.includes('/pagefind/')) return cacheNames.search;
  return cacheNames.assets;
}

export interface OfflineFile {
  /** Site path, e.g. /materi/ikrar-netralitas/ or /_astro/page.abc.js. */
  url: string;
  bytes: number;
  /** Short content hash: a saved copy with another hash is out of date. */
  hash: string;
  /** Page title, for the list on the offline page (pages only). */
  title?: string;
}

export interface OfflineManifest {
  /** Changes whenever any listed file changes. */
  version: string;
  bytes: number;
  files: OfflineFile[];
}

/** What this device saved, by URL: the hash of the copy "Simpan untuk luring" stored. */
export type SavedHashes = Record<string, string>;

/** Reads the stored record; anything malformed (old format, hand-edited, truncated) counts as nothing saved. */
export function parseSaved(raw: string | null): SavedHashes {
  try {
    const value: unknown = raw ? JSON.parse(raw) : {};
    if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
    return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    return {};
  }
}

/**
 * A file is saved when the device has a copy and that copy is current: hashed files are current by
 * name; other files (pages, the search entry) only when the copy was saved from the same build.
 */
export function isSaved(file: OfflineFile, cached: ReadonlySet<string>, saved: SavedHashes): boolean {
  return cached.has(file.url) && (immutablePattern.test(file.url) || saved[file.url] === file.hash);
}

export interface SavePlan {
  todo: OfflineFile[];
  doneBytes: number;
  doneFiles: number;
  /** Bytes still to download. */
  missingBytes: number;
}

/** What is left to download; running it again after an interruption skips what is already saved. */
export function planSave(manifest: OfflineManifest, cached: ReadonlySet<string>, saved: SavedHashes): SavePlan {
  const todo = manifest.files.filter((f) => !isSaved(f, cached, saved));
  const missingBytes = todo.reduce((sum, f) => sum + f.bytes, 0);
  return {
    todo,
    doneBytes: manifest.bytes - missingBytes,
    doneFiles: manifest.files.length - todo.length,
    missingBytes,
  };
}

/** Keeps only records of files the current build still lists, so the stored record does not grow for ever. */
export function pruneSaved(saved: SavedHashes, manifest: OfflineManifest): SavedHashes {
  const listed = new Set(manifest.files.map((f) => f.url));
  return Object.fromEntries(Object.entries(saved).filter(([url]) => listed.has(url)));
}

/** "850 KB", "3,4 MB" in Indonesian number format; sizes shown before a download. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.ceil(bytes / 1024))} KB`;
  const mb = bytes / (1024 * 1024);
  return `${new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 }).format(mb)} MB`;
}

/** Head tags that make every page installable (Starlight's `head` config and the hall decks' own head). */
export const webAppHead = [
  { tag: 'link', attrs: { rel: 'manifest', href: '/manifest.webmanifest' } },
  { tag: 'meta', attrs: { name: 'theme-color', content: '#1f4e8c' } },
  { tag: 'link', attrs: { rel: 'apple-touch-icon', href: '/icons/icon-192.png' } },
] as const;

/** Module scripts and everything they import statically, as URL paths, read through `readScript`. */
export function staticImportClosure(entries: string[], readScript: (path: string) => string): Set<string> {
  const found = new Set<string>();
  const queue = [...entries];
  for (let path = queue.shift(); path; path = queue.shift()) {
    if (found.has(path)) continue;
    found.add(path);
    for (const m of readScript(path).matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g))
      queue.push(path.replace(/[^/]+$/, m[1]));
  }
  return found;
}
