import type { BrowserServer } from 'playwright-core';
import { startChromiumServer } from '#test/web/support/chromium.js';
import { dropTestDatabases } from '#test/support/test-databases.js';
import { ensureWebBuild } from '#test/web/support/web-build.js';

/** What the global setup started, for the global teardown (the two share the global scope). */
export type WebTestGlobals = typeof globalThis & { chromiumServer?: BrowserServer };

/**
 * Global setup of the browser specs (Jest loads it outside its module mapper, hence the `#test/…`
 * imports): empty test databases, a current web build and one Chromium that every spec connects
 * to, so no spec waits for a build or starts a browser of its own.
 */
export default async function globalSetup(): Promise<void> {
  await dropTestDatabases();
  ensureWebBuild();
  (globalThis as WebTestGlobals).chromiumServer = await startChromiumServer();
}
