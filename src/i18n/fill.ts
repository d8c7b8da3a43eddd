/** Fills {placeholders} in a UI string: fill('Soal {n} dari {total}', { n: 2, total: 5 }). */
export const fill = (text: string, values: object): string =>
  text.replace(/\{(\w+)\}/g, (_, key: string) => String((values as Record<string, unknown>)[key] ?? `{${key}}`));
