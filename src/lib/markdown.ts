/*
 * Renders a short Markdown field of a data entry (a rule's explanation, a case's reasoning) to HTML
 * at build time, with Astro's own Markdown processor so it matches the MDX pages. One processor is
 * created per build and reused.
 */
import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';

let processor: Promise<MarkdownRenderer> | undefined;

export async function renderMarkdown(text: string): Promise<string> {
  processor ??= createMarkdownProcessor({ syntaxHighlight: false });
  return (await (await processor).render(text)).code;
}
