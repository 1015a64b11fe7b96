import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect } from '@jest/globals';
import type { Browser, Locator, Page } from 'playwright-core';
import { secondFactorFor } from '../../support/two-factor.js';

/** The few browser globals the callbacks below use inside the page (this program has no DOM types). */
declare const document: { activeElement: unknown; documentElement: { scrollWidth: number; clientWidth: number } };

const SCREENSHOT_DIR = 'test-output/screenshots';
export const DESKTOP = { width: 1366, height: 900 };
export const PHONE = { width: 390, height: 844 };

/**
 * Records what must never happen on a page: uncaught script errors and console errors (a
 * Content-Security-Policy violation is one). Expected API refusals (4xx answers logged by the
 * browser as failed resources) are left out.
 */
export function watchPageErrors(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (/Failed to load resource: the server responded with a status of 4\d\d/.test(message.text())) return;
    problems.push(`console error: ${message.text()}`);
  });
  return problems;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * axe-core's WCAG 2.0, 2.1 and 2.2 A and AA rules (2.2 AA brings target-size: touch targets of at
 * least 24 px) and its best practices (unique landmark names, heading order, …). Every violation
 * fails, whatever its impact: a moderate one is as real to the person who meets it.
 */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Runs the AXE_TAGS rules on the page as it is now and returns readable violations of any impact
 * (none expected). axe is evaluated through the DevTools protocol, so the page's own
 * Content-Security-Policy (no inline scripts) stays in force.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  // Once per document: the web app changes screens without reloading, and axe stays loaded.
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(axeSource);
  const violations = (await page.evaluate(async (tags) => {
    const axe = (globalThis as unknown as { axe: { run(context: unknown, options: object): Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations;
  }, AXE_TAGS)) as AxeViolation[];
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${violation.help} at ${node.target.join(' ')}${node.failureSummary ? ` — ${node.failureSummary.replace(/\s+/g, ' ')}` : ''}`),
  );
}

/**
 * Whether the specs save screenshots: for the people who look at the screens, so on unless
 * TEST_SCREENSHOTS=off (CI, where no one looks and each full-page capture costs a quarter second).
 */
export const SCREENSHOTS_WANTED = process.env.TEST_SCREENSHOTS !== 'off';

/** Saves `test-output/screenshots/<name>.png`: the whole page, or only the element a locator names. */
export async function screenshot(target: Page | Locator, name: string): Promise<void> {
  if (!SCREENSHOTS_WANTED) return;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = `${SCREENSHOT_DIR}/${name}.png`;
  await ('goto' in target ? target.screenshot({ path, fullPage: true }) : target.screenshot({ path }));
}

/**
 * Moves the keyboard focus to `target` with the Tab key only, as a keyboard user would, and
 * fails when it cannot be reached within `limit` presses.
 */
export async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  const handle = await target.elementHandle();
  if (!handle) throw new Error(`tabTo: no element for ${String(target)}`);
  for (let presses = 0; presses <= limit; presses++) {
    if (await handle.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`tabTo: ${String(target)} not reached with ${limit} Tab presses`);
}

/** Tabs to a text field and types into it. */
export async function typeInto(page: Page, target: Locator, text: string): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

/** The page's width fits the viewport (no horizontal scrolling on a phone). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Retries an assertion until it passes or `timeout` ms have gone by (the page updates asynchronously). */
export async function eventually(assertion: () => Promise<unknown> | unknown, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      await assertion();
      return;
    } catch (error) {
      if (Date.now() > end) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

const quick = { timeout: 1000 };

/** Waiting assertions on a locator (jest's expect is synchronous; playwright-core has none). */
export function see(locator: Locator) {
  return {
    text: (expected: string) => eventually(async () => expect((await locator.innerText(quick)).trim()).toBe(expected)),
    contains: (expected: string) => eventually(async () => expect(await locator.innerText(quick)).toContain(expected)),
    lacks: (unexpected: string) => eventually(async () => expect(await locator.innerText(quick)).not.toContain(unexpected)),
    focused: () => eventually(async () => expect(await locator.evaluate((element) => element === document.activeElement, undefined, quick)).toBe(true)),
    count: (expected: number) => eventually(async () => expect(await locator.count()).toBe(expected)),
    attribute: (name: string, expected: string) => eventually(async () => expect(await locator.getAttribute(name, quick)).toBe(expected)),
    checked: () => eventually(async () => expect(await locator.isChecked(quick)).toBe(true)),
    value: (expected: string) => eventually(async () => expect(await locator.inputValue(quick)).toBe(expected)),
    visible: () => eventually(async () => expect(await locator.isVisible()).toBe(true)),
    hidden: () => eventually(async () => expect(await locator.isVisible()).toBe(false)),
  };
}

/** A fresh browser session (own cookies and storage), as a separate person would have; its script errors go to `problems`. */
export async function openPage(browser: Browser, problems: string[][], viewport = DESKTOP): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  const page = await context.newPage();
  problems.push(watchPageErrors(page));
  countRequests(page);
  return page;
}

/** Per page opened by `openPage`: its requests in flight, and when that number last changed. */
const traffic = new WeakMap<Page, { inFlight: number; changedAt: number }>();

function countRequests(page: Page): void {
  const state = { inFlight: 0, changedAt: Date.now() };
  const change = (by: number) => {
    state.inFlight += by;
    state.changedAt = Date.now();
  };
  page.on('request', () => change(1));
  page.on('requestfinished', () => change(-1));
  page.on('requestfailed', () => change(-1));
  traffic.set(page, state);
}

/**
 * Waits until the page has loaded and has had no request in flight for `quietMs`: Playwright's
 * 'networkidle', but without its fixed 500 ms of quiet, the largest part of the time of the
 * hundred accessibility checks.
 */
async function networkQuiet(page: Page, quietMs = 200): Promise<void> {
  const state = traffic.get(page);
  if (!state) throw new Error('networkQuiet: open the page with openPage, which counts its requests');
  await page.waitForLoadState('load');
  await eventually(() => {
    if (state.inFlight > 0 || Date.now() - state.changedAt < quietMs) throw new Error(`the page still loads (${state.inFlight} requests in flight)`);
  });
}

/** Waits for the page to settle, then asserts no axe violations and saves a screenshot. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  await networkQuiet(page);
  await see(page.locator('.loading')).count(0);
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, name);
}

/**
 * Signs in through the login page and waits until it has moved on; an account with two-step
 * sign-in gets the code its authenticator shows now (test/support/two-factor.ts).
 */
export async function logInAs(page: Page, base: string, email: string, password: string): Promise<void> {
  await page.goto(`${base}/inloggen`);
  await page.locator('#field-email').fill(email);
  await page.locator('#field-password').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  const codeField = page.locator('#field-code');
  const movedOn = page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
  const askedForCode = codeField.waitFor().then(() => true);
  if (await Promise.race([movedOn.then(() => false), askedForCode])) {
    const factor = await secondFactorFor(email);
    await codeField.fill(factor.code ?? factor.recoveryCode ?? '');
    await page.getByRole('button', { name: 'Inloggen' }).click();
  } else askedForCode.catch(() => undefined);
  await movedOn;
}
