import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { parse } from 'yaml';
import { baseURL, openPage, shareTab, useBrowser } from './support/browser';
import { lessons as t, paktaSheet as sheetText, search, verdictLabel } from '../../src/i18n/id';
import { paths } from '../../src/lib/paths';
import { EMPLOYEE_STATUSES } from '../../src/lib/employee';

const POLL = { timeout: 5000 };

const entries = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), ...parse(readFileSync(`${dir}/${f}`, 'utf8')) }));
const rules = entries('src/content/rules') as { id: string; title: string; verdict: string; topics: string[] }[];
const legal = entries('src/content/legal') as { id: string; status: string; replacedBy?: string }[];

let browser: Browser;
useBrowser((connected) => (browser = connected));
/** One tab for the tests that only read or use a freshly loaded page (see shareTab). */
const visit = shareTab();

/** The register of every rule (with its filter), and the register of every regulation. */
const RULES_PAGE = paths.rules();
const LEGAL_PAGE = paths.legals();
const visibleVerdicts = (page: import('playwright-core').Page) =>
  page.locator('[data-rule-list] > article').evaluateAll((els) =>
    els.filter((el) => (el as HTMLElement).offsetParent !== null).map((el) => (el as HTMLElement).dataset.verdict),
  );

describe('Boleh dan dilarang (the lesson)', () => {
  it('sums up every rule under "Yang boleh" and "Yang dilarang", each linking to its entry in the register', async () => {
    const { page } = await visit(paths.lesson('boleh-dan-dilarang'));
    for (const verdict of ['boleh', 'dilarang'] as const) {
      const expected = rules.filter((r) => r.verdict === verdict);
      const heading = verdict === 'boleh' ? t.ruleIndex.allowed(expected.length) : t.ruleIndex.forbidden(expected.length);
      const group = page.getByRole('region', { name: heading });
      const hrefs = await group.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs.sort(), verdict).toEqual(expected.map((r) => paths.rule(r.id)).sort());
    }
    // The details are the register's: the lesson carries no rule articles and no search cards.
    await expect(page.locator('[data-rule-list], [data-search-card]').count()).resolves.toBe(0);
  });
});

describe('Daftar aturan (the register)', () => {
  it('has an article for every rule, with its id as the anchor', async () => {
    const { page } = await visit(RULES_PAGE);
    const ids = await page.locator('[data-rule-list] > article').evaluateAll((els) => els.map((el) => el.id));
    expect([...ids].sort()).toEqual(rules.map((r) => r.id).sort());
    // Each anchor lands on the rule's heading with its title and its verdict in words.
    const first = rules[0];
    const article = page.locator(`article#${first.id}`);
    await expect(article.locator('h3').count()).resolves.toBe(1);
    await expect(article.textContent()).resolves.toContain(first.verdict === 'boleh' ? verdictLabel.boleh : verdictLabel.dilarang);
    await expect(article.textContent()).resolves.toContain(`${t.keywords}:`);
  });

  it('filters to forbidden acts and announces how many show', async () => {
    const { page } = await visit(RULES_PAGE, { viewport: { width: 1280, height: 900 } });
    const status = page.getByRole('status').filter({ hasText: 'aturan' });
    // Within the filter form: its radios are named like the verdicts.
    const filter = page.getByRole('form', { name: t.filter.legend });
    await expect(status.textContent()).resolves.toContain(t.filter.count(rules.length, rules.length));
    await filter.getByRole('radio', { name: verdictLabel.dilarang }).check();
    const dilarang = rules.filter((r) => r.verdict === 'dilarang').length;
    await expect(status.textContent()).resolves.toContain(t.filter.count(dilarang, rules.length));
    const shown = await visibleVerdicts(page);
    expect(shown).toHaveLength(dilarang);
    expect(shown).not.toContain('boleh');

    // Narrow to one topic: only forbidden rules on social media remain.
    await filter.getByRole('combobox', { name: t.filter.topic }).selectOption('media-sosial');
    const expected = rules.filter((r) => r.verdict === 'dilarang' && r.topics.includes('media-sosial')).length;
    await expect(status.textContent()).resolves.toContain(t.filter.count(expected, rules.length));
    await expect(visibleVerdicts(page)).resolves.toHaveLength(expected);

    // An empty combination says so instead of showing nothing silently.
    await filter.getByRole('radio', { name: verdictLabel.boleh }).check();
    await filter.getByRole('combobox', { name: t.filter.topic }).selectOption('fasilitas-negara');
    await expect(status.textContent()).resolves.toContain(t.filter.none);

    await filter.getByRole('radio', { name: t.filter.all }).check();
    await filter.getByRole('combobox', { name: t.filter.topic }).selectOption('semua');
    await expect(visibleVerdicts(page)).resolves.toHaveLength(rules.length);
  });

  it('shows all rules and no filter controls without JavaScript', async () => {
    const { page, context } = await openPage(browser, RULES_PAGE, { javaScriptEnabled: false });
    await expect(visibleVerdicts(page)).resolves.toHaveLength(rules.length);
    expect(rules.length).toBeGreaterThanOrEqual(24);
    // No filter controls.
    await expect(page.locator('[data-rule-filter] input, [data-rule-filter] select').filter({ visible: true }).count()).resolves.toBe(0);
    await expect(page.getByRole('combobox', { name: t.filter.topic }).count()).resolves.toBe(0);
    await context.close();
  });
});

describe('search', () => {
  it('finds a rule by an everyday phrase listed under "Sering dicari sebagai"', async () => {
    const { page } = await visit(RULES_PAGE, { viewport: { width: 1280, height: 800 } });
    await page.keyboard.press('Control+k');
    const input = page.getByRole('combobox', { name: search.label });
    await input.waitFor();
    // "serangan fajar" appears only among a rule's keywords, not in its title or explanation.
    await input.fill('serangan fajar');
    await expect.poll(() => page.locator('dialog.nas-s').getAttribute('data-state'), { timeout: 15_000 }).toBe('found');
    const urls = await page.locator('#nas-s-list [role="option"]').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.url));
    expect(urls).toContain(`${RULES_PAGE}#politik-uang`);
  });
});

describe('links between lessons', () => {
  it('every link to a rule or a legal entry on a lesson page lands on an existing anchor', async () => {
    const anchors: Record<string, Set<string>> = {};
    const { page } = await visit(RULES_PAGE);
    // Each page fetched and parsed in the browser (ids and links are in the built HTML), not rendered.
    const parsed = (path: string) =>
      page.evaluate(async (path) => {
        const response = await fetch(path);
        const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
        if (!response.ok) throw new Error(`${path}: ${response.status}`);
        return {
          ids: [...doc.querySelectorAll('[id]')].map((el) => el.id),
          hrefs: [...doc.querySelectorAll('main a[href*="#"]')].map((a) => a.getAttribute('href')!),
        };
      }, path);
    for (const path of [RULES_PAGE, LEGAL_PAGE, paths.lesson('dasar-hukum')]) {
      anchors[path] = new Set((await parsed(path)).ids);
    }
    const broken: string[] = [];
    for (const slug of ['dasar-hukum', 'ikrar-netralitas', 'pakta-integritas', 'boleh-dan-dilarang', 'media-sosial', 'sanksi-dan-pelaporan', 'panitia-ad-hoc', 'pilkada-dan-topik-khusus']) {
      const { hrefs } = await parsed(`/materi/${slug}/`);
      for (const href of hrefs) {
        const [path, hash] = href.split('#');
        if (anchors[path] && !anchors[path].has(hash)) broken.push(`${slug}: ${href}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('Dasar hukum (the lesson)', () => {
  it('names every regulation with its status, each linking to its entry in the register', async () => {
    const { page } = await visit(paths.lesson('dasar-hukum'));
    const items = page.locator('main .nas-legal-brief > li');
    const hrefs = await items.locator('a[href^="/rujukan/peraturan/#"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect([...new Set(hrefs)].sort()).toEqual(legal.map((l) => paths.legal(l.id)).sort());
    for (const entry of legal) {
      const item = items.filter({ has: page.locator(`a[href="${paths.legal(entry.id)}"]`) }).first();
      await expect(item.textContent(), entry.id).resolves.toContain(`${t.statusLabel}: ${t.status[entry.status as 'berlaku' | 'dicabut']}`);
    }
  });
});

describe('Daftar peraturan (the register)', () => {
  it('has one section per legal entry, its id the entry id', async () => {
    const { page } = await visit(LEGAL_PAGE);
    for (const entry of legal) {
      await expect(page.locator(`section#${entry.id}`).count(), entry.id).resolves.toBe(1);
      await expect(page.locator(`section#${entry.id} :is(h2, h3)`).count(), entry.id).resolves.toBe(1);
    }
  });

  for (const [id, replacement] of [
    ['pp-53-2010', 'pp-94-2021'],
    ['uu-5-2014', 'uu-20-2023'],
  ]) {
    it(`reads ${id} as revoked, linking to ${replacement}`, async () => {
      const { page } = await visit(LEGAL_PAGE);
      const section = page.locator(`section#${id}`);
      const status = section.locator('.nas-legal__status');
      await expect(status.textContent()).resolves.toContain(`${t.statusLabel}: ${t.status.dicabut}`);
      await expect(status.textContent()).resolves.toContain(t.replacedBy);
      const link = status.getByRole('link');
      await expect(link.getAttribute('href')).resolves.toBe(paths.legal(replacement));
      await link.click();
      await page.waitForURL(`${baseURL}${paths.legal(replacement)}`);
      await expect(page.locator(`section#${replacement} .nas-legal__status`).textContent()).resolves.toContain(
        `${t.statusLabel}: ${t.status.berlaku}`,
      );
    });
  }
});

describe('Pakta Integritas', () => {
  it('prints only the A4 sheet: the form shows, the sidebar and the rest of the page do not', async () => {
    const { page } = await visit('/materi/pakta-integritas/', { viewport: { width: 1280, height: 900 } });
    // The sidebar's own box is zero-sized; its links are what a reader sees.
    const sidebar = page.getByRole('navigation', { name: 'Utama' }).getByRole('link', { name: 'Beranda' });
    const sheet = page.locator('.nas-pakta-sheet');
    await expect(sidebar.isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: t.print }).isVisible()).resolves.toBe(true);

    await page.emulateMedia({ media: 'print' });
    await expect(sheet.isVisible()).resolves.toBe(true);
    await expect(sheet.locator('ol > li').count()).resolves.toBe(4);
    await expect(sheet.getByRole('heading').textContent()).resolves.toBe('Pakta Integritas Netralitas dalam Pemilu dan Pilkada');
    // The sheet itself says whose wording it is and that it is no agency's form.
    await expect(sheet.locator('.nas-pakta-sheet__notice').textContent()).resolves.toContain('bukan formulir resmi instansi mana pun');
    for (const label of [sheetText.name, sheetText.unit, sheetText.placeDate])
      await expect(sheet.getByRole('textbox', { name: label }).isVisible(), label).resolves.toBe(true);
    await expect(sheet.getByRole('group', { name: sheetText.status }).getByRole('radio').count()).resolves.toBe(EMPLOYEE_STATUSES.length);
    await expect(sheet.getByText(sheetText.signature, { exact: true }).isVisible()).resolves.toBe(true);
    await expect(sidebar.isVisible()).resolves.toBe(false);
    await expect(page.locator('h1#_top').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: t.print }).isVisible()).resolves.toBe(false);
    await expect(page.locator('.nas-pledge').first().isVisible()).resolves.toBe(false);
  });

  it('asks PNS, PPPK, PPPK paruh waktu and non-ASN for the number that fits, checks what is typed, then calls the browser print', async () => {
    const { page } = await visit('/materi/pakta-integritas/');
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    const printed = () => page.evaluate(() => (window as unknown as { printed: number }).printed);
    const print = page.getByRole('button', { name: t.print });
    // A blank sheet prints, to be filled in by hand.
    await print.click();
    await expect.poll(printed, POLL).toBe(1);

    // PPPK: an 18-digit NIP; a short one is refused with the digit count, and nothing prints.
    await page.getByRole('radio', { name: 'PPPK', exact: true }).check();
    const nip = page.getByRole('textbox', { name: sheetText.numberNip });
    await nip.fill('19850101');
    await print.click();
    await expect.poll(() => page.locator('#pakta-nomor-error').textContent(), POLL).toBe(
      'NIP harus tepat 18 angka. Yang Anda ketik berisi 8 angka.',
    );
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), POLL).toBe('pakta-nomor');
    await expect.poll(() => page.locator('[data-nas-pakta-summary]').textContent(), POLL).toBe(sheetText.errors);
    expect(await printed()).toBe(1);
    await nip.fill('198501012010011001');
    await print.click();
    await expect.poll(printed, POLL).toBe(2);
    await expect.poll(() => nip.getAttribute('aria-invalid'), POLL).toBe(null);

    // PNS: the same NIP rule.
    await page.getByRole('radio', { name: 'PNS', exact: true }).check();
    await nip.fill('1985O1012010011001');
    await print.click();
    await expect.poll(() => page.locator('#pakta-nomor-error').textContent(), POLL).toContain('hanya boleh berisi angka');
    expect(await printed()).toBe(2);

    // non-ASN: no NIP; the same field becomes an optional staff number, free text.
    await page.getByRole('radio', { name: /^non-ASN/ }).check();
    const staff = page.getByRole('textbox', { name: sheetText.numberStaff });
    await staff.fill('800/127/Kel. Sukamaju');
    await print.click();
    await expect.poll(printed, POLL).toBe(3);

    // PPPK paruh waktu: a PPPK number whose format is not forced (here 19 digits would fail as a NIP).
    await page.getByRole('radio', { name: 'PPPK paruh waktu', exact: true }).check();
    const pppk = page.getByRole('textbox', { name: sheetText.numberPppk });
    await pppk.fill('1985010120250720011');
    await print.click();
    await expect.poll(printed, POLL).toBe(4);
  });

  it('without JavaScript hides the button and tells the reader to use the browser print', async () => {
    const { page, context } = await openPage(browser, '/materi/pakta-integritas/', { javaScriptEnabled: false });
    await expect(page.getByRole('button', { name: t.print }).isVisible()).resolves.toBe(false);
    // Playwright's text search skips <noscript>, so look for the paragraph inside it.
    const message = page.locator('.nas-pakta-actions noscript p');
    await expect(message.isVisible()).resolves.toBe(true);
    await expect(message.textContent()).resolves.toBe(t.printNoScript);
    await context.close();
  });
});

describe('Sanksi dan pelaporan', () => {
  it('has a reporting diagram with an accessible name, and the same steps as a list', async () => {
    const { page } = await visit('/materi/sanksi-dan-pelaporan/');
    const diagram = page.getByRole('img', { name: 'Alur laporan dugaan pelanggaran netralitas ASN' });
    await expect(diagram.count()).resolves.toBe(1);
    const description = await diagram.evaluate((svg) =>
      svg.getAttribute('aria-labelledby')!.split(' ').map((id) => document.getElementById(id)?.textContent?.trim()),
    );
    expect(description[1]).toMatch(/pejabat pembina kepegawaian/);
    const steps = await page.locator('.nas-flow__list > li').allTextContents();
    expect(steps).toHaveLength(4);
    expect(steps[3]).toMatch(/PPK/);
  });
});

describe('Ikrar Netralitas', () => {
  it('lists the seven points, each with what it means, and the three reasons', async () => {
    const { page } = await visit('/materi/ikrar-netralitas/');
    await expect(page.locator('ol.nas-pledge > li').count()).resolves.toBe(7);
    await expect(page.locator('ol.nas-pledge > li .nas-pledge__meaning').count()).resolves.toBe(7);
    await expect(page.locator('ol.nas-pledge-reasons > li').count()).resolves.toBe(3);
  });
});
