/*
 * `npm run typecheck`: `astro check`, which type-checks the .astro files and every .ts file the
 * tsconfig includes (tests, server, scripts too: an error put in a tests/unit file is reported), with
 * warnings failing too. Its output is printed whole once it ends; the exit code is non-zero if it
 * failed. `astro sync` runs first: the check needs the generated `.astro/` types (astro:content and
 * the collections), which a clean clone does not have yet. (A `tsc --noEmit` beside it used to repeat
 * the same check of the .ts files on the other core, which the build needs; it found nothing more.)
 *
 * `--build` (what `npm test` passes): also brings dist/ up to date for the end-to-end tests, alongside
 * the checks instead of after them. A build's first step is that same `astro sync`, so when dist/ is
 * stale the checks start as soon as the build says the types are generated; .astro/ is not written
 * after that. The build's output is printed as it comes.
 */
import { spawn } from 'node:child_process';
import { buildCommand, buildIsFresh } from '../../scripts/ensure-build.ts';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' };

const checks: [string, string[]][] = [
  // --noSync: the types were generated just before (astro check would run the same sync again).
  ['astro', ['check', '--noSync', '--minimumFailingSeverity', 'warning']],
];

const run = ([bin, args]: [string, string[]]) =>
  new Promise<number>((done) => {
    const started = Date.now();
    const child = spawn(`node_modules/.bin/${bin}`, args, { env });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(`\n── ${bin} ${args.join(' ')}: ${code === 0 ? 'ok' : `failed (${code})`} in ${seconds} s\n${output.trim()}`);
      done(code ?? 1);
    });
  });

const checkAll = async (): Promise<number> => ((await Promise.all(checks.map(run))).some((code) => code !== 0) ? 1 : 0);
const syncThenCheck = async (): Promise<number> => ((await run(['astro', ['sync']])) !== 0 ? 1 : checkAll());

/**
 * Runs the build, printing its output as it comes. `onTypes` is called once: with true when the
 * build says it has generated the types, with false if it ended without saying so (it failed early).
 * Resolves with the build's exit code.
 */
const build = (onTypes: (generated: boolean) => void) =>
  new Promise<number>((done) => {
    let called = false;
    const once = (generated: boolean) => {
      if (!called) onTypes(generated);
      called = true;
    };
    const child = spawn(buildCommand.command, buildCommand.args, { env: { ...buildCommand.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
    let line = '';
    child.stdout.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      line += chunk;
      if (/\[types\] Generated/.test(line)) once(true);
      line = line.slice(line.lastIndexOf('\n') + 1);
    });
    child.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    child.on('close', (code) => {
      once(false);
      done(code ?? 1);
    });
  });

let code: number;
if (process.argv.includes('--build') && !buildIsFresh()) {
  let checked: Promise<number> = Promise.resolve(0);
  // Without generated types (the build failed first), the checks get their own sync, which says why.
  const built = await build((generated) => (checked = generated ? checkAll() : syncThenCheck()));
  code = Math.max(built === 0 ? 0 : 1, await checked);
} else {
  code = await syncThenCheck();
}
process.exit(code);
