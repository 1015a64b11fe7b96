/**
 * Throughput/latency of the Nest HTTP adapters on a trivial route.
 *
 *   npx tsc -p bench/tsconfig.json && node dist-bench/bench/http-adapters.js
 *
 * Options (all optional):
 *   --duration <s>        measured seconds per run          (default 10)
 *   --warmup <s>          warm-up seconds before each run   (default 3)
 *   --connections <list>  comma-separated connection counts (default 50,10)
 *   --rounds <n>          repeat every run n times, in a rotated server order,
 *                         and report medians over the rounds (default 1)
 *
 * Three servers answer `GET /ping` with `{"ok":true}` on 127.0.0.1 (port 0,
 * i.e. a free port chosen by the OS):
 *   - node:http  a raw `http.createServer()` handler (baseline, no framework)
 *   - express    a Nest app on @nestjs/platform-express
 *   - fastify    a Nest app on @nestjs/platform-fastify
 *
 * Each server runs in its own child process (this file, forked with
 * `--serve <kind>`), so that the server and autocannon, which runs in this
 * process, do not share one event loop. On a 2-core machine that is one core
 * for the server under test and one for the load generator; the servers not
 * under test are idle. Every response is checked against the expected body,
 * and the run fails (exit code 1) on any error, timeout, non-2xx or mismatch.
 *
 * Latency percentiles are computed from autocannon's per-response timings
 * (process.hrtime, sub-millisecond) rather than from its result histogram,
 * which has a resolution of 1 ms.
 */
import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Controller, Get, Module, type INestApplication } from '@nestjs/common';
import autocannon from 'autocannon';

const HOST = '127.0.0.1';
const PATH = '/ping';
const EXPECTED_BODY = JSON.stringify({ ok: true });

const KINDS = ['node:http', 'express', 'fastify'] as const;
type Kind = (typeof KINDS)[number];

type ToParent = { type: 'ready'; port: number } | { type: 'failed'; error: string };
type ToChild = { type: 'close' };

// ---------------------------------------------------------------------------
// The Nest application under test
// ---------------------------------------------------------------------------

@Controller()
class PingController {
  @Get('ping')
  ping() {
    return { ok: true };
  }
}

@Module({ controllers: [PingController] })
class PingModule {}

// ---------------------------------------------------------------------------
// Child process: one server
// ---------------------------------------------------------------------------

async function startServer(kind: Kind): Promise<{ port: number; close: () => Promise<void> }> {
  if (kind === 'node:http') {
    const server = http.createServer((req, res) => {
      if (req.method === 'GET' && req.url === PATH) {
        res.writeHead(200, {
          'content-type': 'application/json; charset=utf-8',
          'content-length': Buffer.byteLength(EXPECTED_BODY),
        });
        res.end(EXPECTED_BODY);
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, HOST, () => resolve());
    });
    return {
      port: (server.address() as AddressInfo).port,
      close: () =>
        new Promise<void>((resolve, reject) => {
          server.close((err) => (err ? reject(err) : resolve()));
          server.closeAllConnections();
        }),
    };
  }

  const { NestFactory } = await import('@nestjs/core');
  const adapter =
    kind === 'express'
      ? new (await import('@nestjs/platform-express')).ExpressAdapter()
      : new (await import('@nestjs/platform-fastify')).FastifyAdapter();
  const app: INestApplication = await NestFactory.create(PingModule, adapter, {
    logger: ['error', 'warn'],
    forceCloseConnections: true,
  });
  await app.listen(0, HOST);
  const server = app.getHttpServer() as http.Server;
  return { port: (server.address() as AddressInfo).port, close: () => app.close() };
}

async function childMain(kind: Kind): Promise<void> {
  const send = (msg: ToParent) => process.send!(msg);
  // If the parent goes away without asking us to close, do not linger.
  process.on('disconnect', () => process.exit(0));
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer(kind);
  } catch (err) {
    send({ type: 'failed', error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
    process.disconnect();
    return;
  }
  process.on('message', (msg: ToChild) => {
    if (msg.type !== 'close') return;
    server.close().then(
      () => {
        process.removeAllListeners('disconnect');
        process.disconnect(); // nothing else is left: the process exits by itself
      },
      (err: unknown) => {
        console.error(`[${kind}] close failed:`, err);
        process.exit(1);
      },
    );
  });
  send({ type: 'ready', port: server.port });
}

// ---------------------------------------------------------------------------
// Parent process: orchestration and measurement
// ---------------------------------------------------------------------------

interface Target {
  kind: Kind;
  child: ChildProcess;
  port: number;
}

interface Measurement {
  kind: Kind;
  connections: number;
  reqPerSec: number;
  reqPerSecStddev: number;
  p50: number;
  p99: number;
  total: number;
  bytesPerResponse: number;
  problems: string[];
}

function spawnServer(kind: Kind): Promise<Target> {
  const child = fork(fileURLToPath(import.meta.url), ['--serve', kind], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise<Target>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${kind}: server did not start within 30 s`));
    }, 30_000);
    child.once('message', (msg: ToParent) => {
      clearTimeout(timer);
      if (msg.type === 'ready') resolve({ kind, child, port: msg.port });
      else reject(new Error(`${kind}: server failed to start:\n${msg.error}`));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${kind}: server exited before it was ready (code ${code}, signal ${signal})`));
    });
  });
}

/** Asks a server to close and waits for its process to exit; kills it after `timeoutMs`. */
function stopServer(target: Target, timeoutMs = 10_000): Promise<boolean> {
  const { child } = target;
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode === 0);
  return new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => {
      console.error(`${target.kind}: server did not exit within ${timeoutMs} ms after close; killing it`);
      child.kill('SIGKILL');
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code === 0);
    });
    if (child.connected) child.send({ type: 'close' } satisfies ToChild);
    else child.kill('SIGTERM');
  });
}

async function preflight(target: Target): Promise<string> {
  const res = await fetch(`http://${HOST}:${target.port}${PATH}`);
  const body = await res.text();
  if (res.status !== 200 || body !== EXPECTED_BODY) {
    throw new Error(`${target.kind}: GET ${PATH} answered ${res.status} ${JSON.stringify(body)}`);
  }
  return res.headers.get('content-type') ?? '(none)';
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx];
}

async function load(target: Target, connections: number, duration: number, recordLatency: boolean) {
  const latencies: number[] = [];
  const instance = autocannon({
    url: `http://${HOST}:${target.port}${PATH}`,
    connections,
    duration,
    pipelining: 1,
    timeout: 10,
    expectBody: EXPECTED_BODY,
  });
  if (recordLatency) {
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      latencies.push(responseTime);
    });
  }
  const result = await instance;
  return { result, latencies: Float64Array.from(latencies).sort() };
}

async function measure(target: Target, connections: number, duration: number, warmup: number): Promise<Measurement> {
  if (warmup > 0) await load(target, connections, warmup, false);
  const { result, latencies } = await load(target, connections, duration, true);
  const problems: string[] = [];
  if (result.errors) problems.push(`${result.errors} errors`);
  if (result.timeouts) problems.push(`${result.timeouts} timeouts`);
  if (result.non2xx) problems.push(`${result.non2xx} non-2xx`);
  if (result.mismatches) problems.push(`${result.mismatches} body mismatches`);
  if (result.requests.total === 0) problems.push('no completed requests');
  return {
    kind: target.kind,
    connections,
    reqPerSec: result.requests.average,
    reqPerSecStddev: result.requests.stddev,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    total: result.requests.total,
    bytesPerResponse: result.requests.total ? result.throughput.total / result.requests.total : NaN,
    problems,
  };
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function median(values: number[]): number {
  const v = [...values].sort((a, b) => a - b);
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => n.toFixed(2);
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;

function version(pkg: string): string {
  try {
    const url = new URL(`../../node_modules/${pkg}/package.json`, import.meta.url);
    return (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
}

async function parentMain(): Promise<number> {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '3' },
      connections: { type: 'string', default: '50,10' },
      rounds: { type: 'string', default: '1' },
    },
  });
  const duration = Number(values.duration);
  const warmup = Number(values.warmup);
  const connectionSets = values.connections.split(',').map(Number);
  const rounds = Number(values.rounds);
  if (
    !(duration > 0) ||
    !(warmup >= 0) ||
    connectionSets.some((c) => !Number.isInteger(c) || c < 1) ||
    !Number.isInteger(rounds) ||
    rounds < 1
  ) {
    throw new Error('invalid --duration / --warmup / --connections / --rounds');
  }

  console.log(
    `node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}), ` +
      `loadavg ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`,
  );
  console.log(
    ['@nestjs/core', '@nestjs/platform-express', 'express', '@nestjs/platform-fastify', 'fastify', 'autocannon']
      .map((p) => `${p} ${version(p)}`)
      .join(', '),
  );
  console.log(
    `GET http://${HOST}:<port>${PATH}, ${warmup} s warm-up + ${duration} s measured per run, ` +
      `connections ${connectionSets.join(' and ')}, pipelining 1, ${rounds} round(s), one server process each\n`,
  );

  const targets: Target[] = [];
  let ok = true;
  try {
    for (const kind of KINDS) targets.push(await spawnServer(kind));
    for (const t of targets) {
      console.log(`${t.kind.padEnd(9)} listening on ${HOST}:${t.port}, content-type: ${await preflight(t)}`);
    }
    console.log();

    for (const connections of connectionSets) {
      const runs: Measurement[] = [];
      for (let round = 0; round < rounds; round++) {
        // Rotate the order each round so that no server always goes first.
        const order = targets.map((_, i) => targets[(i + round) % targets.length]);
        for (const t of order) {
          const label = `${rounds > 1 ? `round ${round + 1}/${rounds} ` : ''}${t.kind} @ ${connections} connections`;
          process.stdout.write(`  ${label}... `);
          const m = await measure(t, connections, duration, warmup);
          runs.push(m);
          console.log(`${int(m.reqPerSec)} req/s, p50 ${ms(m.p50)} ms, p99 ${ms(m.p99)} ms`);
        }
      }

      const summary = Object.fromEntries(
        KINDS.map((kind) => {
          const rs = runs.filter((r) => r.kind === kind);
          const pick = (f: (r: Measurement) => number) => median(rs.map(f));
          return [
            kind,
            {
              reqPerSec: pick((r) => r.reqPerSec),
              min: Math.min(...rs.map((r) => r.reqPerSec)),
              max: Math.max(...rs.map((r) => r.reqPerSec)),
              stddev: pick((r) => r.reqPerSecStddev),
              p50: pick((r) => r.p50),
              p99: pick((r) => r.p99),
              total: rs.reduce((n, r) => n + r.total, 0),
              bytesPerResponse: pick((r) => r.bytesPerResponse),
            },
          ];
        }),
      ) as Record<Kind, { reqPerSec: number; min: number; max: number; stddev: number; p50: number; p99: number; total: number; bytesPerResponse: number }>;
      const base = summary['node:http'].reqPerSec;

      console.log(
        `\n== ${connections} connections, ${duration} s` +
          (rounds > 1 ? ` x ${rounds} rounds (medians over rounds) ==` : ' =='),
      );
      console.log(
        table(
          [
            'server',
            'req/s (mean)',
            'stddev',
            ...(rounds > 1 ? ['min-max over rounds'] : []),
            'p50 ms',
            'p99 ms',
            'requests',
            'bytes/resp',
            'vs node:http',
          ],
          KINDS.map((kind) => {
            const r = summary[kind];
            return [
              kind,
              int(r.reqPerSec),
              int(r.stddev),
              ...(rounds > 1 ? [`${int(r.min)}-${int(r.max)}`] : []),
              ms(r.p50),
              ms(r.p99),
              int(r.total),
              int(r.bytesPerResponse),
              ratio(r.reqPerSec, base),
            ];
          }),
        ),
      );
      console.log(
        `fastify/express: ${ratio(summary.fastify.reqPerSec, summary.express.reqPerSec)} req/s, ` +
          `p50 ${ratio(summary.fastify.p50, summary.express.p50)}, p99 ${ratio(summary.fastify.p99, summary.express.p99)}\n`,
      );
      for (const r of runs) {
        if (r.problems.length) {
          ok = false;
          console.log(`!! ${r.kind} @ ${connections} connections: ${r.problems.join(', ')}`);
        }
      }
    }
    console.log(`loadavg at the end: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  } finally {
    const stopped = await Promise.all(targets.map((t) => stopServer(t)));
    if (stopped.some((s) => !s)) {
      ok = false;
      console.error('!! not every server process exited cleanly');
    } else {
      console.log('\nall servers closed');
    }
  }
  return ok ? 0 : 1;
}

// ---------------------------------------------------------------------------

const serveIdx = process.argv.indexOf('--serve');
if (serveIdx !== -1) {
  const kind = process.argv[serveIdx + 1] as Kind;
  if (!KINDS.includes(kind) || !process.send) {
    console.error(`--serve expects one of ${KINDS.join(', ')} and an IPC channel`);
    process.exit(2);
  }
  await childMain(kind);
} else {
  try {
    process.exitCode = await parentMain();
  } catch (err) {
    console.error(err);
    process.exitCode = 1;
  }
}
