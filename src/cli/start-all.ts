import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadConfigOrExit } from '../config/load-config-or-exit.js';
import { preflight } from '../startup/preflight.js';

/**
 * `npm start`: runs the API and the worker side by side for local use. A signal is passed on
 * to both; when one stops, the other is stopped too, and the exit code is the first failure's.
 * PostgreSQL and Redis are checked (and waited for) here first, so their lines appear once.
 */
const config = loadConfigOrExit();
await preflight(config, (line) => process.stderr.write(`${line}\n`)).catch((error: Error) => {
  process.stderr.write(`Cannot start: ${error.message}\n`);
  process.exit(1);
});

const entries = { api: '../main.js', worker: '../worker.js' };
const children = new Map<string, ChildProcess>();
let exitCode = 0;
let stopping = false;

for (const [name, entry] of Object.entries(entries)) {
  const child = spawn(process.execPath, [fileURLToPath(new URL(entry, import.meta.url))], { stdio: 'inherit' });
  children.set(name, child);
  child.on('exit', (code, signal) => {
    children.delete(name);
    if (!stopping && (code ?? 0) !== 0) exitCode = code ?? 1;
    if (!stopping) process.stderr.write(`${name} stopped (${signal ?? code}); stopping the rest\n`);
    stopAll('SIGTERM');
    if (children.size === 0) process.exit(exitCode);
  });
}

function stopAll(signal: NodeJS.Signals) {
  stopping = true;
  for (const child of children.values()) child.kill(signal);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stopAll(signal));
