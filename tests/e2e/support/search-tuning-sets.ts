/*
 * Every set of search questions that ranking changes may look at, in one list: what the e2e test
 * guards (tests/e2e/search.test.ts) and what `npm run bench:search` prints come from here, so a set
 * retired from held-out is added once. The held-out set (search-heldout.ts) is NOT here: the bench
 * loads it on its own, and a tuning run never reads it.
 */
import { fromPlaces, fromTuning, type Question } from './search-eval.ts';
import { offTopic, questions } from './search-questions.ts';
import { tuning2, tuning2CoreWords, tuning2OffTopic } from './search-tuning-2.ts';
import { tuning3, tuning3CoreWords, tuning3OffTopic } from './search-tuning-3.ts';
import { tuning4, tuning4CoreWords, tuning4OffTopic } from './search-tuning-4.ts';
import { tuning5, tuning5CoreWords, tuning5OffTopic } from './search-tuning-5.ts';
import { tuning6, tuning6CoreWords, tuning6OffTopic } from './search-tuning-6.ts';
import { tuning7, tuning7CoreWords, tuning7OffTopic } from './search-tuning-7.ts';
import { probeOffTopic, probes } from './search-probes.ts';
import { probe2CoreWords, probe2OffTopic, probes2 } from './search-probes-2.ts';
import { probe3CoreWords, probe3OffTopic, probes3 } from './search-probes-3.ts';
import { probes4 } from './search-probes-4.ts';

export interface TuningSet {
  name: string;
  questions: Question[];
  coreWords: string[];
  offTopic: string[];
  /**
   * Place and verdict rate the e2e test holds it to (a little under its score when it was last
   * tuned, as content moves); none for the probe sets, which only the bench prints.
   */
  floor?: number;
}

export const tuningSets: TuningSet[] = [
  // The first set, written with the search; the goal applies to it as to a held-out set.
  { name: 'tuning set', questions: fromTuning(questions), coreWords: [], offTopic, floor: 0.9 },
  // Round 1's held-out set: 81%/76% when retired, 98%/94% after round 4.
  { name: 'tuning set 2 (held-out of round 1)', questions: fromPlaces(tuning2), coreWords: tuning2CoreWords, offTopic: tuning2OffTopic, floor: 0.93 },
  // Round 2's: 98%/82% when retired, 100%/100% after round 3.
  { name: 'tuning set 3 (held-out of round 2)', questions: fromPlaces(tuning3), coreWords: tuning3CoreWords, offTopic: tuning3OffTopic, floor: 0.94 },
  // Round 3's: 79%/81% when retired (scored once), 87%/94% after round 4.
  { name: 'tuning set 4 (held-out of round 3)', questions: fromPlaces(tuning4), coreWords: tuning4CoreWords, offTopic: tuning4OffTopic, floor: 0.85 },
  // Round 4's: 86.2%/84.6% when retired (scored once), 91.7%/84.6% after round 5.
  { name: 'tuning set 5 (held-out of round 4)', questions: fromPlaces(tuning5), coreWords: tuning5CoreWords, offTopic: tuning5OffTopic, floor: 0.82 },
  // Round 5's: 92.5%/87.5% when retired (scored once), 93.5%/93.8% after round 6.
  { name: 'tuning set 6 (held-out of round 5)', questions: fromPlaces(tuning6), coreWords: tuning6CoreWords, offTopic: tuning6OffTopic, floor: 0.85 },
  // Round 6's: 95.6%/91.0% when retired (scored once).
  { name: 'tuning set 7 (held-out of round 6)', questions: fromPlaces(tuning7), coreWords: tuning7CoreWords, offTopic: tuning7OffTopic, floor: 0.87 },
  { name: 'round 3 probes (tuning)', questions: fromPlaces(probes), coreWords: [], offTopic: probeOffTopic },
  { name: 'round 4 probes (tuning)', questions: fromPlaces(probes2), coreWords: probe2CoreWords, offTopic: probe2OffTopic },
  { name: 'round 5 probes (tuning)', questions: fromPlaces(probes3), coreWords: probe3CoreWords, offTopic: probe3OffTopic },
  { name: 'round 6 probes (tuning, verdicts)', questions: fromPlaces(probes4), coreWords: [], offTopic: [] },
];

/**
 * Misses of the goal found when a held-out set was scored and retired, before any tuning on
 * them. They stay visible here instead of being dropped from their sets; tuning should empty these
 * lists, and a fixed one is removed so that it is guarded again.
 */
export const knownMisses = {
  /** Off-topic questions that got a card (set 5's since round 4, set 7's since round 6). */
  carded: ['syarat naik pangkat pilihan', 'laptop kantor kena virus gmn'],
  /** Core words that found nothing (set 7's, since round 6). */
  empty: ['pejabat pimpinan tinggi'],
};
