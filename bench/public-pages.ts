/**
 * Speed of the public path (issue 13): first contentful paint of the server-rendered
 * `/interventies` and of a listing page in Chromium, and the listing page's throughput, each
 * against a static copy of the same HTML served by the same API process (express.static from
 * dist-web/, with the same compression and the same stylesheet and script).
 *
 *   npm run build && npx tsc -p bench/tsconfig.json && node dist-bench/bench/public-pages.js
 *
 * Options (all optional):
 *   --runs <n>           page loads per URL, unthrottled                  (default 15)
 *   --slow-runs <n>      page loads per URL with the slow-3G-like throttle (default 5)
 *   --seconds <n>        length of each throughput measurement            (default 10)
 *   --connections <n>    autocannon connections                           (default 50)
 *   --keep               keeps the database afterwards
 *
 * It builds the web application if dist-web/ has none, starts the built API (dist/, `npm run build`) on its own database (BENCH_DATABASE, default `erk_bench_public`, with
 * the demo data: "Taalcafé De Brug" is published) and Redis prefix, and drives Debian's Chromium
 * (/usr/bin/chromium, as test/web does) through playwright-core. Each page load is a new browser
 * context (an empty cache). The throttle is Network.emulateNetworkConditions: 400 ms latency and
 * 50 kB/s each way, close to DevTools' "Slow 3G".
 */
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { chromium, type Browser } from 'playwright-core';
import { freePort } from './support/free-port.js';
import { waitUntil } from './support/wait-until.js';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '15' },
    'slow-runs': { type: 'string', default: '5' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    keep: { type: 'boolean', default: false },
  },
});
const RUNS = Number(args.runs);
const SLOW_RUNS = Number(args['slow-runs']);
const SECONDS = Number(args.seconds);
const CONNECTIONS = Number(args.connections);
const ROOT = resolve('.');
const DATABASE = process.env.BENCH_DATABASE ?? 'erk_bench_public';
const ADMIN_URL = process.env.TEST_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const STATIC_DIR = join(ROOT, 'dist-web', 'bench-static');
const SLOW_3G = { offline: false, latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000 };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function recreateDatabase(): Promise<string> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DATABASE}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${DATABASE}`;
  return url.toString();
}

async function dropDatabase(): Promise<void> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await admin.end();
}

/** First contentful paint of one load of `url` in a fresh context, in ms from navigation start. */
async function firstContentfulPaint(browser: Browser, url: string, throttled: boolean): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'nl-NL' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (throttled) await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    const fcp = await page.evaluate(
      () =>
        new Promise<number>((resolvePaint) => {
          const seen = performance.getEntriesByName('first-contentful-paint')[0];
          if (seen) return resolvePaint(seen.startTime);
          new PerformanceObserver((list) => resolvePaint(list.getEntries()[0].startTime)).observe({ type: 'paint', buffered: true } as unknown as { type: 'mark'; buffered: boolean });
        }),
    );
    return fcp;
  } finally {
    await context.close();
  }
}

async function paints(browser: Browser, url: string, throttled: boolean, runs: number): Promise<number> {
  await firstContentfulPaint(browser, url, throttled); // warm-up: the server's caches, not the browser's
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) samples.push(await firstContentfulPaint(browser, url, throttled));
  return median(samples);
}

async function throughput(url: string, headers: Record<string, string>): Promise<number> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers });
  if (result.non2xx || result.errors) throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return result.requests.average;
}

async function main() {
  if (!existsSync(join(ROOT, 'dist-web', '.vite', 'manifest.json'))) execFileSync('npm', ['run', 'web:build'], { cwd: ROOT, stdio: 'inherit' });
  const databaseUrl = await recreateDatabase();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const api = spawn(process.execPath, [join(ROOT, 'dist', 'src', 'main.js')], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'development', DATABASE_URL: databaseUrl, REDIS_PREFIX: `erk_bench_public_${process.pid}`, PORT: String(port), APP_URL: base, LOG_LEVEL: 'warn', DEMO_SEED: 'true' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let browser: Browser | undefined;
  try {
    await waitUntil('the API answers', async () => (await fetch(`${base}/health`).catch(() => null))?.ok ?? false, 120_000, 250);
    const sitemap = await (await fetch(`${base}/sitemap.xml`)).text();
    const detailPath = /<loc>[^<]*(\/interventies\/[a-z0-9-]+)<\/loc>/.exec(sitemap)?.[1];
    if (!detailPath) throw new Error('no listing in the sitemap: the demo data did not publish "Taalcafé De Brug"');

    // The baselines: the same HTML as static files, served by express.static of the same process.
    mkdirSync(STATIC_DIR, { recursive: true });
    writeFileSync(join(STATIC_DIR, 'interventies.html'), await (await fetch(`${base}/interventies`)).text());
    writeFileSync(join(STATIC_DIR, 'detail.html'), await (await fetch(`${base}${detailPath}`)).text());
    const pages = {
      search: { page: `${base}/interventies`, static: `${base}/bench-static/interventies.html` },
      detail: { page: `${base}${detailPath}`, static: `${base}/bench-static/detail.html` },
    };

    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
    console.log(`First contentful paint, median of ${RUNS} loads (throttled: ${SLOW_RUNS}), each in a fresh context:`);
    for (const throttled of [false, true]) {
      for (const [name, urls] of Object.entries(pages)) {
        const runs = throttled ? SLOW_RUNS : RUNS;
        const staticPaint = await paints(browser, urls.static, throttled, runs);
        const pagePaint = await paints(browser, urls.page, throttled, runs);
        console.log(`  ${throttled ? 'slow 3G   ' : 'unthrottled'} ${name.padEnd(6)} page ${pagePaint.toFixed(0).padStart(5)} ms, static ${staticPaint.toFixed(0).padStart(5)} ms, ratio ${(pagePaint / staticPaint).toFixed(2)}×`);
      }
    }
    await browser.close();
    browser = undefined;

    console.log(`Listing page throughput at ${CONNECTIONS} connections, ${SECONDS} s each (req/s):`);
    for (const [label, headers] of [['identity', {}], ['brotli', { 'Accept-Encoding': 'br' }]] as const) {
      const staticRate = await throughput(pages.detail.static, headers);
      const pageRate = await throughput(pages.detail.page, headers);
      console.log(`  ${label.padEnd(8)} page ${pageRate.toFixed(0).padStart(6)}, static file ${staticRate.toFixed(0).padStart(6)}, ratio ${(pageRate / staticRate).toFixed(2)}×`);
    }
  } finally {
    await browser?.close();
    api.kill('SIGTERM');
    await once(api, 'exit');
    rmSync(STATIC_DIR, { recursive: true, force: true });
    if (!args.keep) await dropDatabase();
  }
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
