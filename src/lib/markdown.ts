/*
 * Renders the short Markdown fields of data entries (a case's scenario and reasoning) to HTML at
 * build time, with Astro's own Markdown pipeline and no plugins: paragraphs, emphasis and links only.
 */
import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';

let processor: Promise<MarkdownRenderer> | undefined;

export async function renderMarkdown(markdown: string): Promise<string> {
  processor ??= createMarkdownProcessor({ syntaxHighlight: false });
  return (await (await processor).render(markdown)).code;
}
