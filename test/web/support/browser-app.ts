import { createServer, type AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, expect } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import { TEST_PASSWORD } from '../../support/users.js';
import { DESKTOP, logInAs, openPage } from './browser.js';
import { connectChromium } from './chromium.js';
import { ensureWebBuild } from './web-build.js';

type Overrides = Record<string, string>;

export interface BrowserAppOptions {
  /**
   * Settings for `createTestApp`. A function is called first in beforeAll, so that what it starts
   * (an SMTP sink) can give its address to the app.
   */
  overrides?: Overrides | (() => Promise<Overrides>);
  /** Called in afterAll after the browser has closed and before the app closes (a worker, rows that outlive the reset). */
  beforeClose?: () => Promise<unknown>;
  /** Called last in afterAll, once the app has closed (what `overrides` started). */
  afterClose?: () => Promise<unknown>;
}

/** The API serving the web build on a local port, and a Chromium to visit it; the fields are set by beforeAll. */
export interface BrowserApp {
  readonly t: TestApp;
  /** The app's address, e.g. `http://127.0.0.1:43210`. */
  readonly base: string;
  readonly browser: Browser;
  /** What went wrong on each page (see `watchPageErrors`); must be empty after every test. */
  readonly pageProblems: string[][];
  newPage(viewport?: typeof DESKTOP): Promise<Page>;
  logIn(page: Page, email: string, password?: string): Promise<void>;
}

/**
 * Registers the hooks a browser spec needs, in the describe block it is called in: beforeAll
 * builds the web app (once per run), starts the API on an emptied database and connects to the
 * Chromium the global setup started; afterEach fails the test whose pages had script errors;
 * afterAll closes this spec's connection to the browser, then the app.
 * Hooks the spec registers after this call run after these ones, so its beforeAll can use the app.
 */
export function useBrowserApp(options: BrowserAppOptions = {}): BrowserApp {
  let t: TestApp | undefined;
  let base: string | undefined;
  let browser: Browser | undefined;
  const pageProblems: string[][] = [];

  const started = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`useBrowserApp: ${name} is only set once beforeAll has run`);
    return value;
  };

  beforeAll(async () => {
    ensureWebBuild();
    const overrides = typeof options.overrides === 'function' ? await options.overrides() : options.overrides;
    // The app's address is its APP_URL: the API accepts cookie requests from that origin only.
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    t = await createTestApp({ ...overrides, APP_URL: base });
    await t.reset();
    await t.app.listen(port, '127.0.0.1');
    browser = await connectChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await options.beforeClose?.();
    await t?.close();
    await options.afterClose?.();
  });

  afterEach(() => {
    // Script errors and CSP violations fail the test whose pages caused them.
    const found = pageProblems.splice(0).flat();
    expect(found).toEqual([]);
  });

  const app: BrowserApp = {
    get t() {
      return started(t, 't');
    },
    get base() {
      return started(base, 'base');
    },
    get browser() {
      return started(browser, 'browser');
    },
    pageProblems,
    newPage: (viewport = DESKTOP) => openPage(app.browser, pageProblems, viewport),
    logIn: (page, email, password = TEST_PASSWORD) => logInAs(page, app.base, email, password),
  };
  return app;
}

/** A port no one listens on now, found by letting the system pick one. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
