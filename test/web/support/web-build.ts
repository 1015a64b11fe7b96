import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve('.');
const OUT = join(ROOT, 'dist-web');
const SOURCES = ['web/src', 'web/public', 'web/index.html', 'web/vite.config.ts', 'src/web/api-prefixes.ts'].map((path) => join(ROOT, path));

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

const LOCK = `${OUT}.lock`;
/** A build takes well under this; an older lock was left by a process that died. */
const STALE_LOCK_MS = 180_000;

function isFresh(index: string): boolean {
  return existsSync(index) && statSync(index).mtimeMs >= Math.max(...SOURCES.map(newestMtime));
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Takes the build lock, or returns false when another test process holds it. */
function tryLock(): boolean {
  try {
    mkdirSync(LOCK);
    return true;
  } catch {
    if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
    return false;
  }
}

/**
 * Makes sure dist-web/ holds a build of the current web sources (the API serves it from there):
 * builds with Vite when it is missing or older than any source. One test process builds while the
 * others wait for it (two builds at once would only halve the speed of each on a 2-core machine).
 * The build goes to a fresh folder that then replaces dist-web/, so a process serving the old
 * build never sees half a build.
 */
export function ensureWebBuild(): void {
  const index = join(OUT, 'index.html');
  while (!isFresh(index)) {
    if (!tryLock()) {
      sleep(250);
      continue;
    }
    try {
      if (!isFresh(index)) build();
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
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
