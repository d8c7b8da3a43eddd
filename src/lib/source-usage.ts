/*
 * Which pages cite each source, computed at build time from every collection that cites sources.
 * Pure: the caller passes plain entries and the URL of each kind of entry, so tests need no Astro.
 */
export interface CitingEntry {
  /** Where the entry is read on the site (with an anchor where it has one). */
  href: string;
  /** How the link reads: "Studi kasus: Camat berfoto dengan bakal calon bupati". */
  label: string;
  /** Source ids it cites. */
  sources: string[];
}

export interface PageLink {
  href: string;
  label: string;
}

/**
 * For each source id, the pages that cite it, without duplicates (the first label for a URL wins),
 * in the order the entries were given. Ids nobody cites map to an empty list.
 */
export function sourceUsage(sourceIds: readonly string[], entries: readonly CitingEntry[]): Map<string, PageLink[]> {
  const usage = new Map<string, PageLink[]>(sourceIds.map((id) => [id, []]));
  for (const entry of entries) {
    for (const id of new Set(entry.sources)) {
      const links = usage.get(id);
      if (!links) continue; // a dangling reference is reported by the build's integrity check
      if (!links.some((l) => l.href === entry.href)) links.push({ href: entry.href, label: entry.label });
    }
  }
  return usage;
}
