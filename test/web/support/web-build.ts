import { execFileSync } from 'node:child_process';
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildOnce, newestMtime } from '../../support/build-once.js';

const ROOT = resolve('.');
const OUT = join(ROOT, 'dist-web');
const SOURCES = ['web/src', 'web/public', 'web/index.html', 'web/vite.config.ts', 'src/web/api-prefixes.ts', 'src/web/server-pages.ts'].map((path) => join(ROOT, path));

function isFresh(index: string): boolean {
  return existsSync(index) && statSync(index).mtimeMs >= Math.max(...SOURCES.map(newestMtime));
}

/**
 * Makes sure dist-web/ holds a build of the current web sources (the API serves it from there):
 * builds with Vite when it is missing or older than any source, one test process at a time.
 * The build goes to a fresh folder that then replaces dist-web/, so a process serving the old
 * build never sees half a build.
 */
export function ensureWebBuild(): void {
  const index = join(OUT, 'index.html');
  buildOnce(`${OUT}.lock`, () => isFresh(index), build);
}

function build(): void {
  const temporary = `${OUT}.build-${process.pid}`;
  execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'web/vite.config.ts', '--outDir', temporary, '--logLevel', 'error'], {
    cwd: ROOT,
    // Jest sets NODE_ENV=test, which would give React's development build.
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
    timeout: 120_000,
  });
  rmSync(OUT, { recursive: true, force: true });
  renameSync(temporary, OUT);
}
