/*
 * Coverage checks for the lesson pages that the schemas alone do not make: enough rules of both
 * verdicts, every filter topic in use, every legal entry shown once on "Dasar hukum" and used
 * somewhere, revoked entries pointing at what is in force, the pledges complete, and every rule or
 * legal link written in a lesson pointing at a real entry.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const dir = (path: string, ext: string) =>
  readdirSync(path)
    .filter((f) => f.endsWith(ext))
    .map((f) => ({ id: basename(f, ext), text: readFileSync(`${path}/${f}`, 'utf8') }));

const rules = dir('src/content/rules', '.yaml').map(({ id, text }) => ({ id, ...parse(text) }));
const legal = dir('src/content/legal', '.yaml').map(({ id, text }) => ({ id, ...parse(text) }));
const lessons = dir('src/content/docs/materi', '.mdx').map(({ id, text }) => {
  const [, frontmatter, body] = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/)!;
  return { id, data: parse(frontmatter), body };
});
const ruleIds = new Set(rules.map((r) => r.id));
const legalIds = new Set(legal.map((l) => l.id));
const topics = ['kampanye', 'media-sosial', 'fasilitas-negara', 'keputusan', 'dukungan', 'partai', 'penyelenggara-pemilu'];

describe('rules', () => {
  it('has at least 24 rules and at least 3 of each verdict', () => {
    expect(rules.length).toBeGreaterThanOrEqual(24);
    expect(rules.filter((r) => r.verdict === 'boleh').length).toBeGreaterThanOrEqual(3);
    expect(rules.filter((r) => r.verdict === 'dilarang').length).toBeGreaterThanOrEqual(3);
  });

  it('leaves no filter topic empty', () => {
    for (const topic of topics) expect(rules.filter((r) => r.topics.includes(topic)).length, topic).toBeGreaterThan(0);
  });

  it('gives every rule keywords for search', () => {
    expect(rules.filter((r) => !r.keywords?.length).map((r) => r.id)).toEqual([]);
  });
});

/** The legal ids a lesson names in its <LegalBrief ids={['…', …]} /> lists. */
const briefIds = (body: string) =>
  [...body.matchAll(/<LegalBrief ids=\{\[([^\]]*)\]\}/g)].flatMap((m) => [...m[1].matchAll(/'([^']+)'/g)].map((x) => x[1]));

describe('legal entries', () => {
  const register = readFileSync('src/content/docs/rujukan/peraturan.mdx', 'utf8');
  const shown = [...register.matchAll(/<LegalEntry id="([^"]+)">/g)].map((m) => m[1]);
  const lesson = lessons.find((l) => l.id === 'dasar-hukum')!;
  const named = briefIds(lesson.body);

  it('shows every entry exactly once on the register, Daftar peraturan', () => {
    expect([...shown].sort()).toEqual([...legalIds].sort());
  });

  it('names every entry exactly once in the lesson Dasar hukum', () => {
    expect([...named].sort()).toEqual([...legalIds].sort());
  });

  it('uses every entry in some rule, pledge or other lesson (not only on Dasar hukum itself)', () => {
    const used = new Set<string>();
    for (const r of rules) for (const b of r.legalBasis) used.add(b.legal);
    for (const l of legal) if (l.replacedBy) used.add(l.replacedBy);
    for (const p of dir('src/content/pledges', '.yaml')) used.add(parse(p.text).legal);
    for (const l of lessons.filter((x) => x.id !== 'dasar-hukum')) for (const m of l.body.matchAll(/\/rujukan\/peraturan\/#([a-z0-9-]+)/g)) used.add(m[1]);
    expect([...legalIds].filter((id) => !used.has(id))).toEqual([]);
  });

  it('points every revoked entry at a replacement that is in force', () => {
    const revoked = legal.filter((l) => l.status === 'dicabut');
    expect(revoked.map((l) => l.id).sort()).toEqual(['pp-53-2010', 'uu-5-2014']);
    for (const l of revoked) expect(legal.find((x) => x.id === l.replacedBy)?.status, l.id).toBe('berlaku');
  });
});

describe('pledges', () => {
  const ikrar = parse(readFileSync('src/content/pledges/ikrar.yaml', 'utf8'));
  const pakta = parse(readFileSync('src/content/pledges/pakta.yaml', 'utf8'));

  it('has the seven ikrar points and the three reasons', () => {
    expect(ikrar.points).toHaveLength(7);
    expect(ikrar.reasons).toHaveLength(3);
  });

  it('has the four pakta commitments and a closing for the printed sheet', () => {
    expect(pakta.points).toHaveLength(4);
    expect(pakta.closing).toBeTruthy();
  });
});

describe('lesson pages', () => {
  it('are the eight planned pages', () => {
    expect(lessons.map((l) => l.id).sort()).toEqual(
      ['boleh-dan-dilarang', 'dasar-hukum', 'ikrar-netralitas', 'media-sosial', 'pakta-integritas', 'panitia-ad-hoc', 'pilkada-dan-topik-khusus', 'sanksi-dan-pelaporan'],
    );
  });

  for (const lesson of lessons) {
    it(`${lesson.id}: has a description, related rules and sources that exist`, () => {
      expect(lesson.data.description.length).toBeGreaterThan(80);
      expect(lesson.data.related.rules.length).toBeGreaterThan(0);
      expect(lesson.data.related.rules.filter((id: string) => !ruleIds.has(id))).toEqual([]);
      expect(lesson.data.sources.length).toBeGreaterThan(0);
    });

    it(`${lesson.id}: links only to rules and legal entries that exist`, () => {
      const ruleLinks = [...lesson.body.matchAll(/<RuleLink rule="([^"]+)"/g)].map((m) => m[1]);
      const ruleHashes = [...lesson.body.matchAll(/\/rujukan\/aturan\/#([a-z0-9-]+)/g)].map((m) => m[1]);
      const legalHashes = [...lesson.body.matchAll(/\/rujukan\/peraturan\/#([a-z0-9-]+)/g)].map((m) => m[1]);
      expect([...ruleLinks, ...ruleHashes].filter((id) => !ruleIds.has(id))).toEqual([]);
      expect([...legalHashes, ...briefIds(lesson.body)].filter((id) => !legalIds.has(id))).toEqual([]);
    });
  }
});
