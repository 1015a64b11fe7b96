import type { Locator, Page } from 'playwright-core';
import request from 'supertest';
import { admittedApplication, saveSection } from '../description/werkblad-support.js';
import type { TestApp } from '../support/test-app.js';
import { createUser } from '../support/users.js';
import { PHONE, eventually, expectAccessible, horizontalOverflow, screenshot, see, tabTo } from './support/browser.js';
import { useBrowserApp } from './support/browser-app.js';

/**
 * Coach comments anchored to a passage, in Chromium, in Dutch, at 1366 and 390 px with axe on
 * each screen: the coach selects a passage by keyboard (Shift and the arrow keys) and comments on
 * it; the owner sees the quote and the passage selected in their text; after the owner's edit
 * the passage is found where it moved to, and once it is gone the comment says so with its quote.
 */

const APPROACH = '## Aanpak\n- Tien huisbezoeken in zes maanden.\n- Een vrijwilliger per gezin.';
const QUOTE = 'Tien huisbezoeken';

/** The selected text of a text field (this program has no DOM types). */
const selectionOf = (field: Locator) =>
  field.evaluate((element) => {
    const input = element as unknown as { value: string; selectionStart: number; selectionEnd: number };
    return input.value.slice(input.selectionStart, input.selectionEnd);
  });

describe('comments anchored to a passage in the browser', () => {
  let t: TestApp;
  let base: string;
  let owner: Awaited<ReturnType<typeof createUser>>;
  let coach: Awaited<ReturnType<typeof createUser>>;
  let applicationId = '';
  const web = useBrowserApp();
  const { newPage, logIn } = web;

  beforeAll(async () => {
    ({ t, base } = web);
    owner = await createUser(t, ['owner'], { name: 'Olga Eigenaar', organisation: 'Stichting Samen' });
    coach = await createUser(t, ['coach'], { name: 'Carla Coach', organisation: 'Movisie' });
    const secretary = await createUser(t, ['secretary'], { organisation: 'Movisie' });
    ({ id: applicationId } = await admittedApplication(t, owner.auth, secretary.auth, coach.user.id));
    await saveSection(t, owner.auth, applicationId, 'approach', APPROACH, 0).expect(200);
  });

  const approach = (page: Page) => page.locator('section[aria-labelledby="section-approach"]');
  /** The section alone, beside the full-page screenshot, to look at the passage and the comment. */
  const sectionShot = (page: Page, name: string) => screenshot(approach(page), `${name}-section`);
  const storedAnchors = () =>
    t.dataSource.query(`SELECT anchor_quote AS quote, anchor_offset AS "offset", anchor_section_version AS "sectionVersion" FROM section_comments WHERE application_id = $1`, [
      applicationId,
    ]);

  it('lets the coach anchor a comment by keyboard, and shows the owner the passage', async () => {
    const page = await newPage();
    await logIn(page, coach.user.email);
    await page.goto(`${base}/aanmeldingen/${applicationId}/werkblad`);
    const section = approach(page);
    await see(section.locator('.section-content li').first()).text(QUOTE + ' in zes maanden.');

    // Keyboard only: open the passage field, put the caret before "Tien", select 17 characters, comment.
    const summary = section.locator('summary', { hasText: 'Passage selecteren in 3. Aanpak' });
    await tabTo(page, summary);
    await page.keyboard.press('Enter');
    const field = section.getByLabel('Tekst van 3. Aanpak (alleen lezen)');
    await see(field).visible();
    await page.keyboard.press('Tab');
    await see(field).focused();
    // Typing does not change the text the passage is picked from.
    await page.keyboard.type('x');
    await see(field).value(APPROACH);
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < APPROACH.indexOf(QUOTE); i++) await page.keyboard.press('ArrowRight');
    for (let i = 0; i < QUOTE.length; i++) await page.keyboard.press('Shift+ArrowRight');
    expect(await selectionOf(field)).toBe(QUOTE);
    await tabTo(page, section.getByRole('button', { name: 'Opmerking bij selectie' }), 3);
    await page.keyboard.press('Enter');

    const comments = section.locator('.comments');
    await see(comments.locator('.comment-passage--new')).contains('Over deze passage');
    await see(comments.locator('.comment-passage--new blockquote')).text(QUOTE);
    const body = page.locator('#field-comment-approach-body');
    await see(body).focused();
    await page.keyboard.type('Hoe vaak per maand is dat?');
    await tabTo(page, comments.getByRole('button', { name: 'Opmerking plaatsen' }), 3);
    await page.keyboard.press('Enter');
    await see(comments.locator('.comment-thread')).count(1);
    await see(comments.locator('.comment-thread blockquote')).text(QUOTE);
    await see(comments.locator('.comment-passage--new')).count(0);
    expect(await storedAnchors()).toEqual([{ quote: QUOTE, offset: APPROACH.indexOf(QUOTE), sectionVersion: 1 }]);

    // Showing the passage marks it in the read view.
    await tabTo(page, comments.getByRole('button', { name: 'Toon passage' }));
    await page.keyboard.press('Enter');
    await see(section.locator('.section-content mark')).text(QUOTE);
    await expectAccessible(page, 'anchors-coach');
    await sectionShot(page, 'anchors-coach');

    // The owner sees the quote beside the section; "Toon passage" selects it in the text field.
    const ownerPage = await newPage();
    await logIn(ownerPage, owner.user.email);
    await ownerPage.goto(`${base}/aanmeldingen/${applicationId}/werkblad`);
    const ownerSection = approach(ownerPage);
    await see(ownerSection.locator('.comment-thread blockquote')).text(QUOTE);
    await ownerSection.getByRole('button', { name: 'Toon passage' }).click();
    const text = ownerPage.locator('#field-approach');
    await see(text).focused();
    expect(await selectionOf(text)).toBe(QUOTE);
    await expectAccessible(ownerPage, 'anchors-owner');
    await sectionShot(ownerPage, 'anchors-owner');

    // The owner puts a heading above it: the passage is found where it moved to.
    const moved = `## Inleiding\nKort.\n${APPROACH}`;
    await saveSection(t, owner.auth, applicationId, 'approach', moved, 1).expect(200);
    await ownerPage.reload();
    await approach(ownerPage).getByRole('button', { name: 'Toon passage' }).click();
    await see(ownerPage.locator('#field-approach')).focused();
    await eventually(async () => expect(await selectionOf(ownerPage.locator('#field-approach'))).toBe(QUOTE));
    expect(await ownerPage.locator('#field-approach').evaluate((element) => (element as unknown as { selectionStart: number }).selectionStart)).toBe(moved.indexOf(QUOTE));
  });

  it('shows a comment whose passage was rewritten as "passage gewijzigd" with its quote, also on a phone', async () => {
    const current = (await request(t.server).get(`/applications/${applicationId}/description`).set(owner.auth).expect(200)).body.sections.find(
      (section: { key: string }) => section.key === 'approach',
    );
    await saveSection(t, owner.auth, applicationId, 'approach', '## Aanpak\n- Twaalf bezoeken per jaar.', current.version).expect(200);

    for (const [who, viewport, name] of [
      [coach, undefined, 'anchors-detached-coach'],
      [owner, PHONE, 'phone-anchors-detached-owner'],
    ] as const) {
      const page = await newPage(viewport);
      await logIn(page, who.user.email);
      await page.goto(`${base}/aanmeldingen/${applicationId}/werkblad`);
      const thread = approach(page).locator('.comment-thread');
      await see(thread.locator('.comment-passage--detached')).contains('Passage gewijzigd: deze tekst staat niet meer in de sectie.');
      await see(thread.locator('blockquote')).text(QUOTE);
      await see(thread.getByRole('button', { name: 'Toon passage' })).count(0);
      await see(thread).contains('Hoe vaak per maand is dat?');
      await expectAccessible(page, name);
      await sectionShot(page, name);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    }

    // The coach on a phone: picking and showing a passage fits the screen.
    const phone = await newPage(PHONE);
    await logIn(phone, coach.user.email);
    await phone.goto(`${base}/aanmeldingen/${applicationId}/werkblad`);
    await approach(phone).locator('summary', { hasText: 'Passage selecteren in 3. Aanpak' }).click();
    await see(approach(phone).getByRole('button', { name: 'Opmerking bij selectie' })).visible();
    await approach(phone).getByRole('button', { name: 'Opmerking bij selectie' }).click();
    await see(approach(phone).locator('.passage-picker')).contains('Selecteer eerst een passage in de tekst.');
    await expectAccessible(phone, 'phone-anchors-coach-picker');
    await sectionShot(phone, 'phone-anchors-coach-picker');
    expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0);

    // With the mouse, in the formatted read view: "bezoeken" of the list item, not of any other line.
    await approach(phone).locator('.section-content li').first().evaluate((element) => {
      type Dom = { firstChild: unknown; ownerDocument: { createRange(): Range; getSelection(): { removeAllRanges(): void; addRange(range: Range): void } } };
      type Range = { setStart(node: unknown, offset: number): void; setEnd(node: unknown, offset: number): void };
      const item = element as unknown as Dom;
      const range = item.ownerDocument.createRange();
      range.setStart(item.firstChild, 'Twaalf '.length);
      range.setEnd(item.firstChild, 'Twaalf bezoeken'.length);
      const selection = item.ownerDocument.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
    });
    await approach(phone).getByRole('button', { name: 'Opmerking bij selectie' }).click();
    await see(approach(phone).locator('.comment-passage--new blockquote')).text('bezoeken');
    await phone.locator('#field-comment-approach-body').fill('Welke bezoeken?');
    await approach(phone).getByRole('button', { name: 'Opmerking plaatsen' }).click();
    await see(approach(phone).locator('.comment-thread')).count(2);
    const rewritten = '## Aanpak\n- Twaalf bezoeken per jaar.';
    expect(await storedAnchors()).toEqual(expect.arrayContaining([{ quote: 'bezoeken', offset: rewritten.indexOf('bezoeken'), sectionVersion: current.version + 1 }]));
  });
});
