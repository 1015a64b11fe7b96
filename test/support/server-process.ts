import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join, resolve } from 'node:path';
import { serverBuild } from './server-build.js';

const ROOT = resolve('.');

/** An entry point of the sources (compiled by serverBuild) running as its own process, its output kept. */
export class ServerProcess {
  private text = '';
  /** The exit code (or signal) once it has exited. */
  readonly exited: Promise<number | string>;

  private constructor(
    readonly name: string,
    private readonly child: ChildProcess,
  ) {
    for (const stream of [child.stdout!, child.stderr!]) stream.on('data', (chunk: Buffer) => (this.text += chunk.toString()));
    this.exited = once(child, 'exit').then(([code, signal]) => (code ?? signal) as number | string);
  }

  /**
   * Starts `src/<entry>.js` of the compiled sources with `env` on top of a minimal environment
   * (not the test process's own: Jest's NODE_ENV and the like stay out), with `args` on its command line.
   */
  static start(entry: 'main' | 'worker' | 'cli/start-all' | 'cli/backup' | 'cli/restore', env: Record<string, string>, name: string = entry, args: string[] = []): ServerProcess {
    const child = spawn(process.execPath, ['--enable-source-maps', join(serverBuild(), 'src', `${entry}.js`), ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'development', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new ServerProcess(name, child);
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  output(): string {
    return this.text;
  }

  /** The non-empty lines printed so far, stdout and stderr together. */
  lines(): string[] {
    return this.text.split('\n').filter((line) => line.trim() !== '');
  }

  /** Ends the process at once, whatever it is doing (no shutdown hook runs, as when a container is killed). */
  async kill(): Promise<void> {
    if (this.running) this.child.kill('SIGKILL');
    await this.exited;
  }

  /** SIGTERM, and SIGKILL if it has not exited after `graceMs`. */
  async stop(graceMs = 10_000): Promise<void> {
    if (!this.running) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }
}
