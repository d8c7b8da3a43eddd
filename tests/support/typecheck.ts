/*
 * `npm run typecheck`: `astro check` (TypeScript in .astro files and the rest of the project; warnings
 * fail too) and `tsc --noEmit` (the plain compiler's verdict on the same tsconfig), run side by side
 * since each uses about one core. Each one's output is printed whole once it ends; the exit code is
 * non-zero if either failed. `astro sync` runs first, once for both: tsc needs the generated `.astro/`
 * types (astro:content and the collections), which a clean clone does not have yet.
 */
import { spawn } from 'node:child_process';

const checks: [string, string[]][] = [
  // --noSync: astro check would run the same `astro sync` again (about 2.5 s) before checking.
  ['astro', ['check', '--noSync', '--minimumFailingSeverity', 'warning']],
  ['tsc', ['--noEmit']],
];

const run = ([bin, args]: [string, string[]]) =>
  new Promise<number>((done) => {
    const started = Date.now();
    const child = spawn(`node_modules/.bin/${bin}`, args, {
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(`\n── ${bin} ${args.join(' ')}: ${code === 0 ? 'ok' : `failed (${code})`} in ${seconds} s\n${output.trim()}`);
      done(code ?? 1);
    });
  });

if ((await run(['astro', ['sync']])) !== 0) process.exit(1);
const codes = await Promise.all(checks.map(run));
process.exit(codes.some((code) => code !== 0) ? 1 : 0);
