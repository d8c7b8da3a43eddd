/*
 * npm run bench:search: the search evaluation on the built site, in Debian's Chromium, with the
 * dialog's own code. Prints the tuning sets' scores (search-questions.ts, search-tuning-2.ts and
 * search-tuning-3.ts to -6.ts, the held-out sets of rounds 1 to 5, retired on 2026-12-03,
 * search-probes.ts, round 3's pass over the site's acts, search-probes-2.ts, round 4's pass over
 * every third entry of each kind, search-probes-3.ts, round 5's pass over the entries it left, and search-probes-4.ts, round 6's
 * verdict questions over the rules and cases round 5 left), then the held-out
 * set's score (search-heldout.ts, never tuned on; loaded only when asked for), core
 * words that return nothing, off-topic questions that got an answer, every miss, and the time per
 * query. Exits 1 when the held-out set misses the goal (90% right place in the top 3, 90% right
 * verdict on the first card, no core word without results) or an off-topic question gets a card.
 * `--tuning-only` prints the tuning sets alone and never loads the held-out file: what to look at while
 * changing the ranking.
 */
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { ensureFreshBuild } from '../../scripts/ensure-build.ts';
import { chromiumArgs, chromiumPath } from '../e2e/support/chromium.ts';
import { serveDist } from '../e2e/support/server.ts';
import { offTopic, questions } from '../e2e/support/search-questions.ts';
import { tuning2, tuning2CoreWords, tuning2OffTopic } from '../e2e/support/search-tuning-2.ts';
import { tuning3, tuning3CoreWords, tuning3OffTopic } from '../e2e/support/search-tuning-3.ts';
import { tuning4, tuning4CoreWords, tuning4OffTopic } from '../e2e/support/search-tuning-4.ts';
import { tuning5, tuning5CoreWords, tuning5OffTopic } from '../e2e/support/search-tuning-5.ts';
import { tuning6, tuning6CoreWords, tuning6OffTopic } from '../e2e/support/search-tuning-6.ts';
import { probeOffTopic, probes } from '../e2e/support/search-probes.ts';
import { probe2CoreWords, probe2OffTopic, probes2 } from '../e2e/support/search-probes-2.ts';
import { probe3CoreWords, probe3OffTopic, probes3 } from '../e2e/support/search-probes-3.ts';
import { probes4 } from '../e2e/support/search-probes-4.ts';
import { answeredOffTopic, ask, emptyWords, formatScore, fromPlaces, fromTuning, placeRate, scoreSet, verdictRate, type AskResult } from '../e2e/support/search-eval.ts';

const GOAL = 0.9;
const { values: options } = parseArgs({ options: { 'tuning-only': { type: 'boolean', default: false } } });

ensureFreshBuild();
const { url, server } = await serveDist();
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
try {
  const page = await browser.newPage({ baseURL: url });
  await page.goto('/');
  // Opening the dialog loads its chunk, which `ask` imports.
  await page.locator('[data-nas-search]').filter({ visible: true }).first().click();
  await page.locator('#nas-s-input').waitFor();
  const times: number[] = [];
  const timed = async (q: string): Promise<AskResult> => {
    const start = performance.now();
    const r = await ask(page, q);
    times.push(performance.now() - start);
    return r;
  };
  const tuning = await scoreSet('tuning set', fromTuning(questions), timed);
  console.log(formatScore(tuning));
  console.log(formatScore(await scoreSet('tuning set 2 (held-out of round 1)', fromPlaces(tuning2), timed)));
  console.log(formatScore(await scoreSet('tuning set 3 (held-out of round 2)', fromPlaces(tuning3), timed)));
  console.log(formatScore(await scoreSet('tuning set 4 (held-out of round 3)', fromPlaces(tuning4), timed)));
  console.log(formatScore(await scoreSet('tuning set 5 (held-out of round 4)', fromPlaces(tuning5), timed)));
  console.log(formatScore(await scoreSet('tuning set 6 (held-out of round 5)', fromPlaces(tuning6), timed)));
  console.log(formatScore(await scoreSet('round 3 probes (tuning)', fromPlaces(probes), timed)));
  console.log(formatScore(await scoreSet('round 4 probes (tuning)', fromPlaces(probes2), timed)));
  console.log(formatScore(await scoreSet('round 5 probes (tuning)', fromPlaces(probes3), timed)));
  console.log(formatScore(await scoreSet('round 6 probes (tuning, verdicts)', fromPlaces(probes4), timed)));
  console.log(`core words (tuning) with no results: ${(await emptyWords([...tuning2CoreWords, ...tuning3CoreWords, ...tuning4CoreWords, ...tuning5CoreWords, ...tuning6CoreWords, ...probe2CoreWords, ...probe3CoreWords], timed)).join(', ') || 'none'}`);
  console.log(`off-topic questions (tuning) answered or given a card: ${(await answeredOffTopic([...offTopic, ...tuning2OffTopic, ...tuning3OffTopic, ...tuning4OffTopic, ...tuning5OffTopic, ...tuning6OffTopic, ...probeOffTopic, ...probe2OffTopic, ...probe3OffTopic], timed)).join('; ') || 'none'}`);
  if (!options['tuning-only']) {
    // Loaded here only, so that a tuning run never reads the held-out questions.
    const { coreWords, heldOut, heldOutOffTopic } = await import('../e2e/support/search-heldout.ts');
    const held = await scoreSet('HELD-OUT set', fromPlaces(heldOut), timed);
    const empty = await emptyWords(coreWords, timed);
    const answered = await answeredOffTopic(heldOutOffTopic, timed);
    console.log(formatScore(held));
    console.log(`core words with no results: ${empty.length}/${coreWords.length}${empty.length ? ` (${empty.join(', ')})` : ''}`);
    console.log(`held-out off-topic questions answered or given a card: ${answered.length}/${heldOutOffTopic.length}${answered.length ? `\n  ${answered.join('\n  ')}` : ''}`);
    const met = placeRate(held) >= GOAL && verdictRate(held) >= GOAL && !empty.length && !answered.length;
    console.log(met ? 'held-out goal met' : 'held-out goal NOT met');
    if (!met) process.exitCode = 1;
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(0);
  console.log(`time per query (warm index, loopback): median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms over ${times.length} queries`);
} finally {
  await browser.close();
  server.close();
}
