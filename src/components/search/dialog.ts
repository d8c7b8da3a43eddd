/*
 * The search dialog, loaded on first use by the header button (src/components/overrides/Search.astro).
 * A native <dialog> with a combobox input and a listbox of results: the answer card first, then the
 * other places grouped by kind; when nothing answers but the words are the site's, related pages
 * under a heading that says they are not an answer. Ranking lives in src/lib/search/; this file only draws and listens.
 * Everything is resolved from this module's own URL, so the site works under any path (SCORM).
 */
import synonyms from '../../data/search-synonyms.json';
import { search as t } from '../../i18n/search';
import { answer as rank, type Answer, type PagefindLike, type Place } from '../../lib/search/engine';
import { understand, type SynonymData } from '../../lib/search/query';
import type { CardVerdict } from '../../lib/search/card';
import { paths } from '../../lib/paths';
import css from './dialog.css?inline';

/** The site root: this chunk is served from <root>/_astro/. */
const root = new URL('../', import.meta.url);
/** Inside an LMS package pages are opened by file name (…/index.html) and a folder URL may not resolve. */
const byFile = location.pathname.endsWith('/index.html');
/** A site path ("/materi/x/") as a link that works from wherever the site is served. */
const siteHref = (path: string) => new URL(`.${path}${byFile && path.endsWith('/') ? 'index.html' : ''}`, root).href;

let pagefind: Promise<PagefindLike> | undefined;
/** Pagefind's own script and index, once; a failed load is forgotten so the next open retries. */
export function loadPagefind(): Promise<PagefindLike> {
  pagefind ??= (async () => {
    const pf = await import(/* @vite-ignore */ new URL('pagefind/pagefind.js', root).href);
    await pf.options({ baseUrl: root.pathname });
    await pf.init();
    return pf as PagefindLike;
  })().catch((error) => {
    pagefind = undefined;
    throw error;
  });
  return pagefind;
}

/** The dialog's whole search: understand the query, ask Pagefind, rank. Also used by the evaluation. */
export async function search(text: string): Promise<Answer> {
  return rank(await loadPagefind(), understand(text, synonyms as SynonymData));
}

const icons: Record<CardVerdict, string> = {
  boleh: '<path d="M5.5 10.5l3 3 6-6.5"/>',
  dilarang: '<path d="M4.5 15.5l11-11"/>',
  tergantung: '<path d="M7.5 7.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .9-1 1.6V12"/><path d="M10 14.6v.2"/>',
  info: '<path d="M10 9v5.5"/><path d="M10 5.8v.2"/>',
};

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

/** The verdict as an icon and a word: never colour alone. */
function verdictBadge(verdict: CardVerdict, label?: string): HTMLElement {
  const badge = el('span', `nas-s-verdict nas-s-verdict--${verdict}`);
  badge.innerHTML = `<svg aria-hidden="true" viewBox="0 0 20 20" width="20" height="20" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><circle cx="10" cy="10" r="8.5"/>${icons[verdict]}</svg>`;
  badge.append(el('strong', '', verdict === 'info' ? (label ?? t.verdict.info) : t.verdict[verdict]));
  return badge;
}

let dialog: HTMLDialogElement;
let input: HTMLInputElement;
let list: HTMLElement;
let status: HTMLElement;
let notFound: HTMLElement;
let relatedHead: HTMLElement;
let opener: HTMLElement | null = null;
let options: { node: HTMLElement; url: string }[] = [];
let active = -1;
let timer: ReturnType<typeof setTimeout> | undefined;
let sequence = 0;

function build(): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

  dialog = el('dialog', 'nas-s');
  dialog.setAttribute('aria-labelledby', 'nas-s-title');
  const frame = el('div', 'nas-s__frame');
  const head = el('div', 'nas-s__head');
  const title = el('h2', 'nas-s__title', t.title);
  title.id = 'nas-s-title';
  const close = el('button', 'nas-s__close', t.close);
  close.type = 'button';
  close.addEventListener('click', () => dialog.close());
  head.append(title, close);

  const label = el('label', 'nas-s__label', t.label);
  label.htmlFor = 'nas-s-input';
  input = el('input', 'nas-s__input');
  Object.assign(input, { id: 'nas-s-input', type: 'search', autocomplete: 'off', spellcheck: false });
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-controls', 'nas-s-list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-describedby', 'nas-s-hint');
  const hint = el('p', 'nas-s__hint', t.hint);
  hint.id = 'nas-s-hint';
  status = el('p', 'nas-s__status');
  status.setAttribute('role', 'status');
  // Above the list when no section answers but the words are the site's: these pages are not an answer.
  relatedHead = el('div', 'nas-s__none');
  relatedHead.hidden = true;
  relatedHead.append(el('h3', '', t.relatedTitle), el('p', '', t.related));
  list = el('div', 'nas-s__list');
  list.id = 'nas-s-list';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', t.results);
  notFound = el('div', 'nas-s__none');
  notFound.hidden = true;
  const links = el('ul');
  for (const [text, path] of [
    [t.faq, paths.doc('rujukan/tanya-jawab')],
    [t.rules, paths.rules()],
  ]) {
    const a = el('a', '', text);
    a.href = siteHref(path);
    const li = el('li');
    li.append(a);
    links.append(li);
  }
  notFound.append(el('h3', '', t.notFoundTitle), el('p', '', t.notFound), links);

  frame.append(head, label, input, hint, status, relatedHead, list, notFound);
  dialog.append(frame);
  document.body.append(dialog);

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 160);
  });
  input.addEventListener('keydown', onKey);
  // A click on the backdrop (the dialog box itself, outside the frame) closes.
  dialog.addEventListener('click', (event) => event.target === dialog && dialog.close());
  dialog.addEventListener('close', () => opener?.focus());
}

function onKey(event: KeyboardEvent): void {
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    if (!options.length) return;
    const step = event.key === 'ArrowDown' ? 1 : -1;
    setActive((active + step + options.length) % options.length);
  } else if (event.key === 'Enter') {
    event.preventDefault();
    clearTimeout(timer);
    const chosen = options[active >= 0 ? active : 0];
    if (chosen) go(chosen.url);
    else void run();
  }
}

function setActive(index: number): void {
  options[active]?.node.setAttribute('aria-selected', 'false');
  active = index;
  const option = options[active];
  if (!option) return input.removeAttribute('aria-activedescendant');
  option.node.setAttribute('aria-selected', 'true');
  input.setAttribute('aria-activedescendant', option.node.id);
  option.node.scrollIntoView({ block: 'nearest' });
}

function go(url: string): void {
  opener = null;
  dialog.close();
  location.href = url;
}

function option(place: Place, index: number, body: HTMLElement[]): HTMLElement {
  const node = el('div', 'nas-s__option');
  node.id = `nas-s-opt-${index}`;
  node.setAttribute('role', 'option');
  node.setAttribute('aria-selected', 'false');
  node.dataset.url = place.url;
  node.append(...body);
  node.addEventListener('click', () => go(place.url));
  options.push({ node, url: place.url });
  return node;
}

function excerpt(place: Place): HTMLElement {
  const p = el('p', 'nas-s__excerpt');
  place.excerpt.forEach(({ text, marked }, i) => {
    if (i) p.append(' ');
    p.append(marked ? el('mark', '', text) : text);
  });
  return p;
}

function render(result: Answer): void {
  options = [];
  active = -1;
  input.removeAttribute('aria-activedescendant');
  const nodes: HTMLElement[] = [];
  const { card } = result;
  if (card?.card) {
    const c = card.card;
    // The verdict comes first, on the card's first line, before what kind of entry gives it.
    const first = el('span', 'nas-s__card-head');
    first.append(verdictBadge(c.verdict, c.label), ' ', el('span', 'nas-s__kicker', `${t.answerCard} · ${c.kind}`));
    const body = [first, el('span', 'nas-s__card-title', card.title), el('p', 'nas-s__answer', c.answer)];
    if (c.basis) body.push(el('p', 'nas-s__basis', `${t.basis}: ${c.basis}`));
    body.push(el('span', 'nas-s__more', `${t.readMore}: ${card.pageTitle}`));
    const node = option(card, 0, body);
    node.classList.add('nas-s__card');
    nodes.push(node);
  }
  const related = !result.found && result.related.length > 0;
  const groups = new Map<string, Place[]>();
  for (const place of result.found ? result.places : result.related) groups.set(place.kind, [...(groups.get(place.kind) ?? []), place]);
  let g = 0;
  for (const [kind, places] of groups) {
    const group = el('div', 'nas-s__group');
    group.setAttribute('role', 'group');
    const heading = el('div', 'nas-s__group-title', kind);
    heading.id = `nas-s-group-${g++}`;
    heading.setAttribute('role', 'presentation');
    group.setAttribute('aria-labelledby', heading.id);
    group.append(heading);
    for (const place of places) {
      const body: HTMLElement[] = [el('span', 'nas-s__title-line', place.title)];
      if (place.card && place.card.verdict !== 'info') body.unshift(verdictBadge(place.card.verdict));
      if (place.pageTitle && place.pageTitle !== place.title) body.push(el('span', 'nas-s__page', place.pageTitle));
      body.push(excerpt(place));
      group.append(option(place, options.length, body));
    }
    nodes.push(group);
  }
  list.replaceChildren(...nodes);
  input.setAttribute('aria-expanded', String(options.length > 0));
  notFound.hidden = result.found;
  relatedHead.hidden = !related;
  status.textContent = result.found
    ? t.count(options.length) + (card?.card && card.card.verdict !== 'info' ? ` ${t.answerIs(t.verdict[card.card.verdict])}` : '')
    : related
      ? t.relatedCount(options.length)
      : t.none;
  dialog.dataset.state = result.found ? 'found' : related ? 'related' : 'none';
}

async function run(): Promise<void> {
  const text = input.value;
  const mine = ++sequence;
  if (!text.trim()) {
    list.replaceChildren();
    options = [];
    notFound.hidden = true;
    relatedHead.hidden = true;
    status.textContent = '';
    input.setAttribute('aria-expanded', 'false');
    dialog.dataset.state = 'empty';
    return;
  }
  dialog.dataset.state = 'busy';
  try {
    const result = await search(text);
    if (mine === sequence) render(result);
  } catch {
    if (mine === sequence) {
      status.textContent = t.loadFailed;
      dialog.dataset.state = 'error';
    }
  }
}

/** Opens the dialog; focus goes back to `from` when it closes. */
export function openSearch(from: HTMLElement | null): void {
  opener = from;
  if (!dialog) build();
  if (!dialog.open) dialog.showModal();
  input.focus();
  input.select();
  loadPagefind().then(
    () => {
      if (input.value.trim()) void run();
    },
    () => {
      status.textContent = t.loadFailed;
    },
  );
}
