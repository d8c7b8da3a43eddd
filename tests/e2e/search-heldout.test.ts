/*
 * The search's held-out set (issue 21, round 6: tests/e2e/support/search-heldout.ts), scored with the
 * same helpers and the same search function as tests/e2e/search.test.ts: right place in the top 3,
 * right verdict on the first card, no core word with nothing found, no card for off-topic questions.
 * Its score is reported, never tuned on: read the misses printed here, do not chase them.
 */
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { openPage, sharePage, useBrowser } from './support/browser';
import { coreWords, heldOut, heldOutOffTopic } from './support/search-heldout';
import { answeredOffTopic, ask as askIn, emptyWords, formatScore, fromPlaces, placeRate, scoreSet, verdictRate } from './support/search-eval';
import { search as t } from '../../src/i18n/search';

/**
 * Place and verdict rates the held-out set must keep. Scored once, on 2026-12-03 after round 6 was
 * merged: 95.6% places (86/90) and 91.0% verdicts (61/67). Guarded a little under the lower of the
 * two, as content moves; never raised to chase the goal, which would tune on this set.
 */
const HELD_OUT_FLOOR = 0.88;
/**
 * What that scoring found wrong, reported as misses of the issue's goal and not tuned away (that
 * would tune on this set): the lists must not grow.
 */
const EMPTY_AT_SCORING = ['pejabat pimpinan tinggi'];
const CARDED_AT_SCORING = ['laptop kantor kena virus gmn'];

let browser: Browser;
useBrowser((connected) => (browser = connected));

describe('search: held-out set of round 6 (never tuned on)', () => {
  const shared = sharePage(async () => {
    const opened = await openPage(browser, '/mulai/cara-memakai/');
    // ask() imports the chunk the dialog loaded, so the dialog is opened once first.
    await opened.page.locator('[data-nas-search]').filter({ visible: true }).click();
    await opened.page.getByRole('combobox', { name: t.label }).waitFor();
    return opened;
  });
  const ask = (query: string) => askIn(shared().page, query);

  it(`finds the right place in the top 3 and the right verdict first for >= ${HELD_OUT_FLOOR * 100}% of the ${heldOut.length} held-out questions`, async () => {
    expect(heldOut.length).toBeGreaterThanOrEqual(80);
    expect(heldOut.filter((q) => q.verdict).length).toBeGreaterThanOrEqual(50);
    const score = await scoreSet('HELD-OUT set (round 6)', fromPlaces(heldOut), ask);
    console.log(`search evaluation, ${formatScore(score)}`);
    expect(placeRate(score), score.misses.join('\n')).toBeGreaterThanOrEqual(HELD_OUT_FLOOR);
    expect(verdictRate(score), score.misses.join('\n')).toBeGreaterThanOrEqual(HELD_OUT_FLOOR);
  }, 180_000);

  it(`returns places for each of the ${coreWords.length} held-out core words`, async () => {
    const empty = await emptyWords(coreWords, ask);
    console.log(`held-out core words with no results: ${empty.length}/${coreWords.length}${empty.length ? ` (${empty.join(', ')})` : ''}`);
    expect(empty.filter((word) => !EMPTY_AT_SCORING.includes(word))).toEqual([]);
  });

  it(`answers the ${heldOutOffTopic.length} held-out off-topic questions with "not found", never a card`, async () => {
    expect(heldOutOffTopic.length).toBeGreaterThanOrEqual(5);
    const answered = await answeredOffTopic(heldOutOffTopic, ask);
    console.log(`held-out off-topic questions answered or given a card: ${answered.length}/${heldOutOffTopic.length}${answered.length ? `\n  ${answered.join('\n  ')}` : ''}`);
    expect(answered.filter((line) => !CARDED_AT_SCORING.some((q) => line.startsWith(q)))).toEqual([]);
  });
});
