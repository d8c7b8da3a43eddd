/* Builds the site unless dist/ is newer than every input, so a test run or `npm run aula` builds at most once. */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const inputs = ['src', 'public', 'astro.config.mjs', 'package-lock.json'];

function newestMtime(path: string): number {
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((entry) => newestMtime(join(path, entry))));
}

/** Whether dist/ was built after the last change to any input. */
export function buildIsFresh(): boolean {
  const built = statSync('dist/index.html', { throwIfNoEntry: false })?.mtimeMs ?? 0;
  return built > Math.max(...inputs.map(newestMtime));
}

/** `npm run build` as a production build: Vitest sets NODE_ENV=test, which would make Astro build a development bundle (search disabled). */
export const buildCommand = { command: 'npm', args: ['run', 'build'], env: { ...process.env, NODE_ENV: 'production' } };

export function ensureFreshBuild(): void {
  if (buildIsFresh()) return;
  const result = spawnSync(buildCommand.command, buildCommand.args, { stdio: 'inherit', env: buildCommand.env });
  if (result.status !== 0) throw new Error(`npm run build failed with status ${result.status}`);
}
