/*
 * The self-paced training in a real browser: module quiz by keyboard alone, progress across reloads,
 * corrupted storage, the exam (pass and fail), the certificate and its print view. The answer keys
 * come from the bank YAML files read here, on the Node side; the pages expose nothing for the test.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { paths } from '../../src/lib/paths';
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, guardedContext, hydrateIslands, newContext, shareTab, useBrowser } from './support/browser';

interface AuthoredQuestion {
  id: string;
  type: 'single' | 'multiple' | 'truefalse' | 'verdict';
  answer?: boolean | string;
  options?: { correct?: boolean }[];
  short?: boolean;
}

/** Correct option keys per bank and question id, keyed the way the schema keys options. */
function answerKeys(): Record<string, Record<string, { type: string; keys: string[]; all: string[] }>> {
  const out: Record<string, Record<string, { type: string; keys: string[]; all: string[] }>> = {};
  for (const file of readdirSync('src/quizzes').filter((f) => f.endsWith('.yaml'))) {
    const bank = parse(readFileSync(`src/quizzes/${file}`, 'utf8')) as { questions: AuthoredQuestion[] };
    out[file.replace(/\.yaml$/, '')] = Object.fromEntries(
      bank.questions.map((q) => {
        if (q.type === 'truefalse')
          return [q.id, { type: q.type, keys: [q.answer ? 'benar' : 'salah'], all: ['benar', 'salah'] }];
        if (q.type === 'verdict') return [q.id, { type: q.type, keys: [String(q.answer)], all: ['boleh', 'dilarang'] }];
        const all = q.options!.map((_, i) => String.fromCharCode(97 + i));
        return [q.id, { type: q.type, keys: all.filter((_, i) => q.options![i].correct), all }];
      }),
    );
  }
  return out;
}

const keys = answerKeys();
/** Retry an expectation while the page settles (renders and effects run after events). */
const POLL = { timeout: 5000 };
const BANK = 'dasar-hukum';
const bankIds = Object.keys(keys[BANK]);

let browser: Browser;
useBrowser((connected) => (browser = connected));
/** One tab for the tests that only need a freshly loaded page (see shareTab); storage is emptied between them. */
const visit = shareTab();

/** Waits until the island has hydrated (its buttons are enabled only then). */
async function hydrated(page: Page, name: string) {
  await page.getByRole('button', { name }).first().waitFor();
  await page.waitForFunction((n) => {
    const buttons = [...document.querySelectorAll('button')].filter((b) => b.textContent?.trim() === n);
    return buttons.length > 0 && buttons.every((b) => !b.disabled);
  }, name);
}

/** What has focus: tag, type, value, the question section it is in, and its text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      type: el?.type ?? '',
      value: el?.value ?? '',
      checked: !!el?.checked,
      section: el?.closest('section.nas-q')?.id ?? '',
      text: el?.textContent?.trim() ?? '',
    };
  });

/** Presses Tab until `ok` holds for the focused element (at most `max` times). */
async function tabUntil(page: Page, ok: (f: Awaited<ReturnType<typeof focused>>) => boolean, max = 120) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (ok(f)) return f;
  }
  throw new Error('Tab never reached the expected element');
}

const statusText = (page: Page) => page.locator('.nas-quiz [role="status"]').first().textContent();

describe('module quiz', () => {
  it('can be done by keyboard alone, shows feedback and score, and keeps them after a reload', async () => {
    const { page } = await visit(`/kuis/${BANK}/`, { viewport: { width: 1280, height: 900 } });
    await hydrated(page, 'Periksa jawaban');
    const sections = await page.locator('section.nas-q').evaluateAll((els) => els.map((e) => e.id));
    expect(sections.length).toBe(bankIds.length);

    for (const [index, sectionId] of sections.entries()) {
      const qid = sectionId.replace(`nas-kuis-${BANK}-`, '');
      const key = keys[BANK][qid];
      // The first question is answered wrongly on purpose, the rest correctly.
      const wanted = index === 0 ? [key.all.find((k) => !key.keys.includes(k))!] : key.keys;
      let f = await tabUntil(page, (x) => x.section === sectionId && x.tag === 'input');
      if (key.type === 'multiple') {
        // Each checkbox is a tab stop: Space ticks the wanted ones.
        for (;;) {
          if (wanted.includes(f.value) && !f.checked) await page.keyboard.press('Space');
          f = await tabUntil(page, () => true, 1);
          if (f.tag !== 'input') break;
        }
        expect(f.text).toBe('Periksa jawaban');
      } else {
        // Arrow keys move and select within a radio group.
        if (!f.checked) await page.keyboard.press('Space');
        for (let i = 0; i < key.all.length && (await focused(page)).value !== wanted[0]; i++)
          await page.keyboard.press('ArrowDown');
        expect((await focused(page)).value).toBe(wanted[0]);
        f = await tabUntil(page, (x) => x.tag === 'button');
        expect(f.text).toBe('Periksa jawaban');
      }
      await page.keyboard.press('Enter');
      // Focus moves to the result of this question; the status region says how it went.
      await page.waitForFunction((id) => document.activeElement?.closest('section')?.id === id && document.activeElement?.classList.contains('nas-q-result'), sectionId);
      const result = page.locator(`#${sectionId} .nas-q-result`);
      if (index === 0) {
        await expect.poll(() => result.textContent(), POLL).toContain('Jawaban Anda belum tepat.');
        await expect.poll(() => page.locator(`#${sectionId} .nas-opt-feedback`).textContent(), POLL).toContain('Salah (pilihan Anda)');
        await expect.poll(() => statusText(page), POLL).toContain('Soal 1: belum tepat.');
      } else {
        await expect.poll(() => result.textContent(), POLL).toContain('Jawaban Anda benar.');
      }
      // The explanation links to the rule and its legal basis.
      expect(await result.locator('a[href^="/rujukan/aturan/#"]').count()).toBeGreaterThan(0);
      expect(await result.locator('a[href^="/rujukan/peraturan/#"]').count()).toBeGreaterThan(0);
    }

    const total = bankIds.length;
    const expected = `${total - 1} dari ${total} benar (${Math.floor(((total - 1) * 100) / total)}%)`;
    await expect.poll(() => statusText(page), POLL).toContain(expected);
    await expect.poll(() => page.locator('.nas-score').textContent(), POLL).toContain(expected);
    // The review lists the one wrong answer, linking back to it.
    const review = page.getByRole('region', { name: 'Tinjauan jawaban yang belum tepat' });
    await expect.poll(() => review.getByRole('link').count(), POLL).toBe(1);
    await expect.poll(() => review.getByRole('link').getAttribute('href'), POLL).toBe(`#${sections[0]}`);
    // Feedback, marks and review pass axe too (the site-wide sweep sees only fresh pages).
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    await hydrated(page, 'Ulangi');
    await expect.poll(() => page.locator('.nas-score').textContent(), POLL).toContain(expected);
    await expect.poll(() => page.locator('.nas-score').textContent(), POLL).toContain(`Skor terbaik: ${expected}`);
    await expect.poll(() => page.locator(`#${sections[1]} .nas-q-result`).textContent(), POLL).toContain('Jawaban Anda benar.');

    // The course page shows the module as done with its best score, and the course progress bar.
    await page.goto('/kuis/');
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('.nas-manage button')?.disabled);
    await expect.poll(() => page.locator('.nas-modules').textContent(), POLL).toContain(`Skor terbaik: ${expected}`);
    const bar = page.getByRole('progressbar', { name: 'Kemajuan kursus' });
    await expect.poll(() => bar.getAttribute('value'), POLL).toBe(String(total));

    // Export, reset (after confirming), and import the file again.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Unduh kemajuan (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('kemajuan-netralitas-asn.json');
    const file = join(mkdtempSync(join(tmpdir(), 'nas-')), download.suggestedFilename());
    await download.saveAs(file);
    expect(JSON.parse(readFileSync(file, 'utf8')).format).toBe('netralitas-asn/kemajuan');
    page.once('dialog', (d) => d.accept());
    await page.getByRole('button', { name: 'Hapus semua kemajuan' }).click();
    await expect.poll(() => page.locator('.nas-manage [role="status"]').textContent(), POLL).toBe('Semua kemajuan telah dihapus.');
    await expect.poll(() => bar.getAttribute('value'), POLL).toBe('0');
    await page.getByLabel('Pulihkan dari berkas').setInputFiles(file);
    await page.locator('.nas-manage [role="status"]', { hasText: 'Kemajuan dari berkas telah dipulihkan.' }).waitFor();
    await expect.poll(() => bar.getAttribute('value'), POLL).toBe(String(total));
  });

  it('reshuffles the options of choice questions on "Ulangi"', async () => {
    const { page } = await visit(`/kuis/${BANK}/`);
    await hydrated(page, 'Periksa jawaban');
    const orders = () =>
      page.locator('section.nas-q').evaluateAll((els) =>
        els.map((s) => [...s.querySelectorAll('input')].map((i) => (i as HTMLInputElement).value).join('')),
      );
    const before = await orders();
    const first = page.locator('section.nas-q').first();
    await first.locator('input').first().check();
    await first.getByRole('button', { name: 'Periksa jawaban' }).click();
    await page.getByRole('button', { name: 'Ulangi' }).click();
    await expect.poll(() => statusText(page), POLL).toContain('diacak ulang');
    const after = await orders();
    const choice = Object.values(keys[BANK]).map((k) => k.type === 'single' || k.type === 'multiple');
    expect(after.filter((o, i) => choice[i] && o !== before[i]).length).toBe(choice.filter(Boolean).length);
    expect(after.filter((o, i) => !choice[i] && o !== before[i])).toEqual([]);
    // No answer is checked any more.
    await expect.poll(() => page.locator('.nas-q-result').count(), POLL).toBe(0);
  });

  it('shows a notice when stored progress is corrupted, and still works', async () => {
    const { page } = await visit('/');
    await page.evaluate(() => {
      localStorage.setItem('nas:v1:progress', '{"modules": {"dasar-hukum": 42}');
      localStorage.setItem('nas:v0:progress', 'lama');
    });
    await page.goto(`/kuis/${BANK}/`);
    await hydrated(page, 'Periksa jawaban');
    await expect.poll(() => page.locator('.nas-notice').first().textContent(), POLL).toContain(
      'Sebagian kemajuan Anda tidak dapat dibaca dan telah diatur ulang.',
    );
    const first = page.locator('section.nas-q').first();
    await first.locator('input').first().check();
    await first.getByRole('button', { name: 'Periksa jawaban' }).click();
    await expect.poll(() => statusText(page), POLL).toMatch(/Soal 1: (benar|belum tepat)\./);
    // The bad data is gone; the new answer is stored in the current format.
    const stored = await page.evaluate(() => [localStorage.getItem('nas:v0:progress'), localStorage.getItem('nas:v1:progress')]);
    expect(stored[0]).toBeNull();
    expect(Object.keys(JSON.parse(stored[1]!).modules['dasar-hukum'].answers)).toHaveLength(1);
    // A reload shows no notice any more.
    await page.reload();
    await hydrated(page, 'Periksa jawaban');
    await expect.poll(() => page.locator('.nas-notice').count(), POLL).toBe(0);
  });

  it('ends the lesson page with the short check of its bank', async () => {
    const { page } = await visit(`/materi/${BANK}/`);
    const check = page.getByRole('region', { name: 'Cek pemahaman singkat' });
    const shortIds = Object.entries(
      parse(readFileSync(`src/quizzes/${BANK}.yaml`, 'utf8')).questions as AuthoredQuestion[],
    )
      .filter(([, q]) => q.short)
      .map(([, q]) => `nas-cek-${BANK}-${q.id}`);
    await expect.poll(() => check.locator('section.nas-q').evaluateAll((els) => els.map((e) => e.id)), POLL).toEqual(shortIds);
    await expect.poll(() => check.getAttribute('data-pagefind-ignore'), POLL).not.toBeNull();
    // What is shown after checking is not in the page: it loads from the bank's review file, and only then.
    await expect(check.locator('astro-island').getAttribute('props')).resolves.not.toMatch(/explanation|feedback/);
    const reviewRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === paths.quizReview(BANK)) reviewRequests.push(request.url());
    });
    const first = check.locator('section.nas-q').first();
    await hydrateIslands(page);
    await hydrated(page, 'Periksa jawaban');
    expect(reviewRequests).toEqual([]);
    await first.locator('input').first().check();
    await first.getByRole('button', { name: 'Periksa jawaban' }).click();
    await expect.poll(() => first.locator('.nas-q-explanation').count(), POLL).toBe(1);
    await expect.poll(() => first.locator('.nas-q-rules a[href^="/rujukan/aturan/#"]').count(), POLL).toBeGreaterThan(0);
    expect(reviewRequests).toHaveLength(1);
  });
});

/** Answers every drawn exam question, correctly or wrongly, and checks the exam. */
async function takeExam(page: Page, correctly: boolean, beforeCheck?: () => void) {
  await page.goto('/ujian/');
  await hydrated(page, 'Selesai dan periksa');
  // The island replaces the server-rendered draw with a fresh one as it starts; pin a seed and wait
  // for it so the questions read below are the ones on screen.
  await page.getByRole('textbox', { name: 'Ulangi undian dengan kode' }).fill('654321');
  await page.getByRole('button', { name: 'Pakai kode ini' }).click();
  await expect.poll(() => page.locator('.nas-seed').textContent(), POLL).toBe('654321');
  const sections = await page.locator('section.nas-q').evaluateAll((els) => els.map((e) => e.id));
  expect(sections).toHaveLength(20);
  for (const id of sections) {
    const [bank, qid] = id.replace('nas-ujian-', '').split('--');
    const key = keys[bank][qid];
    const chosen = correctly ? key.keys : [key.all.find((k) => !key.keys.includes(k))!];
    for (const k of chosen) await page.locator(`#${id} input[value="${k}"]`).check();
  }
  beforeCheck?.();
  await page.getByRole('button', { name: 'Selesai dan periksa' }).click();
  await page.getByRole('heading', { name: 'Hasil ujian' }).waitFor();
}

describe('without JavaScript', () => {
  it('still shows the questions as a form, with a note that checking needs JavaScript', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/kuis/${BANK}/`);
    await expect.poll(() => page.locator('section.nas-q fieldset legend').count(), POLL).toBe(bankIds.length);
    await expect.poll(() => page.locator('section.nas-q input').count(), POLL).toBeGreaterThan(bankIds.length * 2);
    await expect.poll(() => page.locator('noscript').first().textContent(), POLL).toContain('Memeriksa jawaban memerlukan JavaScript');
    await page.goto('/ujian/');
    await expect.poll(() => page.locator('section.nas-q').count(), POLL).toBe(20);
    await expect.poll(() => page.locator('main').textContent(), POLL).toContain('202411');
    await context.close();
  });
});

describe('final exam and certificate', () => {
  it('says the exam must be passed first before any pass', async () => {
    const { page } = await visit('/sertifikat/');
    await hydrateIslands(page);
    await expect.poll(() => page.locator('main').textContent(), POLL).toContain(
      'Sertifikat baru dapat dibuat setelah Anda lulus ujian akhir.',
    );
    await expect.poll(() => page.getByRole('link', { name: 'Kerjakan ujian akhir' }).getAttribute('href'), POLL).toBe('/ujian/');
    await expect.poll(() => page.getByRole('textbox', { name: 'NIP' }).count(), POLL).toBe(0);
  });

  it('draws the same questions for the same seed', async () => {
    const draw = async () => {
      const { page } = await visit('/ujian/');
      await hydrated(page, 'Selesai dan periksa');
      await page.getByRole('textbox', { name: 'Ulangi undian dengan kode' }).fill('123456');
      await page.getByRole('button', { name: 'Pakai kode ini' }).click();
      await expect.poll(() => page.locator('.nas-seed').textContent(), POLL).toBe('123456');
      const ids = await page.locator('section.nas-q').evaluateAll((els) => els.map((e) => e.id));
      return ids;
    };
    const [a, b] = [await draw(), await draw()];
    expect(a).toHaveLength(20);
    expect(a).toEqual(b);
    // Spread across all banks.
    expect(new Set(a.map((id) => id.split('--')[0])).size).toBe(Object.keys(keys).length);
  });

  it('a fail gives "Belum lulus" and no certificate', async () => {
    // A blank tab: takeExam opens the exam, the first page this test needs.
    const { context } = await guardedContext(browser, { theme: 'dark' });
    const page = await context.newPage();
    // The explanations and rules come from their own file, only once the exam has been checked.
    const reviewRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/ujian/ulasan.json') reviewRequests.push(request.url());
    });
    await takeExam(page, false, () => expect(reviewRequests).toEqual([]));
    await expect.poll(() => page.locator('.nas-exam-verdict').textContent(), POLL).toContain('Belum lulus');
    await expect.poll(() => page.locator('.nas-q-explanation').count(), POLL).toBe(20);
    await expect.poll(() => page.locator('.nas-q-rules a[href^="/rujukan/aturan/#"]').count(), POLL).toBeGreaterThan(0);
    expect(reviewRequests).toHaveLength(1);
    expect(await axeViolations(page)).toEqual([]);
    await expect.poll(() => page.getByRole('link', { name: 'Buat sertifikat' }).count(), POLL).toBe(0);
    await page.goto('/sertifikat/');
    await hydrateIslands(page);
    await expect.poll(() => page.locator('main').textContent(), POLL).toContain('setelah Anda lulus ujian akhir');
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('.nas-cert').count(), POLL).toBe(0);
    await context.close();
  });

  it('a pass leads to a certificate, asks PNS for the NIP and non-ASN for none, and prints only the certificate', async () => {
    const { context } = await guardedContext(browser, { viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await takeExam(page, true);
    await expect.poll(() => page.locator('.nas-exam-verdict').textContent(), POLL).toContain('Lulus');
    await expect.poll(() => page.locator('.nas-exam-result').textContent(), POLL).toContain('20 dari 20 benar (100%)');
    // Focus went to the result; the status region announced it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent), POLL).toBe('Hasil ujian');
    await expect.poll(() => page.locator('.nas-quiz [role="status"]').textContent(), POLL).toContain('Hasil ujian: Lulus.');
    const seed = (await page.locator('.nas-seed').textContent())!;

    await page.getByRole('link', { name: 'Buat sertifikat' }).click();
    await page.getByRole('textbox', { name: 'Nama lengkap' }).waitFor();
    await hydrateIslands(page);
    await page.getByRole('textbox', { name: 'Nama lengkap' }).fill('  Siti   Rahmawati ');
    await page.getByRole('textbox', { name: 'Unit kerja' }).fill('Dinas Kependudukan');
    // The status comes first (native radios); only then is the fitting number asked for.
    await page.getByRole('button', { name: 'Tampilkan sertifikat' }).click();
    await expect.poll(() => page.locator('#nas-cert-status-error').textContent(), POLL).toContain('Pilih status kepegawaian');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), POLL).toBe('nas-cert-status');
    await page.getByRole('radio', { name: /^PNS / }).check();

    const nip = page.getByRole('textbox', { name: 'NIP' });
    await nip.fill('19850101201001100');
    await page.getByRole('button', { name: 'Tampilkan sertifikat' }).click();
    await expect.poll(() => page.locator('#nas-cert-nip-error').textContent(), POLL).toContain(
      'NIP harus tepat 18 angka. Yang Anda ketik berisi 17 angka.',
    );
    await expect.poll(() => nip.getAttribute('aria-invalid'), POLL).toBe('true');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), POLL).toBe('nas-cert-nip');
    await expect.poll(() => page.locator('.nas-cert').count(), POLL).toBe(0);
    await nip.fill('1985 0101 2010 011 001');
    await page.getByRole('button', { name: 'Tampilkan sertifikat' }).click();
    await expect.poll(() => page.locator('#nas-cert-nip-error').textContent(), POLL).toContain('hanya boleh berisi angka');

    await nip.fill('198501012010011001');
    await page.getByRole('button', { name: 'Tampilkan sertifikat' }).click();
    const cert = page.locator('.nas-cert');
    await cert.waitFor();
    const text = (await cert.textContent())!;
    expect(text).toContain('Siti Rahmawati');
    expect(text).toContain('PNS · NIP 198501012010011001 · Dinas Kependudukan');
    expect(text).toContain('20 dari 20 benar (100%)');
    expect(text).toContain(seed);
    expect(text).toMatch(/[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{3}/);
    expect(text).toContain('tidak diperiksa oleh server');
    expect(await axeViolations(page)).toEqual([]);

    // non-ASN: no NIP is asked; an optional staff number is printed instead.
    await page.getByRole('radio', { name: /^non-ASN / }).check();
    await expect.poll(() => page.getByRole('textbox', { name: 'NIP' }).count(), POLL).toBe(0);
    await page.getByRole('textbox', { name: /^Nomor pegawai/ }).fill('KTR/2024/017');
    await page.getByRole('button', { name: 'Tampilkan sertifikat' }).click();
    await expect.poll(() => cert.textContent(), POLL).toContain('non-ASN · Nomor pegawai KTR/2024/017 · Dinas Kependudukan');

    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => cert.isVisible(), POLL).toBe(true);
    for (const hidden of ['header.header', 'form.nas-cert-form', 'h1', 'footer.nas-page-meta'])
      await expect.poll(() => page.locator(hidden).first().isVisible(), POLL).toBe(false);
    await context.close();
  });
});
