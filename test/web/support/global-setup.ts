import type { BrowserServer } from 'playwright-core';
import prepareTestDatabasesAndRedis from '#test/support/global-setup.js';
import { startChromiumServer } from '#test/web/support/chromium.js';

/** What the global setup started, for the global teardown (the two share the global scope). */
export type WebTestGlobals = typeof globalThis & { chromiumServer?: BrowserServer };

/**
 * Global setup of the browser specs: the databases and Redis keys as for every test that uses
 * them, and one Chromium that every spec connects to instead of starting its own. Jest loads this
 * file outside its module mapper, hence the `#test/…` imports (package.json "imports").
 */
export default async function globalSetup(): Promise<void> {
  await prepareTestDatabasesAndRedis();
  (globalThis as WebTestGlobals).chromiumServer = await startChromiumServer();
}
