/*
 * The content this branch owns, checked from the files themselves: the fixed list of case studies,
 * their verdicts and references, the glossary, and the questions on "Tanya jawab".
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { caseSchema } from '../../src/schemas/cases';
import { glossarySchema } from '../../src/schemas/glossary';

/** The case ids every helper was promised (COMMON.md); other pages link to them. */
const promisedCases = [
  'foto-camat-dengan-calon',
  'like-unggahan-calon',
  'guru-pppk-grup-whatsapp',
  'mobil-dinas-ke-acara-calon',
  'izin-acara-dipercepat',
  'honorer-pasang-baliho',
  'menonton-kampanye-akhir-pekan',
  'istri-menjadi-caleg',
  'kumpulkan-ktp-calon-perseorangan',
  'rapat-kantor-arahan-memilih',
  'amplop-dari-tim-sukses',
  // Pilkada and special topics (issue 9).
  'titipan-amplop-untuk-warga',
  'pj-bupati-mutasi-pejabat',
  'camat-diminta-tampil-kampanye-pilkada',
  'pns-ingin-menjadi-caleg',
  'guru-pppk-suami-calon-bupati',
  'asn-menjadi-kpps',
  'petugas-perizinan-di-lokasi-kampanye',
  'memilih-di-tps',
  'melayani-tim-kampanye-sesuai-prosedur',
  // Issue 17: the 2025 re-votes (PSU).
  'pejabat-janjikan-jabatan-psu',
];
const allowedCases = ['asn-menjadi-kpps', 'petugas-perizinan-di-lokasi-kampanye', 'memilih-di-tps', 'melayani-tim-kampanye-sesuai-prosedur'];

const yamlIds = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));
const readYaml = (file: string) => parse(readFileSync(file, 'utf8'));

const caseIds = yamlIds('src/content/cases');
const cases = caseIds.map((id) => ({ id, raw: readYaml(`src/content/cases/${id}.yaml`) }));
const ruleIds = new Set(yamlIds('src/content/rules'));
const sourceIds = new Set((readYaml('src/content/sources.yaml') as { id: string }[]).map((s) => s.id));
const glossary = readYaml('src/content/glossary.yaml') as { id: string; seeAlso?: string[] }[];
const faq = readFileSync('src/content/docs/rujukan/tanya-jawab.mdx', 'utf8');

/** A site path that some page answers: a docs page, a case page or the case index. */
function pageExists(href: string): boolean {
  const path = href.split('#')[0];
  if (path === '/studi-kasus/') return true;
  const caseMatch = path.match(/^\/studi-kasus\/([a-z0-9-]+)\/$/);
  if (caseMatch) return caseIds.includes(caseMatch[1]);
  const slug = path.replace(/^\/|\/$/g, '');
  return ['md', 'mdx'].some((ext) => existsSync(`src/content/docs/${slug || 'index'}.${ext}`));
}

describe('case studies', () => {
  it('are exactly the promised ids', () => {
    expect([...caseIds].sort()).toEqual([...promisedCases].sort());
    expect(caseIds.length).toBeGreaterThanOrEqual(12);
  });

  it('allow exactly the four allowed situations and forbid the rest', () => {
    const allowed = cases.filter((c) => c.raw.verdict === 'boleh').map((c) => c.id);
    expect(allowed.length).toBeGreaterThanOrEqual(3);
    expect(allowed.sort()).toEqual([...allowedCases].sort());
    expect(cases.filter((c) => c.raw.verdict === 'dilarang')).toHaveLength(promisedCases.length - allowedCases.length);
  });

  for (const { id, raw } of cases) {
    it(`${id}: passes the schema, asks "Bolehkah …?" and cites rules and sources that exist`, () => {
      const parsed = caseSchema.safeParse(raw);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      expect(raw.question).toMatch(/^Bolehkah .+\?$/);
      expect(raw.rules.filter((r: string) => !ruleIds.has(r))).toEqual([]);
      expect(raw.sources.filter((s: string) => !sourceIds.has(s))).toEqual([]);
      // An allowed act has no sanction, and the page says so in words.
      if (raw.verdict === 'boleh') expect(raw.sanction).toMatch(/^Tidak ada/);
      else expect(raw.sanction).not.toMatch(/^Tidak ada/);
      // The first review, the content review of issue 9, or the 2026 update of issue 17.
      expect(['2026-11-26', '2026-12-02', '2026-12-03']).toContain(raw.reviewed);
    });
  }

  it('never cites the revoked PP 53/2010 as the rule in force', () => {
    for (const { id, raw } of cases) expect(JSON.stringify(raw), id).not.toMatch(/PP 53\/2010/);
  });

  it('have distinct reading orders', () => {
    const orders = cases.map((c) => c.raw.order);
    expect(new Set(orders).size).toBe(orders.length);
  });
});

describe('glossary', () => {
  it('has at least 20 terms that pass the schema, with unique ids', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(20);
    for (const term of glossary) expect(glossarySchema.safeParse(term).success, term.id).toBe(true);
    expect(new Set(glossary.map((t) => t.id)).size).toBe(glossary.length);
  });

  it('links "Lihat juga" only to pages that exist', () => {
    const broken = glossary.flatMap((t) => (t.seeAlso ?? []).filter((href) => !pageExists(href)).map((h) => `${t.id} → ${h}`));
    expect(broken).toEqual([]);
  });

  it('explains the two meanings of PPK separately', () => {
    expect(glossary.map((t) => t.id)).toEqual(expect.arrayContaining(['ppk-kepegawaian', 'ppk-pemilu']));
  });
});

describe('Tanya jawab', () => {
  const headings = [...faq.matchAll(/^#{2,3} (.+)$/gm)].map((m) => m[1]);
  const answers = [...faq.matchAll(/<Answer([^>]*)>/g)].map((m) => m[1]);

  it('asks at least 15 "Bolehkah saya …?" questions, each as a heading', () => {
    expect(headings.filter((h) => /^Bolehkah saya .+\?$/.test(h)).length).toBeGreaterThanOrEqual(15);
  });

  it('answers every question heading with exactly one Answer', () => {
    const questions = headings.filter((h) => h.endsWith('?'));
    expect(answers).toHaveLength(questions.length);
    for (const a of answers) expect(a).toMatch(/verdict="(boleh|tidak-boleh|tergantung|info)"/);
  });

  it('links only to rules and cases that exist', () => {
    const ids = (attr: string) =>
      answers.flatMap((a) => [...(a.match(new RegExp(`${attr}=\\{\\[([^\\]]*)\\]\\}`))?.[1].matchAll(/'([^']+)'/g) ?? [])].map((m) => m[1]));
    expect(ids('rules').length).toBeGreaterThan(15);
    expect(ids('rules').filter((id) => !ruleIds.has(id))).toEqual([]);
    expect(ids('cases').filter((id) => !caseIds.includes(id))).toEqual([]);
  });
});
