import { parse } from 'yaml';
import { ContentIntegrityError, findDuplicateIds } from './integrity';

/** Parser for Astro's `file()` loader that refuses a list with a missing or repeated id. */
export const yamlListParser = (file: string) => (text: string) => {
  const items: unknown = parse(text);
  const problems = findDuplicateIds(file, items);
  if (problems.length) throw new ContentIntegrityError(problems);
  return items as Record<string, unknown>[];
};
