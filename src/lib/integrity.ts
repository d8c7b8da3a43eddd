/*
 * Cross-collection checks that zod cannot do alone: every reference must point at an entry that
 * exists. Pure: it takes plain entries, so tests need no Astro. Each problem names the file, the
 * entry and the dotted field path.
 */
export interface CheckedEntry {
  collection: string;
  id: string;
  filePath?: string;
  data: unknown;
}

const isReference = (value: unknown): value is { collection: string; id: string } =>
  !!value &&
  typeof value === 'object' &&
  Object.keys(value).length === 2 &&
  typeof (value as { collection?: unknown }).collection === 'string' &&
  typeof (value as { id?: unknown }).id === 'string';

export function findDanglingReferences(entries: CheckedEntry[]): string[] {
  const known = new Set(entries.map((e) => `${e.collection}/${e.id}`));
  const problems: string[] = [];
  for (const entry of entries) {
    const where = `${entry.filePath ?? entry.collection} → ${entry.id}`;
    const visit = (value: unknown, path: (string | number)[]) => {
      if (isReference(value)) {
        if (!known.has(`${value.collection}/${value.id}`))
          problems.push(`${where} → ${path.join('.')}: rujukan ke ${value.collection} "${value.id}" tidak ditemukan`);
        return;
      }
      if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...path, i]));
      else if (value && typeof value === 'object' && !(value instanceof Date))
        for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    };
    visit(entry.data, []);
  }
  return problems;
}

/** Ids in a list-shaped data file (glossary, sources) that occur more than once. */
export function findDuplicateIds(file: string, items: unknown): string[] {
  if (!Array.isArray(items)) return [`${file}: isi berkas harus berupa daftar (array) entri`];
  const seen = new Set<string>();
  const problems: string[] = [];
  items.forEach((item, i) => {
    const id = (item as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') problems.push(`${file} → entri #${i + 1} → id: id wajib diisi`);
    else if (seen.has(id)) problems.push(`${file} → ${id} → id: id ini dipakai lebih dari sekali`);
    else seen.add(id);
  });
  return problems;
}

export class ContentIntegrityError extends Error {
  constructor(problems: string[]) {
    super(`Isi situs tidak konsisten (${problems.length} masalah):\n- ${problems.join('\n- ')}`);
    this.name = 'ContentIntegrityError';
  }
}
