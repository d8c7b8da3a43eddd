import { describe, expect, it } from 'vitest';
import { findDanglingReferences, findDuplicateIds } from '../../src/lib/integrity';
import { yamlListParser } from '../../src/lib/yaml-list';

const ref = (collection: string, id: string) => ({ collection, id });

describe('findDanglingReferences', () => {
  const legal = { collection: 'legal', id: 'pp-94-2021', filePath: 'src/content/legal/pp-94-2021.yaml', data: {} };

  it('accepts references that resolve', () => {
    const rule = {
      collection: 'rules',
      id: 'ikut-kampanye',
      filePath: 'src/content/rules/ikut-kampanye.yaml',
      data: { legalBasis: [{ legal: ref('legal', 'pp-94-2021'), article: 'Pasal 5' }] },
    };
    expect(findDanglingReferences([legal, rule])).toEqual([]);
  });

  it('names the file, the entry and the dotted field of a dangling reference', () => {
    const rule = {
      collection: 'rules',
      id: 'ikut-kampanye',
      filePath: 'src/content/rules/ikut-kampanye.yaml',
      data: { legalBasis: [{ legal: ref('legal', 'pp-94-2021') }, { legal: ref('legal', 'pp-53-2099') }] },
    };
    expect(findDanglingReferences([legal, rule])).toEqual([
      'src/content/rules/ikut-kampanye.yaml → ikut-kampanye → legalBasis.1.legal: rujukan ke legal "pp-53-2099" tidak ditemukan',
    ]);
  });

  it('looks inside nested quiz questions and separates collections', () => {
    const bank = {
      collection: 'quizzes',
      id: 'dasar-hukum',
      filePath: 'src/quizzes/dasar-hukum.yaml',
      data: { questions: [{ id: 'dh-01', rules: [ref('rules', 'pp-94-2021')] }] },
    };
    // An id that exists in another collection does not satisfy the reference.
    expect(findDanglingReferences([legal, bank])).toEqual([
      'src/quizzes/dasar-hukum.yaml → dasar-hukum → questions.0.rules.0: rujukan ke rules "pp-94-2021" tidak ditemukan',
    ]);
  });

  it('falls back to the collection name when the entry has no file', () => {
    const page = { collection: 'docs', id: 'index', data: { related: { cases: [ref('cases', 'x')] } } };
    expect(findDanglingReferences([page])).toEqual(['docs → index → related.cases.0: rujukan ke cases "x" tidak ditemukan']);
  });
});

describe('list files (glossary, sources)', () => {
  it('reports a repeated id and a missing id with file and entry', () => {
    expect(findDuplicateIds('src/content/glossary.yaml', [{ id: 'asn' }, { id: 'pns' }, { id: 'asn' }, { term: 'x' }])).toEqual([
      'src/content/glossary.yaml → asn → id: id ini dipakai lebih dari sekali',
      'src/content/glossary.yaml → entri #4 → id: id wajib diisi',
    ]);
  });

  it('refuses a file that is not a list', () => {
    expect(findDuplicateIds('src/content/sources.yaml', { id: 'a' })).toEqual([
      'src/content/sources.yaml: isi berkas harus berupa daftar (array) entri',
    ]);
  });

  it('makes the file loader fail the build on a duplicate', () => {
    const parse = yamlListParser('src/content/sources.yaml');
    expect(parse('- id: a\n- id: b\n')).toEqual([{ id: 'a' }, { id: 'b' }]);
    expect(() => parse('- id: a\n- id: a\n')).toThrow('src/content/sources.yaml → a → id: id ini dipakai lebih dari sekali');
  });
});
