import { describe, expect, it } from 'vitest';
import { answer, orderedUrls, phraseAt, preferCovering, tuning, wordMatches, type PagefindFragment, type PagefindLike, type Place } from '../../src/lib/search/engine';
import { understand, type SynonymData } from '../../src/lib/search/query';
import { basisText, cardAttributes, cardKey, kindOfPage, oneSentence, parseCard, type Card } from '../../src/lib/search/card';

/**
 * A fake Pagefind over a few pages: a word matches an indexed word it equals or begins (prefix search);
 * no term and a kind filter gives every page of that kind.
 */
function fakePagefind(pages: PagefindFragment[]): PagefindLike {
  return {
    async search(term, options) {
      if (term === null) return { results: pages.flatMap((page, i) => (page.meta.kind === options?.filters.kind ? [{ id: `p${i}`, score: 0, words: [], data: async () => page }] : [])) };
      const results = pages
        .map((page, i) => {
          const words = page.content.split(/\s+/).map((w, loc) => (w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '').startsWith(term) ? loc : -1)).filter((l) => l >= 0);
          return { id: `p${i}`, score: words.length, words, data: async () => page };
        })
        .filter((r) => r.words.length);
      return { results };
    },
  };
}

const card = (c: Partial<Card>): Record<string, string> => ({ [cardKey(c.title)]: JSON.stringify({ kind: 'Aturan', verdict: 'dilarang', answer: 'Jawaban.', basis: 'UU 1/2000', ...c }) });
const filler = Array.from({ length: 30 }, (_, i) => `isi${i}`).join(' ');
const pages: PagefindFragment[] = [
  {
    url: '/aturan/',
    content: `Daftar aturan ${filler} Memakai mobil dinas untuk kampanye dilarang sama sekali ${filler} Memilih di TPS boleh dilakukan ${filler} Fotokopi KTP untuk calon dilarang`,
    meta: { title: 'Aturan', kind: 'Materi', ...card({ title: 'mobil-dinas' }), ...card({ title: 'memilih', verdict: 'boleh', kind: 'Aturan' }), ...card({ title: 'ktp' }) },
    anchors: [
      { element: 'article', id: 'mobil-dinas', location: 32 },
      { element: 'article', id: 'memilih', location: 69 },
      { element: 'article', id: 'ktp', location: 104 },
    ],
  },
  {
    url: '/materi/',
    content: `Materi umum tentang kampanye ${filler} calon foto ${filler} kantor jam kerja`,
    meta: { title: 'Materi', kind: 'Materi' },
    anchors: [],
  },
];
const data: SynonymData = {
  topicWords: ['kampanye', 'calon', 'tps', 'memilih'],
  stopwords: ['saya', 'ke'],
  questionWords: ['boleh'],
  negations: ['gak'],
  subjectWords: ['pns'],
  definitionCues: ['apa itu'],
  contextWords: [],
  roleWords: [],
  synonyms: [{ from: ['mobdin'], to: ['mobil dinas'] }, { from: ['nyoblos'], to: ['memilih'] }],
};
const pf = fakePagefind(pages);
const ask = (q: string) => answer(pf, understand(q, data));

describe('search engine', () => {
  it('reads first the pages where Pagefind finds the words densest, when more pages cover the query than it reads', async () => {
    // More pages than it reads, all covering the same words; the one that answers sorts last by id ("p9").
    const weak = (i: number): PagefindFragment => ({ url: `/halaman-${i}/`, content: `Halaman ${i} ${filler} sekali kampanye calon`, meta: { title: `Halaman ${i}`, kind: 'Materi' }, anchors: [] });
    const count = tuning.maxPages + 2;
    const many = Array.from({ length: count }, (_, i) => weak(i));
    many[9] = {
      url: '/aturan/',
      content: `Aturan kampanye calon kampanye calon kampanye calon`,
      meta: { title: 'Aturan', kind: 'Materi', ...card({ title: 'kampanye-calon' }) },
      anchors: [{ element: 'article', id: 'kampanye-calon', location: 1 }],
    };
    const a = await answer(fakePagefind(many), understand('boleh gak kampanye calon', data));
    expect(a.card?.url).toBe('/aturan/#kampanye-calon');
  });

  it('answers with the card of the section that covers the question, through a synonym', async () => {
    const a = await ask('boleh gak saya pakai mobdin ke kampanye?');
    expect(a.found).toBe(true);
    expect(a.card?.url).toBe('/aturan/#mobil-dinas');
    expect(a.card?.card?.verdict).toBe('dilarang');
    expect(a.card?.excerpt.filter((w) => w.marked).map((w) => w.text)).toEqual(['mobil', 'dinas', 'kampanye']);
  });

  it('drops a word no page has instead of finding nothing (relaxing)', async () => {
    const a = await ask('boleh nyoblos di tps kelurahanku?');
    expect(a.dropped).toEqual(['kelurahanku']);
    expect(a.card?.url).toBe('/aturan/#memilih');
  });

  it('does not count a long prefix extension ("foto" in "fotokopi") except for the word being typed', async () => {
    expect(wordMatches('foto', 'fotokopi', false)).toBe(false);
    expect(wordMatches('foto', 'fotokopi', true)).toBe(true);
    expect(wordMatches('pasang', 'memasang', false)).toBe(true);
    // Voting is not the voter: "memilih" must not find the money-politics rule's "pemilih".
    expect(wordMatches('memilih', 'pemilih', false)).toBe(false);
    expect(wordMatches('memilih', 'pemilihan', false)).toBe(false);
    const a = await ask('foto calon ');
    expect(a.card).toBeUndefined();
    expect(a.places[0]?.url).toBe('/materi/');
  });

  it('says "not found" for an off-topic question, even when its words occur', async () => {
    const a = await ask('jam kantor');
    expect(a.found).toBe(false);
    expect(orderedUrls(a)).toEqual([]);
  });

  it('offers the sections covering a common site word most as related pages, not as an answer', async () => {
    // "kampanye" on every page weighs too little to answer; it still gets places, at most two per page.
    const common = Array.from({ length: 45 }, (_, i): PagefindFragment => ({ url: `/h${i}/`, content: `Halaman ${i} ${filler} kampanye`, meta: { title: `Halaman ${i}`, kind: 'Materi' }, anchors: [] }));
    common[3] = { url: '/aturan/', content: `kampanye ${filler} kampanye dilarang ${filler} kampanye lagi ${filler} kampanye`, meta: { title: 'Aturan', kind: 'Materi' }, anchors: [1, 33, 66].map((location, i) => ({ element: 'h2', id: `a${i}`, text: 'kampanye', location })) };
    const a = await answer(fakePagefind(common), understand('kampanye', data));
    expect(a.found).toBe(false);
    expect(a.card).toBeUndefined();
    expect(a.places).toEqual([]);
    expect(a.related.length).toBeGreaterThan(2);
    expect(a.related.filter((p) => p.page === '/aturan/')).toHaveLength(tuning.relatedPerPage);
    expect(orderedUrls(a)).toEqual(a.related.map((p) => p.url));
    // A question mostly of other words gets no related pages: it is off-topic.
    expect((await answer(fakePagefind(common), understand('jam kantor kampanye', data))).related).toEqual([]);
  });

  it('puts a close section with a verdict before a section without one, unless a definition is asked for or the heading is the question', async () => {
    const lesson = (heading: string): PagefindFragment => ({ url: '/materi/', content: `Kampanye calon dan calon ${filler}`, meta: { title: 'Materi', kind: 'Materi' }, anchors: [{ element: 'h2', id: 'm', text: heading, location: 0 }] });
    const rule: PagefindFragment = { url: '/aturan/', content: `Aturan ${filler} Larangan: kampanye untuk calon dilarang`, meta: { title: 'Aturan', kind: 'Materi', ...card({ title: 'x' }) }, anchors: [{ element: 'article', id: 'x', location: 31 }] };
    const pf = fakePagefind([lesson('Kampanye'), rule]);
    const plain = await answer(pf, understand('kampanye calon', data));
    expect(plain.card?.url).toBe('/aturan/#x');
    // The lesson scores higher: without the preference it would come first.
    expect(plain.places[0].score).toBeGreaterThan(plain.card!.score);
    expect(orderedUrls(await answer(pf, understand('apa itu kampanye calon', data)))[0]).toBe('/materi/#m');
    // A heading that holds the whole question stays first.
    expect(orderedUrls(await answer(fakePagefind([lesson('Kampanye calon'), rule]), understand('kampanye calon', data)))[0]).toBe('/materi/#m');
  });

  it('never answers a question made of everyday words, even when a heading holds their site words', async () => {
    const everyday: SynonymData = { ...data, synonyms: [...data.synonyms, { from: ['pensiun dini'], to: ['mengundurkan diri'], general: true }] };
    const page: PagefindFragment = { url: '/materi/', content: `Mengundurkan diri lebih dulu ${filler}`, meta: { title: 'Materi', kind: 'Materi' }, anchors: [{ element: 'h2', id: 'mundur', text: 'Mengundurkan diri', location: 0 }] };
    const pf = fakePagefind([page]);
    // Typed as the site says it, the heading holds the whole question: an answer.
    expect((await answer(pf, understand('mengundurkan diri', everyday))).found).toBe(true);
    // Typed in everyday words ("pensiun dini pns syaratnya" is about leaving the service, not the rules): none.
    expect((await answer(pf, understand('pensiun dini', everyday))).found).toBe(false);
  });

  it('does not let quiz pages, which repeat the lessons\' words, take the places of the pages it reads', async () => {
    // Quiz pages where Pagefind finds the words densest, more than it reads; the rule sorts after them.
    const quiz = (i: number): PagefindFragment => ({ url: `/kuis/${i}/`, content: `mobil dinas mobil dinas kampanye ${filler}`, meta: { title: `Kuis ${i}`, kind: 'Materi' }, anchors: [] });
    const crowded = fakePagefind([...Array.from({ length: tuning.maxPages + 1 }, (_, i) => quiz(i)), pages[0]]);
    const a = await answer(crowded, understand('mobdin kampanye', data));
    expect(orderedUrls(a)[0]).toBe('/aturan/#mobil-dinas');
  });

  it('reads the glossary first when a definition is asked for, however densely other pages use the term', async () => {
    const lesson = (i: number): PagefindFragment => ({ url: `/materi-${i}/`, content: `cltn cltn cltn cuti ${filler}`, meta: { title: `Materi ${i}`, kind: 'Materi' }, anchors: [] });
    const terms: PagefindFragment = { url: '/glosarium/', content: `CLTN Cuti di luar tanggungan negara ${filler}`, meta: { title: 'Glosarium', kind: 'Glosarium' }, anchors: [{ element: 'h2', id: 'cltn', text: 'CLTN', location: 0 }] };
    const crowded = fakePagefind([...Array.from({ length: tuning.maxPages + 1 }, (_, i) => lesson(i)), terms]);
    expect(orderedUrls(await answer(crowded, understand('apa itu cltn', { ...data, stopwords: ['apa', 'itu'], topicWords: ['cltn'] })))[0]).toBe('/glosarium/#cltn');
  });

  it('prefers the section on the act to the one on who acts ("honorer nyoblos" is the rule on voting)', async () => {
    const honorer: PagefindFragment = { url: '/honorer/', content: `Honorer wajib netral ${filler}`, meta: { title: 'Honorer', kind: 'Materi', ...card({ title: 'honorer', verdict: 'info', kind: 'Tanya jawab' }) }, anchors: [{ element: 'h2', id: 'honorer', text: 'Honorer wajib netral', location: 0 }] };
    const both = fakePagefind([...pages, honorer]);
    const first = async (d: SynonymData) => orderedUrls(await answer(both, understand('honorer nyoblos', d)))[0];
    // Without the role list, the rarer title word wins; with it, the act does.
    expect(await first({ ...data, topicWords: [...data.topicWords, 'honorer'] })).toBe('/honorer/#honorer');
    expect(await first({ ...data, topicWords: [...data.topicWords, 'honorer'], roleWords: ['honorer'] })).toBe('/aturan/#memilih');
  });

  it('answers a question of no listed word when the best heading holds two of its words and half of it', async () => {
    const lms: PagefindFragment = { url: '/lms/', content: `Yang dicatat LMS adalah nilai dan data kelulusan ${filler}`, meta: { title: 'LMS', kind: 'Materi' }, anchors: [{ element: 'h2', id: 'dicatat', text: 'Yang dicatat LMS', location: 0 }] };
    const pf = fakePagefind([lms, pages[1]]);
    const words = { ...data, stopwords: ['apa', 'aja', 'yang'] };
    expect((await answer(pf, understand('data apa aja yang dicatat lms', words))).found).toBe(true);
    // One heading word of two is not enough: "data kelulusan" is not what the heading says.
    expect((await answer(pf, understand('data kelulusan lms', words))).found).toBe(false);
  });

  it('lets a close section that covers the question go before a best section that covers too little of it', () => {
    const place = (url: string, score: number, coverage: number) => ({ url, score, coverage }) as Place;
    const places = [place('/rare-word/', 5, 0.4), place('/too-far/', 3.9, 1), place('/whole/', 4.2, 1)];
    preferCovering(places);
    expect(places.map((p) => p.url)).toEqual(['/whole/', '/rare-word/', '/too-far/']);
    // Under 80% of the best score it stays where it is.
    const far = [place('/rare-word/', 5, 0.4), place('/too-far/', 3.9, 1)];
    preferCovering(far);
    expect(far[0].url).toBe('/rare-word/');
    // An answering best section gives way to a close one that covers clearly more of the question…
    const fuller = [place('/most/', 6.2, 0.76), place('/all/', 5.4, 1)];
    preferCovering(fuller);
    expect(fuller[0].url).toBe('/all/');
    // …but not to one that covers only a little more.
    const little = [place('/most/', 6.2, 0.9), place('/all/', 5.9, 1)];
    preferCovering(little);
    expect(little[0].url).toBe('/most/');
  });

  it('finds a phrase of the site\'s words only with its words in order and close together', () => {
    const at = (locations: Record<string, number[]>) => (w: string) => locations[w] ?? [];
    // "pasangan" (a spouse) early in a rule and "calon" far later are not "pasangan calon".
    expect(phraseAt(['pasangan', 'calon'], at({ pasangan: [1], calon: [10] }))).toEqual([]);
    expect(phraseAt(['pasangan', 'calon'], at({ pasangan: [1, 20], calon: [10, 21] }))).toEqual([20, 21]);
    // "suami atau istri" is "suami istri".
    expect(phraseAt(['suami', 'istri'], at({ suami: [4], istri: [6] }))).toEqual([4, 6]);
    expect(phraseAt(['calon', 'pasangan'], at({ pasangan: [1], calon: [2] }))).toEqual([]);
  });

  it('is deterministic', async () => {
    expect(orderedUrls(await ask('calon kampanye'))).toEqual(orderedUrls(await ask('calon kampanye')));
  });
});

describe('answer cards', () => {
  it('write the card into Pagefind metadata read from another attribute, and read it back', () => {
    const c: Card = { kind: 'Tanya jawab', verdict: 'boleh', title: '', answer: 'Ya, dengan izin, atasan.', basis: 'SE 1' };
    const attrs = cardAttributes(c, 'jawaban-1');
    expect(attrs['data-pagefind-meta']).toBe('card-jawaban-1[data-search-card]');
    expect(parseCard(attrs['data-search-card'])).toEqual({ ...c, label: undefined });
    expect(parseCard('{oops')).toBeUndefined();
    expect(parseCard(JSON.stringify({ title: 'x' }))).toBeUndefined();
  });
  it('take the first real sentence of an answer and join legal bases without repeats', () => {
    expect(oneSentence('Boleh. Netral tidak sama dengan **golput**. ASN tetap memilih.')).toBe('Netral tidak sama dengan golput.');
    expect(oneSentence('<p>Bila ada surat tugas resmi. Kerjakan tugas.</p>')).toBe('Bila ada surat tugas resmi.');
    expect(basisText([{ name: 'UU 7/2017', article: 'Pasal 280' }, { name: 'SKB 2022' }, { name: 'SKB 2022' }])).toBe('UU 7/2017 Pasal 280; SKB 2022');
  });
  it('give each page its kind from its route', () => {
    expect(kindOfPage('rujukan/tanya-jawab')).toBe('Tanya jawab');
    expect(kindOfPage('rujukan/glosarium')).toBe('Glosarium');
    expect(kindOfPage('studi-kasus/memilih-di-tps')).toBe('Studi kasus');
    expect(kindOfPage('materi/media-sosial')).toBe('Materi');
  });
});
