/* The authored question banks (src/quizzes/*.yaml), parsed with the real schema, in file order. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { quizBankSchema, type QuizBank } from '../../src/schemas/quiz';

export const quizDir = join(import.meta.dirname, '..', '..', 'src', 'quizzes');

export function realBanks(): { id: string; data: QuizBank }[] {
  return readdirSync(quizDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((file) => ({
      id: file.replace(/\.yaml$/, ''),
      data: quizBankSchema.parse(parseYaml(readFileSync(join(quizDir, file), 'utf8'))),
    }));
}
