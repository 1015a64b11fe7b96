import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { waitUntil } from './wait-until.js';

/** The API of a bench's own build (`<build>/src/main.js`) as a process with only the given environment, its output kept. */
export function startApi(root: string, build: string, env: Record<string, string>): { child: ChildProcess; output: () => string; exited: Promise<unknown> } {
  const child = spawn(process.execPath, [join(build, 'src', 'main.js')], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  for (const stream of [child.stdout!, child.stderr!]) stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { child, output: () => text, exited: once(child, 'exit') };
}

/** Waits until the API answers /health (up to three minutes: a first start migrates), failing with its output if it exited. */
export function apiHealthy(api: { child: ChildProcess; output: () => string }, base: string): Promise<void> {
  return waitUntil(
    'the API',
    async () => {
      if (api.child.exitCode !== null) throw new Error(`The API exited:\n${api.output()}`);
      return fetch(`${base}/health`).then((response) => response.ok).catch(() => false);
    },
    180_000,
    250,
  );
}
