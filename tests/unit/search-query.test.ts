import { describe, expect, it } from 'vitest';
import synonymsJson from '../../src/data/search-synonyms.json';
import { joinLegalNumbers, knownForm, lookupWords, normalise, understand, type SynonymData } from '../../src/lib/search/query';
import { checkSearchSynonyms } from '../../src/schemas/search-synonyms';

const data = synonymsJson as SynonymData;
const sources = (q: string) => understand(q, data).concepts.map((c) => c.source);

describe('normalise', () => {
  it('lowercases, strips punctuation and joins hyphenated words', () => {
    expect(normalise('Boleh GAK nge-like??  Postingan, "paslon"!')).toEqual(['boleh', 'gak', 'ngelike', 'postingan', 'paslon']);
  });
  it('collapses letters repeated for emphasis but keeps abbreviations', () => {
    expect(normalise('gakkk sihh bangettt')).toEqual(['gak', 'sih', 'banget']);
    expect(normalise('PPPK pp 53 kpps tps')).toEqual(['pppk', 'pp', '53', 'kpps', 'tps']);
    expect(normalise('saat maaf')).toEqual(['saat', 'maaf']);
  });
});

describe('understand', () => {
  it('drops function and question words, and notes that a verdict is asked for', () => {
    const q = understand('Kalau saya boleh gak sih ikut kampanye dong?', data);
    expect(q.concepts.map((c) => c.source)).toEqual(['ikut', 'kampanye']);
    expect(q.questionLike).toBe(true);
    expect(q.definitionLike).toBe(false);
    expect(q.lastIsPartial).toBe(false);
  });
  it('notes a definition question and a word still being typed', () => {
    const q = understand('apa itu cltn', data);
    expect(q.definitionLike).toBe(true);
    expect(q.lastIsPartial).toBe(true);
    expect(sources('apa itu cltn')).toEqual(['cltn']);
  });
  it('maps a phrase before its words, keeps what was typed as an alternative, and counts a concept once', () => {
    const q = understand('timses foto foto', data);
    expect(q.concepts.map((c) => c.source)).toEqual(['timses', 'foto']);
    expect(q.concepts[0].alternatives).toContainEqual(['tim', 'kampanye']);
    expect(q.concepts[0].alternatives).toContainEqual(['timses']);
    expect(lookupWords(q)).toEqual(expect.arrayContaining(['tim', 'kampanye', 'sukses', 'timses']));
  });
  it('reads "gak" as a question only when nothing but function words follows it', () => {
    expect(understand('p3k harus netral gak sih', data).questionLike).toBe(true);
    expect(understand('sanksinya kalau asn gak netral', data).questionLike).toBe(false);
    expect(sources('sanksinya kalau asn gak netral')).toEqual(['sanksinya', 'netral']);
  });
  it('drops a stopword phrase whole, and counts two forms of one synonym entry once', () => {
    expect(sources('jadi relawan capres di luar jam kerja')).toEqual(['relawan', 'capres']);
    expect(sources('dapet sembako boleh diterima')).toEqual(['dapet', 'sembako']);
  });
  it('drops the subject words ("pns") beside other words, and keeps them alone', () => {
    expect(sources('bolehkah pns nyoblos')).toEqual(['nyoblos']);
    expect(sources('pns')).toEqual(['pns']);
    expect(sources('aparatur sipil negara')).toEqual(['aparatur sipil negara']);
  });
  it('does not take everyday words for the site subject ("cara isi skp tahunan" is office work)', () => {
    const q = understand('cara isi skp tahunan', data);
    expect(q.concepts.map((c) => c.source)).toEqual(['isi', 'skp', 'tahunan']);
    expect(q.concepts.some((c) => c.onTopic)).toBe(false);
    expect(understand('uang makan pns', data).concepts.some((c) => c.onTopic)).toBe(false);
    // Beside the rest of a question they still map: money offered for a vote is on topic.
    expect(understand('dikasih duit buat nyoblos', data).concepts.some((c) => c.onTopic)).toBe(true);
  });
  it('drops ballot numbers, keeps legal numbers, and takes -nya off words the lists know', () => {
    expect(sources('ngajak pilih paslon no 2')).toEqual(['ngajak', 'pilih', 'paslon']);
    expect(sources('calon 01')).toEqual(['calon']);
    expect(sources('pp 53 2010')).toEqual(['pp 53', '2010']);
    // A number and its year are one word in the index ("94/2021" is "942021").
    expect(sources('pp 94 2021 isinya')).toEqual(['pp', '942021', 'isinya']);
    expect(sources('pp 94/2021')).toEqual(['pp', '942021']);
    // An amount is money, whatever the sum.
    expect(sources('dikasih 100rb sm timses')).toEqual(['dikasih uang', 'timses']);
    expect(sources('rp50000 buat nyoblos')).toEqual(['uang', 'nyoblos']);
    expect(sources('calonnya')).toEqual(['calon']);
    expect(sources('akunnya dikunci')).toEqual(['akun', 'dikunci']);
    expect(sources('hanya')).toEqual([]);
  });
  it('reads an unknown word as an affixed form of a known one, but not a pe- noun as its me- verb', () => {
    const known = new Set(['mutasi', 'lapor', 'sebar', 'pilih', 'milih', 'calon', 'memilih']);
    expect(knownForm('dimutasi', known)).toBe('mutasi');
    expect(knownForm('ngelaporin', known)).toBe('lapor');
    expect(knownForm('nyebarin', known)).toBe('sebar');
    expect(knownForm('calonnya', known)).toBe('calon');
    expect(knownForm('pemilih', known)).toBe('pemilih');
    expect(knownForm('lapangan', known)).toBe('lapangan');
    // A phrase typed with its own affixes stays the phrase ("calonin diri" is one entry).
    expect(sources('calonin diri')).toEqual(['calonin diri']);
    expect(sources('diancam dipecatin')).toEqual(['diancam', 'dipecat']);
  });
  it('reads the site\'s own phrases as one concept on topic, and drops definition cues but not the term', () => {
    const q = understand('yg termasuk fasilitas negara apa aja', data);
    expect(q.concepts.find((c) => c.source === 'fasilitas negara')?.onTopic).toBe(true);
    expect(sources('asn singkatan dari')).toEqual(['asn']);
    expect(sources('arti netral bagi asn')).toEqual(['netral', 'asn']);
    expect(understand('asn singkatan dari', data).definitionLike).toBe(true);
    expect(sources('pantarlih kepanjangannya')).toEqual(['pantarlih']);
    expect(understand('pantarlih kepanjangannya', data).definitionLike).toBe(true);
    // A glossary term typed as it is weighs as its words would.
    expect(understand('isi pakta integritas', data).concepts.find((c) => c.source === 'pakta integritas')?.words).toBe(2);
  });
  it('tells the act from who acts, the election itself and words no list knows', () => {
    const roles = Object.fromEntries(understand('honorer nyoblos pemilu lapangan', data).concepts.map((c) => [c.source, c.role ?? 'act']));
    expect(roles).toEqual({ honorer: 'role', nyoblos: 'act', pemilu: 'context', lapangan: 'plain' });
  });
  it('tells the site subject from other words', () => {
    const [kantor, kampanye] = understand('kantor kampanye', data).concepts;
    expect(kantor.onTopic).toBe(false);
    expect(kampanye.onTopic).toBe(true);
  });
});

describe('every synonym entry applies', () => {
  data.synonyms.forEach((entry, i) => {
    it(`synonyms[${i}] ${entry.from.join(', ')} -> ${entry.to.join(' | ')}`, () => {
      for (const from of entry.from) {
        const concept = understand(`boleh gak ${from} ya?`, data).concepts.find((c) => c.source === normalise(from).join(' '));
        expect(concept, `"${from}" is not read as one concept`).toBeDefined();
        for (const to of entry.to) expect(concept!.alternatives, `"${from}" does not map to "${to}"`).toContainEqual(joinLegalNumbers(normalise(to)));
      }
    });
  });
});

describe('the synonym file is checked at build', () => {
  it('accepts the file as it is', () => {
    expect(() => checkSearchSynonyms(data)).not.toThrow();
  });
  it('names the file, the entry and the field of a malformed entry', () => {
    const bad = { ...data, synonyms: [...data.synonyms, { from: ['sosmedku'], to: [] }, { from: ['?!'], to: ['x'] }] };
    const n = data.synonyms.length;
    expect(() => checkSearchSynonyms(bad)).toThrow(`src/data/search-synonyms.json → synonyms[${n}] ("sosmedku") → to`);
    expect(() => checkSearchSynonyms(bad)).toThrow(`synonyms[${n + 1}] ("?!") → from.0: tidak berisi kata setelah dinormalkan`);
  });
  it('refuses a typed form listed under two entries', () => {
    const twice = { ...data, synonyms: [...data.synonyms, { from: ['medsos'], to: ['sosial'] }] };
    expect(() => checkSearchSynonyms(twice)).toThrow(/→ from: "medsos" sudah ada di synonyms\[\d+\]/);
  });
  it('refuses a missing list', () => {
    const { stopwords: _, ...rest } = data;
    expect(() => checkSearchSynonyms(rest)).toThrow('src/data/search-synonyms.json → stopwords');
  });
});
