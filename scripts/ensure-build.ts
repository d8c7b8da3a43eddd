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

export function ensureFreshBuild(): void {
  const built = statSync('dist/index.html', { throwIfNoEntry: false })?.mtimeMs ?? 0;
  if (built > Math.max(...inputs.map(newestMtime))) return;
  // Vitest sets NODE_ENV=test, which would make Astro build a development bundle (search disabled).
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  if (result.status !== 0) throw new Error(`npm run build failed with status ${result.status}`);
}
