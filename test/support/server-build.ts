import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildOnce, newestMtime } from './build-once.js';

const ROOT = resolve('.');
const SOURCES = ['src', 'migrations', 'tsconfig.json', 'tsconfig.build.json'].map((path) => join(ROOT, path));
const ENTRIES = ['dist/src/main.js', 'dist/src/worker.js', 'dist/src/cli/start-all.js'].map((path) => join(ROOT, path));

function isFresh(): boolean {
  const sources = Math.max(...SOURCES.map(newestMtime));
  return ENTRIES.every((entry) => existsSync(entry) && statSync(entry).mtimeMs >= sources);
}

/** Makes sure dist/ holds `npm run build` of the current sources, for tests that start the real processes. */
export function ensureServerBuild(): void {
  mkdirSync(join(ROOT, 'var'), { recursive: true });
  buildOnce(join(ROOT, 'var/dist-build.lock'), isFresh, () =>
    execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
      timeout: 180_000,
    }),
  );
}
