/*
 * The decks as the hall server knows them: read once from the build (dist/aula/dek.json), with each
 * deck's shape for the reducer and the version of its pledge text (a hash, so a confirmation records
 * exactly which text was confirmed and a later edit of the Ikrar or Pakta does not rewrite history).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { shapeOf, type HallDeck, type LiveShape } from '../../src/lib/aula/live.ts';
import { paths } from '../../src/lib/paths.ts';
import { hall as t } from '../../src/i18n/hall.ts';

export interface HallDecks {
  list: HallDeck[];
  byId: Record<string, HallDeck>;
  shapes: Record<string, LiveShape>;
  /** Per deck with pledge slides: sha256 (16 hex digits) of its pledge texts in order. */
  pledgeVersion: Record<string, string>;
}

export function pledgeVersionOf(deck: HallDeck): string | undefined {
  const texts = deck.slides.flatMap((s) => (s.kind === 'pledge' ? [`${s.label}\n${s.lead}\n${s.text}`] : []));
  return texts.length ? createHash('sha256').update(texts.join('\n\n')).digest('hex').slice(0, 16) : undefined;
}

export function hallDecks(list: HallDeck[]): HallDecks {
  return {
    list,
    byId: Object.fromEntries(list.map((d) => [d.id, d])),
    shapes: Object.fromEntries(list.map((d) => [d.id, shapeOf(d)])),
    pledgeVersion: Object.fromEntries(list.flatMap((d) => {
      const v = pledgeVersionOf(d);
      return v ? [[d.id, v]] : [];
    })),
  };
}

/** Loads the build-time deck data; a clear message when the build is missing or broken. */
export function loadHallDecks(dist: string): HallDeck[] {
  const file = join(dist, paths.hallDeckData().slice(1));
  try {
    const decks = JSON.parse(readFileSync(file, 'utf8')) as HallDeck[];
    if (!Array.isArray(decks) || !decks.every((d) => typeof d.id === 'string' && Array.isArray(d.slides))) throw new Error();
    return decks;
  } catch {
    throw new Error(t.noDeckData(file));
  }
}
