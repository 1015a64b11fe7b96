import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer } from 'playwright-core';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Where the global setup leaves the address of the one Chromium all browser specs share. */
const ENDPOINT_VARIABLE = 'TEST_CHROMIUM_ENDPOINT';

/**
 * Debian's Chromium, started once per run by the web tests' global setup, driven by playwright-core.
 * A missing browser fails the run; it is never skipped.
 */
export async function startChromiumServer(): Promise<BrowserServer> {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(
      `The browser tests need Chromium at ${CHROMIUM_PATH} and it is not there. Install it with ` +
        '`apt-get install -y chromium` (.ci/run does this in CI), or point CHROMIUM_PATH at a Chromium binary.',
    );
  const server = await chromium.launchServer({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  // The jest workers start after the global setup and inherit its environment.
  process.env[ENDPOINT_VARIABLE] = server.wsEndpoint();
  return server;
}

/** A connection of its own to the shared Chromium; closing it closes this spec's pages only. */
export function connectChromium(): Promise<Browser> {
  const endpoint = process.env[ENDPOINT_VARIABLE];
  if (!endpoint) throw new Error('No shared Chromium: browser specs run in the `web` Jest project (npm run test:web), whose global setup starts it.');
  return chromium.connect(endpoint);
}
