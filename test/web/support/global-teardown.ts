import type { WebTestGlobals } from '#test/web/support/global-setup.js';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as WebTestGlobals).chromiumServer?.close();
}
