/*
 * The answer card a section of the site offers to search: verdict, one-sentence answer, legal basis.
 * Pages write it into Pagefind metadata (data-pagefind-meta) where the entry is, so the search index
 * carries it and no second index is kept by hand. Pure: used at build (pages) and in the dialog.
 */

export type CardVerdict = 'boleh' | 'dilarang' | 'tergantung' | 'info';
export type Kind = 'Tanya jawab' | 'Aturan' | 'Studi kasus' | 'Materi' | 'Glosarium';
export const kinds: Kind[] = ['Tanya jawab', 'Aturan', 'Studi kasus', 'Materi', 'Glosarium'];

export interface Card {
  kind: Kind;
  verdict: CardVerdict;
  /** The verdict in words when it is not the plain word ("Ya, keduanya."); optional. */
  label?: string;
  title: string;
  answer: string;
  /** Legal basis in short form, e.g. "PP 94/2021 Pasal 5 huruf n; SKB 2022". */
  basis: string;
}

/** The kind of a page, from its route id ("rujukan/tanya-jawab"); sections with a card may say otherwise. */
export function kindOfPage(id: string): Kind {
  const path = id.replace(/^\/+/, '');
  if (path.startsWith('rujukan/tanya-jawab')) return 'Tanya jawab';
  if (path.startsWith('rujukan/glosarium')) return 'Glosarium';
  if (path.startsWith('studi-kasus')) return 'Studi kasus';
  if (path.startsWith('rujukan/aturan')) return 'Aturan';
  return 'Materi';
}

/** Metadata key for the card of the entry whose element has this id (page-level key for cases). */
export const cardKey = (anchorId?: string) => (anchorId ? `card-${anchorId}` : 'card');

/**
 * The data-pagefind-meta attribute pair for a card: Pagefind reads the value from another attribute
 * (`key[attr]`), so commas and colons in the answer are safe.
 */
export function cardAttributes(card: Card, anchorId?: string): Record<string, string> {
  return { 'data-pagefind-meta': `${cardKey(anchorId)}[data-search-card]`, 'data-search-card': JSON.stringify(card) };
}

export function parseCard(value: string | undefined): Card | undefined {
  if (!value) return undefined;
  try {
    const card = JSON.parse(value) as Partial<Card>;
    if (typeof card.title !== 'string' || typeof card.answer !== 'string' || typeof card.verdict !== 'string') return undefined;
    return { kind: kinds.includes(card.kind as Kind) ? (card.kind as Kind) : 'Materi', verdict: card.verdict, label: card.label, title: card.title, answer: card.answer, basis: card.basis ?? '' };
  } catch {
    return undefined;
  }
}

/** Plain text from Markdown or HTML: tags, emphasis marks and link targets removed, spaces collapsed. */
export function plainText(text: string): string {
  return text
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

const verdictOnly = /^(boleh|dilarang|tidak boleh|tergantung|ya|tidak)[.!]?$/i;

/** The first real sentence of a text (a bare "Boleh." is skipped), at most about 240 characters. */
export function oneSentence(text: string): string {
  const sentences = plainText(text).split(/(?<=[.!?])\s+(?=[A-Z"“(])/);
  const first = sentences.find((s) => !verdictOnly.test(s.trim())) ?? sentences[0] ?? '';
  return first.length > 240 ? `${first.slice(0, 237).replace(/\s+\S*$/, '')} …` : first;
}

/** "PP 94/2021 Pasal 5 huruf n; SKB 2022", without repeats, in the order given. */
export function basisText(bases: { name: string; article?: string }[]): string {
  return [...new Set(bases.map((b) => (b.article ? `${b.name} ${b.article}` : b.name)))].join('; ');
}
