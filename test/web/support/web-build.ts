import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
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

/**
 * Makes sure dist-web/ holds a build of the current web sources (the API serves it from there):
 * builds with Vite when it is missing or older than any source. The build goes to a fresh folder
 * that then replaces dist-web/, so a process serving the old build never sees half a build.
 */
export function ensureWebBuild(): void {
  const index = join(OUT, 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= Math.max(...SOURCES.map(newestMtime))) return;
  const temporary = `${OUT}.build-${process.pid}`;
  execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'web/vite.config.ts', '--outDir', temporary, '--logLevel', 'error'], {
    cwd: ROOT,
    // Jest sets NODE_ENV=test, which would give React's development build.
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
    timeout: 120_000,
  });
  rmSync(OUT, { recursive: true, force: true });
  try {
    renameSync(temporary, OUT);
  } catch (error) {
    // Another test process put its (equally fresh) build there first.
    rmSync(temporary, { recursive: true, force: true });
    if (!existsSync(index)) throw error;
  }
}
