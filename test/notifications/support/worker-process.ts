import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AppConfig } from '../../../src/config/app-config.js';
import { workerId } from '../../support/test-config.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const COMPILER = join(ROOT, 'test/support/compile-sources.mjs');

/**
 * The real worker (src/worker.ts, compiled from the sources at hand) as a process of its own,
 * which a test may kill outright (SIGKILL: no shutdown hook runs, as when a container is killed)
 * and start again.
 */
export class WorkerProcess {
  private child: ChildProcess | null = null;
  private stderr = '';

  private constructor(
    private readonly entry: string,
    private readonly env: Record<string, string>,
  ) {}

  /** Compiles the sources into var/ (this test run's own directory) for a worker with this environment. */
  static build(env: Record<string, string>): WorkerProcess {
    const outDir = join(ROOT, 'var', 'test-worker', `${process.env.TEST_NAMESPACE ?? 'default'}-${workerId}`);
    execFileSync(process.execPath, [COMPILER, outDir], { stdio: 'inherit' });
    return new WorkerProcess(join(outDir, 'src/worker.js'), env);
  }

  /** The environment a worker needs to work on the test's database, Redis and SMTP server. */
  static environment(config: AppConfig, overrides: Record<string, string>): Record<string, string> {
    return {
      NODE_ENV: 'test',
      DATABASE_URL: config.DATABASE_URL,
      REDIS_URL: config.REDIS_URL,
      REDIS_PREFIX: config.REDIS_PREFIX,
      SMTP_URL: config.SMTP_URL,
      MAIL_FROM: config.MAIL_FROM,
      APP_URL: config.APP_URL,
      MIGRATE_ON_START: 'false',
      DEMO_SEED: 'false',
      LOG_LEVEL: 'error',
      ...overrides,
    };
  }

  start(): void {
    if (this.child) throw new Error('The worker process is running already');
    const child = spawn(process.execPath, ['--enable-source-maps', this.entry], {
      env: { PATH: process.env.PATH ?? '', ...this.env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString('utf8')).slice(-4000);
    });
    child.on('exit', (code, signal) => {
      if (this.child === child) this.child = null;
      if (signal === null && code !== 0) this.stderr += `\n(worker exited with code ${code})`;
    });
    this.child = child;
  }

  /** What the worker wrote to stderr lately: for a failing test's message. */
  get output(): string {
    return this.stderr;
  }

  get running(): boolean {
    return this.child !== null;
  }

  /** Ends the process at once, whatever it is doing. */
  async kill(): Promise<void> {
    await this.end('SIGKILL');
  }

  /** Ends the process the normal way (its shutdown hooks run). */
  async stop(): Promise<void> {
    await this.end('SIGTERM');
  }

  private async end(signal: NodeJS.Signals) {
    const child = this.child;
    if (!child) return;
    this.child = null;
    const exited = once(child, 'exit');
    child.kill(signal);
    await exited;
  }
}
