/*
 * Export and import of the learner's progress as a JSON file (on /kuis/). Kept apart from storage.ts
 * so the quiz island does not ship it. Pure: the island does the download and the file reading.
 */
import { isObject, readProgress, VERSION, type Progress } from './storage';

export const EXPORT_FORMAT = 'netralitas-asn/kemajuan';

export function exportProgress(progress: Progress, exportedAt: string): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version: VERSION, exportedAt, progress }, null, 2);
}

export type ImportResult = { ok: true; progress: Progress } | { ok: false; reason: 'json' | 'format' | 'version' | 'shape' };

/** Reads an exported file. Anything not exactly ours is refused; nothing is half-imported. */
export function importProgress(text: string): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'json' };
  }
  if (!isObject(raw) || raw.format !== EXPORT_FORMAT) return { ok: false, reason: 'format' };
  if (raw.version !== VERSION) return { ok: false, reason: 'version' };
  const read = readProgress(raw.progress);
  if (read.dropped > 0) return { ok: false, reason: 'shape' };
  return { ok: true, progress: read.progress };
}
