import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The newest modification time under `path` (0 when it does not exist). */
export function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** A build takes well under this; an older lock was left by a process that died. */
const STALE_LOCK_MS = 180_000;

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Takes the lock (a directory), or returns false when another test process holds it. */
function tryLock(lock: string): boolean {
  try {
    mkdirSync(lock);
    return true;
  } catch {
    if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
    return false;
  }
}

/**
 * Runs `build` until `isFresh` holds, in one test process at a time: the others wait for it (two
 * builds at once would only halve the speed of each on a 2-core machine) and then find it fresh.
 */
export function buildOnce(lock: string, isFresh: () => boolean, build: () => void): void {
  while (!isFresh()) {
    if (!tryLock(lock)) {
      sleep(250);
      continue;
    }
    try {
      if (!isFresh()) build();
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}
