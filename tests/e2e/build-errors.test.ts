/*
 * Malformed content must fail the build with the file, the entry and the field named. Each case
 * copies the site's sources into a temporary folder (.tmp/), breaks one thing and runs Astro there.
 * A schema error is found by the content sync that every `astro build` runs first, so `astro sync`
 * (the same step, without bundling and rendering 60-odd pages) says the same; a dangling reference is
 * found while pages render (src/route-middleware.ts), so that case needs a real `astro build`.
 * The cases run at once: each is mostly one busy core, and the machine has two.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, it } from 'vitest';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

async function runAstro(
  command: 'build' | 'sync',
  files: Record<string, string>,
): Promise<{ status: number | null; output: string }> {
  // Inside the project, so packages resolve from its node_modules as they do for the real build.
  mkdirSync('.tmp', { recursive: true });
  const root = resolve(mkdtempSync(join('.tmp', 'rusak-')));
  roots.push(root);
  for (const entry of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(entry, join(root, entry), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    // The folder may not exist in the copy (git keeps no empty folders).
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return new Promise((done) => {
    const child = execFile(
      process.execPath,
      [resolve('node_modules/astro/bin/astro.mjs'), command],
      {
        cwd: root,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
      },
      (_error, stdout, stderr) => done({ status: child.exitCode, output: `${stdout}\n${stderr}` }),
    );
  });
}

describe.concurrent('a malformed entry fails the build and says where', () => {
  it('names the quiz file, the question id and the field (content sync, the first step of a build)', async ({ expect }) => {
    const { status, output } = await runAstro('sync', {
      'src/quizzes/rusak.yaml': `title: Bank rusak
lesson: index
order: 99
description: Bank untuk menguji pesan galat.
questions:
  - id: rusak-01
    type: single
    prompt: Pertanyaan dengan dua jawaban benar?
    options:
      - { text: Satu, correct: true, feedback: a }
      - { text: Dua, correct: true, feedback: b }
    explanation: Penjelasan.
    rules: [apa-saja]
`,
    });
    expect(status).not.toBe(0);
    expect(output).toContain('quizzes → rusak');
    expect(output).toContain('src/quizzes/rusak.yaml');
    expect(output).toContain('questions.0.options');
    expect(output).toContain('pertanyaan "rusak-01": pertanyaan pilihan tunggal punya 2 jawaban benar');
  }, 120_000);

  it('names the file, the entry and the field of a reference that points nowhere', async ({ expect }) => {
    const { status, output } = await runAstro('build', {
      'src/content/rules/aturan-uji.yaml': `verdict: dilarang
title: Aturan uji
summary: Untuk menguji rujukan yang hilang.
explanation: Dasar hukumnya tidak ada.
appliesTo: [PNS]
when: [selama]
topics: [kampanye]
legalBasis:
  - legal: peraturan-yang-tidak-ada
sources: [liputan6-2023-01-25]
`,
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /src\/content\/rules\/aturan-uji\.yaml → aturan-uji → legalBasis\.0\.legal: rujukan ke legal "peraturan-yang-tidak-ada" tidak ditemukan/,
    );
  }, 120_000);
});
