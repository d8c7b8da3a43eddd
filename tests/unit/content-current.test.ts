/*
 * The traps of keeping the course current (issue 17, checked to February 2026), as checks over the
 * content files: who the course is for, whom the Pilkada prison threat reaches, PPPK discipline, the
 * unset next election dates, and no pledge, title or certificate tied to an election that is over.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { certificate } from '../../src/i18n/id';
import { EMPLOYEE_STATUSES } from '../../src/lib/employee';

const files = (dir: string, ext: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ext))
    .map((f) => ({ file: `${dir}/${f}`, text: readFileSync(`${dir}/${f}`, 'utf8') }));

const pages = files('src/content/docs', '.mdx').filter((f) => !f.file.endsWith('rujukan/lms.mdx'));
const entries = [...files('src/content/rules', '.yaml'), ...files('src/content/cases', '.yaml'), ...files('src/quizzes', '.yaml')];
const everything = [...pages, ...entries, ...files('src/content/legal', '.yaml'), { file: 'src/content/glossary.yaml', text: readFileSync('src/content/glossary.yaml', 'utf8') }];
const frontmatter = (text: string) => parse(text.match(/^---\n([\s\S]*?)\n---\n/)![1]);

describe('who the course is for (2026)', () => {
  it('binds rules to PNS, PPPK and non-ASN, never to PPNPN as a group of its own', () => {
    for (const { file, text } of files('src/content/rules', '.yaml')) expect(parse(text).appliesTo, file).not.toContain('PPNPN');
  });

  it('offers the same groups on the certificate and the Pakta sheet, from one list', () => {
    expect(Object.keys(certificate.statusOptions)).toEqual([...EMPLOYEE_STATUSES]);
  });

  it('names PPPK paruh waktu and the non-ASN who remain on the home page and in the glossary', () => {
    const home = pages.find((p) => p.file.endsWith('docs/index.mdx'))!.text;
    for (const word of ['PPPK', 'paruh waktu', 'non-ASN', 'alih daya', 'KepmenPANRB 16/2025', 'SE MenPANRB 1/2023']) expect(home).toContain(word);
    const ids = (parse(readFileSync('src/content/glossary.yaml', 'utf8')) as { id: string }[]).map((t) => t.id);
    expect(ids).toEqual(expect.arrayContaining(['pppk-paruh-waktu', 'non-asn', 'honorer', 'alih-daya', 'sbt', 'ppnpn']));
  });
});

describe('legal facts that moved', () => {
  it('says whom the Pilkada prison threat reaches wherever Pasal 188 is taught (MK 136/PUU-XXII/2024)', () => {
    // The register's headings name the article; its text comes from the legal entries, checked here instead.
    const taught = [...pages.filter((p) => !p.file.endsWith('rujukan/peraturan.mdx')), ...entries, ...files('src/content/legal', '.yaml')];
    const silent = taught
      .filter(({ text }) => text.includes('Pasal 188'))
      .filter(({ text }) => !/pejabat ASN/.test(text) || !/136\/PUU-XXII\/2024|putusan-mk-136-2024/.test(text))
      .map((f) => f.file);
    expect(silent, 'files that mention Pasal 188 without "pejabat ASN" and MK 136').toEqual([]);
  });

  it('never cites a single PP 49/2018 article for PPPK discipline as if confirmed, nor the PNS procedure for PPPK', () => {
    for (const { file, text } of everything) {
      if (/PP 49\/2018 Pasal 52|Pasal 52, menurut/.test(text)) expect.fail(`${file}: cites Pasal 52 of PP 49/2018 as settled`);
      expect(text, file).not.toMatch(/mengikuti tata cara bagi PNS/);
    }
  });

  it('adds the 2024–2025 rulings and regulations to the legal register', () => {
    const ids = readdirSync('src/content/legal').map((f) => f.replace(/\.yaml$/, ''));
    expect(ids).toEqual(
      expect.arrayContaining(['putusan-mk-136-2024', 'putusan-mk-135-2024', 'putusan-mk-121-2024', 'kepmenpanrb-16-2025', 'se-menpanrb-11-2023']),
    );
  });

  it('says the next election dates are not set on every page that gives the 2024 dates (MK 135/PUU-XXII/2024)', () => {
    const undated = pages
      .filter(({ text }) => /14 Februari 2024|27 November 2024|23 November 2024/.test(text))
      .filter(({ text }) => !/belum ditetapkan/.test(text))
      .map((f) => f.file);
    expect(undated).toEqual([]);
  });
});

describe('no pledge tied to an election that is over', () => {
  /** An election named with its year ("Pemilu 2024", "Pilkada serentak 2024", "Pemilihan Umum Tahun 2024"). */
  const year = /(Pemilu|Pilkada|Pemilihan)( Umum)?( serentak)?( Tahun)? 20\d\d/i;
  it('keeps years out of pledge titles, the printable sheet and the certificate title', () => {
    for (const id of ['pakta', 'ikrar']) {
      const p = parse(readFileSync(`src/content/pledges/${id}.yaml`, 'utf8'));
      expect(p.title, id).not.toMatch(year);
      for (const point of p.points) expect(point.text, id).not.toMatch(year);
      if (p.sheet) expect(JSON.stringify({ ...p.sheet, notice: '' }), id).not.toMatch(year);
    }
    expect(certificate.title + certificate.subtitle + certificate.statement).not.toMatch(year);
  });

  it('keeps years out of lesson titles and quiz titles', () => {
    for (const { file, text } of pages.filter((p) => p.file.includes('/materi/'))) expect(frontmatter(text).title, file).not.toMatch(year);
    for (const { file, text } of files('src/quizzes', '.yaml')) expect(parse(text).title, file).not.toMatch(year);
  });
});
