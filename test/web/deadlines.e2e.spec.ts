import request from 'supertest';
import { DeadlineTransitions } from '../../src/deadlines/deadline-transitions.js';
import { DeadlinesService } from '../../src/deadlines/deadlines.service.js';
import { createCommittee, driveToAwaitingCommittee, placeOnAgenda, planMeeting } from '../committee/support/committee-fixtures.js';
import { admittedApplication, remindersOf, requestFeedback } from '../deadlines/support.js';
import type { TestApp } from '../support/test-app.js';
import { createUser } from '../support/users.js';
import { PHONE, expectAccessible, horizontalOverflow, see, tabTo, typeInto } from './support/browser.js';
import { useBrowserApp } from './support/browser-app.js';

/**
 * The secretary's deadlines in Debian's Chromium against the real API, PostgreSQL and Redis: a
 * case's open deadlines with who is due and the reminders, extending one by keyboard with a reason
 * (a confirmation says who is told), and the "send agenda and dossiers" to-do item, which leads to
 * the meeting page and is finished there: the agenda mail previewed in each recipient's language,
 * then sent after a confirmation naming the recipients. In Dutch, axe-clean at 1366 and 390 px.
 */

type TestUser = Awaited<ReturnType<typeof createUser>>;

const ZONE = 'Europe/Amsterdam';
const longDate = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: ZONE });

/** A weekday about six weeks ahead, as Amsterdam's calendar date. */
function sixWeeksAhead(): { year: string; month: string; day: string; instant: Date } {
  const date = new Date(Date.now() + 42 * 86_400_000);
  while ([0, 6].includes(date.getUTCDay())) date.setUTCDate(date.getUTCDate() + 1);
  const [year, month, day] = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date).split('-');
  return { year, month, day, instant: date };
}

describe('deadlines in the browser, for the secretary', () => {
  let t: TestApp;
  let base: string;
  let secretary: TestUser;
  let feedbackCaseId = '';
  let meetingId = '';
  let agendaCaseId = '';
  let agendaReference = '';
  const web = useBrowserApp();
  const { newPage, logIn } = web;

  /** What the worker does after each track step, run here directly: open and close the deadlines. */
  const syncDeadlines = (applicationId: string) => new DeadlineTransitions(t.dataSource, t.app.get(DeadlinesService)).sync(applicationId);

  beforeAll(async () => {
    ({ t, base } = web);
    const owner = await createUser(t, ['owner'], { name: 'Olga Eigenaar', organisation: 'Stichting Samen' });
    secretary = await createUser(t, ['secretary'], { name: 'Sanne Secretaris', organisation: 'Movisie' });
    const coach = await createUser(t, ['coach'], { name: 'Carla Coach', organisation: 'Movisie' });
    const chair = await createUser(t, ['chair'], { name: 'Vera Voorzitter', language: 'nl' });
    const member = await createUser(t, ['committee_member'], { name: 'Mark Member', language: 'en' });
    const admin = await createUser(t, ['admin']);
    const reviewers = await Promise.all([1, 2, 3].map((n) => createUser(t, ['reviewer'], { name: `Beoordelaar Persoon ${n}` })));

    // A case whose coach owes feedback, and one on the agenda of a meeting three weeks ahead.
    const feedbackCase = await admittedApplication(t, { owner, secretary, coach }, { name: 'Buurtkamer De Ontmoeting' });
    feedbackCaseId = feedbackCase.id;
    await requestFeedback(t, feedbackCaseId, owner);
    await syncDeadlines(feedbackCaseId);

    const seats = reviewers.map((reviewer) => ({ reviewer, kind: 'practice' as const, proposedLevel: 'goed_beschreven' as const }));
    const agendaCase = await driveToAwaitingCommittee(t, { owner, secretary, coach }, seats, { fields: { name: 'Sterke Buren' } });
    const committeeId = await createCommittee(t, admin, chair, [member], 'Deelcommissie Participatie');
    meetingId = await planMeeting(t, secretary, committeeId, new Date(Date.now() + 21 * 86_400_000));
    await placeOnAgenda(t, secretary, meetingId, agendaCase.id);
    agendaCaseId = agendaCase.id;
    agendaReference = (await t.dataSource.query(`SELECT reference FROM applications WHERE id = $1`, [agendaCase.id]))[0].reference;
    await syncDeadlines(agendaCase.id);
  });

  it('lists a case’s open deadlines with who is due and the reminders, and extends one by keyboard with a reason', async () => {
    const page = await newPage();
    await logIn(page, secretary.user.email);
    await page.goto(`${base}/aanmeldingen/${feedbackCaseId}`);
    const section = page.locator('section', { has: page.getByRole('heading', { name: 'Termijnen', level: 2 }) });
    const card = section.locator('[data-deadline="coach_feedback"]');
    await see(card.locator('h3')).text('Feedback geven op het werkblad');
    await see(card).contains('De begeleider: Carla Coach');
    await see(card).contains('Open');
    await see(card).contains('Herinnering vooraf gepland op');
    await see(card).contains('Melding aan het secretariaat gepland op');
    await expectAccessible(page, 'deadlines-case-desktop');

    // Keyboard only: the extend button, the date, the reason, "Verder".
    await tabTo(page, card.getByRole('button', { name: /^Termijn verlengen\s*: Feedback geven op het werkblad$/ }));
    await page.keyboard.press('Enter');
    const dateField = card.getByLabel('Nieuwe datum');
    const target = sixWeeksAhead();
    await tabTo(page, dateField);
    // Headless Chromium lays out a date field in its own UI language (en-US: month, day, year), whatever the page's locale.
    await page.keyboard.type(`${target.month}${target.day}${target.year}`);
    await see(dateField).value(`${target.year}-${target.month}-${target.day}`);
    await typeInto(page, card.getByLabel(/^Reden/), 'Carla is drie weken met verlof.');
    await tabTo(page, card.getByRole('button', { name: 'Verder' }));
    await page.keyboard.press('Enter');

    // The confirmation says from when to when, and who is told; the focus starts on "Annuleren".
    const dialog = page.getByRole('dialog', { name: 'Termijn verlengen?' });
    await see(dialog).contains('De herinneringen schuiven mee.');
    await see(dialog).contains('Carla Coach krijgt hiervan bericht, in de app en per e-mail.');
    const newDate = longDate.format(new Date(`${target.year}-${target.month}-${target.day}T12:00:00Z`));
    await see(dialog).contains(`naar ${newDate}`);
    await see(dialog.getByRole('button', { name: 'Annuleren' })).focused();
    await expectAccessible(page, 'deadlines-extend-confirm-desktop');
    await page.keyboard.press('Tab');
    await see(dialog.getByRole('button', { name: 'Ja, termijn verlengen' })).focused();
    await page.keyboard.press('Enter');

    await see(page.getByRole('status')).contains(`De termijn “Feedback geven op het werkblad” is verlengd tot ${newDate}.`);
    await see(card).contains('Eén keer verlengd.');
    await see(page.locator('.timeline')).contains('Carla is drie weken met verlof.');
    await see(page.locator('.timeline')).contains(`Feedback op het werkblad: van `);
    await see(page.locator('.timeline')).contains(`naar ${newDate}.`);

    // On the server: the new date at 17:00 Amsterdam time, the reminders of version 2, the coach told.
    const [deadline] = (await request(t.server).get(`/applications/${feedbackCaseId}/deadlines`).set(secretary.auth).expect(200)).body;
    expect(deadline).toMatchObject({ version: 2, extendedCount: 1 });
    expect(longDate.format(new Date(deadline.dueAt))).toBe(newDate);
    expect((await remindersOf(t.dataSource, deadline.id)).map((r) => r.deadlineVersion)).toEqual([2, 2, 2]);
    const told = await t.dataSource.query(`SELECT payload FROM outbox WHERE topic = 'notification' AND application_id = $1 AND payload->>'template' = 'deadline-extended'`, [
      feedbackCaseId,
    ]);
    expect(told).toHaveLength(1);

    // The same page on a phone.
    const phone = await newPage(PHONE);
    await logIn(phone, secretary.user.email);
    await phone.goto(`${base}/aanmeldingen/${feedbackCaseId}`);
    await see(phone.locator('[data-deadline="coach_feedback"]')).contains('Eén keer verlengd.');
    await expectAccessible(phone, 'deadlines-case-phone');
    expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0);
  });

  it('finishes the "send agenda and dossiers" to-do item on the meeting page: the mail previewed, then sent after a confirmation', async () => {
    const page = await newPage(PHONE);
    await logIn(page, secretary.user.email);
    await page.goto(`${base}/taken`);
    const item = page.getByRole('link', { name: 'Agenda en dossier naar de commissie sturen' });
    await see(item).count(1);
    await expectAccessible(page, 'deadlines-todo-phone');
    await item.click();
    await page.waitForURL(`**/vergaderingen/${meetingId}`);

    const mailing = page.locator('section', { has: page.getByRole('heading', { name: 'Agenda en dossiers versturen' }) });
    await see(mailing).contains('1 aanmelding wacht op het versturen van de agenda en dossiers aan de commissie');
    await expectAccessible(page, 'deadlines-meeting-phone');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    // The mail exactly as it will go, to whom, in Dutch and in English; nothing is sent yet.
    await tabTo(page, mailing.getByRole('button', { name: 'Mail bekijken' }));
    await page.keyboard.press('Enter');
    await see(page.getByRole('heading', { name: 'Zo gaat de agendamail eruit' })).focused();
    await see(mailing).contains('Hij gaat naar 2 personen van de commissie, ieder in de eigen taal.');
    await see(mailing).contains('Mark Member (');
    const dutch = mailing.locator('section', { has: page.getByRole('heading', { name: 'In het Nederlands' }) });
    const english = mailing.locator('section', { has: page.getByRole('heading', { name: 'In het Engels' }) });
    await see(dutch).contains('Agenda en dossiers: Deelcommissie Participatie,');
    await see(dutch).contains('Beste Vera Voorzitter,');
    await see(dutch).contains(`1. ${agendaReference} Sterke Buren: ${base}/aanmeldingen/${agendaCaseId}/dossier`);
    await see(english).contains('Dear Mark Member,');
    await expectAccessible(page, 'deadlines-agenda-preview-phone');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    // The same preview at desktop width, by mouse this time.
    const desktop = await newPage();
    await logIn(desktop, secretary.user.email);
    await desktop.goto(`${base}/vergaderingen/${meetingId}`);
    await desktop.getByRole('button', { name: 'Mail bekijken' }).click();
    await see(desktop.getByRole('heading', { name: 'In het Engels' })).visible();
    await expectAccessible(desktop, 'deadlines-agenda-preview-desktop');

    await tabTo(page, mailing.getByRole('button', { name: 'Agenda en dossiers versturen' }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Agenda en dossiers nu versturen?' });
    await see(dialog).contains('De mail gaat naar: Mark Member, Vera Voorzitter.');
    await see(dialog).contains('De agendatermijn van 1 aanmelding wordt afgerond');
    await expectAccessible(page, 'deadlines-meeting-confirm-phone');
    // Escape cancels; nothing changed.
    await page.keyboard.press('Escape');
    await see(dialog).hidden();
    await see(mailing).contains('1 aanmelding wacht');

    await tabTo(page, mailing.getByRole('button', { name: 'Agenda en dossiers versturen' }));
    await page.keyboard.press('Enter');
    await see(dialog.getByRole('button', { name: 'Annuleren' })).focused();
    await page.keyboard.press('Tab');
    await see(dialog.getByRole('button', { name: 'Ja, nu versturen' })).focused();
    await page.keyboard.press('Enter');
    await see(page.getByRole('status')).contains('De agenda en dossiers zijn verstuurd aan 2 personen.');
    await see(mailing).contains('Er wacht geen agenda op verzending.');
    await see(mailing).contains('Laatst verstuurd op');
    await see(mailing.getByRole('button', { name: 'Mail bekijken' })).count(0);
    const queued = await t.dataSource.query(`SELECT payload->'recipientIds' AS ids FROM outbox WHERE topic = 'notification' AND payload->>'template' = 'committee-agenda'`);
    expect(queued).toHaveLength(1);
    expect(queued[0].ids).toHaveLength(2);

    // The case's history says what went to whom.
    await page.goto(`${base}/aanmeldingen/${agendaCaseId}`);
    await see(page.locator('.timeline')).contains('Agenda en dossiers verstuurd');
    await see(page.locator('.timeline')).contains('Agenda van de Deelcommissie Participatie van ');
    await see(page.locator('.timeline')).contains(' aan Mark Member, Vera Voorzitter.');

    // The to-do item is gone.
    await page.goto(`${base}/taken`);
    await see(page.locator('main h1')).text('Te doen');
    await see(page.getByRole('link', { name: 'Agenda en dossier naar de commissie sturen' })).count(0);

    // At desktop width, the meeting page after the step.
    await desktop.reload();
    await see(desktop.locator('main')).contains('Laatst verstuurd op');
    await expectAccessible(desktop, 'deadlines-meeting-desktop');
  });
});
