/*
 * Search answers the questions civil servants actually type. Each query is run through Pagefind's
 * own JS API in a built page, with the same ranking options the search dialog uses (read from the
 * built Search script), and at least one acceptable page must be among the first three results.
 * Acceptable pages include the lesson pages (/materi/...), which may outrank the case and reference
 * pages once they are written; any of them answers the question.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { connect, openPage } from './support/browser';

const TOP = 3;

const questions: { query: string; accept: string[] }[] = [
  {
    query: 'boleh foto dengan calon',
    accept: ['/studi-kasus/foto-camat-dengan-calon/', '/rujukan/tanya-jawab/', '/materi/boleh-dan-dilarang/', '/materi/media-sosial/'],
  },
  { query: 'sanksi ASN tidak netral', accept: ['/rujukan/tanya-jawab/', '/materi/sanksi-dan-pelaporan/'] },
  { query: 'cara melapor pelanggaran', accept: ['/rujukan/tanya-jawab/', '/materi/sanksi-dan-pelaporan/'] },
  { query: 'asn jadi kpps', accept: ['/studi-kasus/asn-menjadi-kpps/', '/materi/panitia-ad-hoc/', '/rujukan/tanya-jawab/'] },
  {
    query: 'like postingan calon',
    accept: ['/studi-kasus/like-unggahan-calon/', '/materi/media-sosial/', '/rujukan/tanya-jawab/', '/materi/boleh-dan-dilarang/'],
  },
  {
    query: 'mobil dinas kampanye',
    accept: ['/studi-kasus/mobil-dinas-ke-acara-calon/', '/rujukan/tanya-jawab/', '/materi/boleh-dan-dilarang/'],
  },
  {
    query: 'suami istri caleg',
    accept: ['/studi-kasus/istri-menjadi-caleg/', '/rujukan/tanya-jawab/', '/materi/boleh-dan-dilarang/'],
  },
  { query: 'PP 53 2010 masih berlaku', accept: ['/rujukan/tanya-jawab/', '/materi/dasar-hukum/'] },
  {
    query: 'hukuman disiplin berat',
    accept: ['/rujukan/glosarium/', '/rujukan/tanya-jawab/', '/materi/sanksi-dan-pelaporan/'],
  },
  {
    query: 'PPPK netral',
    accept: ['/studi-kasus/guru-pppk-grup-whatsapp/', '/rujukan/tanya-jawab/', '/rujukan/glosarium/', '/materi/dasar-hukum/'],
  },
  {
    query: 'honorer pasang spanduk',
    accept: ['/studi-kasus/honorer-pasang-baliho/', '/rujukan/tanya-jawab/', '/materi/boleh-dan-dilarang/'],
  },
  {
    query: 'nonton kampanye',
    accept: ['/studi-kasus/menonton-kampanye-akhir-pekan/', '/rujukan/tanya-jawab/', '/materi/boleh-dan-dilarang/'],
  },
  { query: 'asn boleh nyoblos', accept: ['/studi-kasus/memilih-di-tps/', '/rujukan/tanya-jawab/', '/materi/boleh-dan-dilarang/'] },
  {
    query: 'amplop serangan fajar',
    accept: ['/studi-kasus/amplop-dari-tim-sukses/', '/rujukan/tanya-jawab/', '/rujukan/glosarium/', '/materi/pakta-integritas/'],
  },
  {
    query: 'kumpulkan ktp calon independen',
    accept: ['/studi-kasus/kumpulkan-ktp-calon-perseorangan/', '/rujukan/tanya-jawab/', '/materi/boleh-dan-dilarang/'],
  },
  {
    query: 'atasan mengarahkan memilih',
    accept: ['/studi-kasus/rapat-kantor-arahan-memilih/', '/rujukan/tanya-jawab/', '/materi/boleh-dan-dilarang/'],
  },
  { query: 'apa itu PPNPN', accept: ['/rujukan/glosarium/', '/rujukan/tanya-jawab/', '/materi/dasar-hukum/'] },
];

/** The ranking options the search dialog passes to Pagefind, read from the built Search script. */
function dialogRanking(): Record<string, unknown> {
  const file = readdirSync('dist/_astro').find((f) => /^Search\.astro.*\.js$/.test(f));
  if (!file) throw new Error('built Search script not found in dist/_astro');
  const match = readFileSync(`dist/_astro/${file}`, 'utf8').match(/ranking:(\{[^{}]*(?:\{[^{}]*\}[^{}]*)?\})/);
  if (!match) throw new Error(`no ranking options in dist/_astro/${file}`);
  return new Function(`return (${match[1]})`)();
}

let browser: Browser;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  browser = await connect();
  ({ page, context } = await openPage(browser, '/'));
  // A string, not a function: Vitest would rewrite a function's dynamic import() for Node.
  await page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    await pagefind.options({ ranking: ${JSON.stringify(dialogRanking())} });
    await pagefind.init();
    window.nasSearch = async (q, n) => {
      const { results } = await pagefind.search(q);
      const data = await Promise.all(results.slice(0, n).map((r) => r.data()));
      return data.map((d) => d.url.split('#')[0]);
    };
  })()`);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

const search = (query: string, n = TOP) =>
  page.evaluate(([q, count]) => (window as unknown as { nasSearch: (q: string, n: number) => Promise<string[]> }).nasSearch(q, count), [query, n] as const);

describe('search answers everyday questions', () => {
  it('asks at least 12 questions', () => {
    expect(questions.length).toBeGreaterThanOrEqual(12);
  });

  for (const { query, accept } of questions) {
    it(`"${query}" finds a right page in the top ${TOP}`, async () => {
      const top = await search(query, 8);
      if (process.env.NAS_SEARCH_DEBUG) console.log(query, '=>', top.slice(0, 5).join(' '));
      const hit = top.slice(0, TOP).some((url) => accept.includes(url));
      expect(hit, `top results for "${query}": ${top.join(', ') || '(none)'}`).toBe(true);
    });
  }

  it('finds nothing for a query with no answer on the site (the checks above are not vacuous)', async () => {
    expect(await search('xylofonqwerty')).toEqual([]);
  });
});
