import type { Page } from 'playwright-core';
import request from 'supertest';
import { accept, createReviewer, invite, type TestUser } from '../assessment/assessment-helpers.js';
import { createCommittee, driveToAwaitingCommittee, type PanelSeatFixture } from '../committee/support/committee-fixtures.js';
import type { TestApp } from '../support/test-app.js';
import { driveToSubmittedForAssessment } from '../support/track-driver.js';
import { createUser } from '../support/users.js';
import { PHONE, expectAccessible, horizontalOverflow, see } from './support/browser.js';
import { useBrowserApp } from './support/browser-app.js';

/**
 * The secretary's assessment screens in Debian's Chromium against the real API, PostgreSQL and
 * Redis: composing a panel from the ranked suggestions (start, invite, a withdrawn invitation, a
 * refused stale invitation, acceptance over HTTP completing the panel), planning a meeting and
 * putting cases that await the committee on its agenda, the chair's read-only agenda, and "not
 * found" for a committee member of another committee and for an owner. axe-core's WCAG 2.1 A/AA
 * rules on every screen at 1366 and 390 px.
 */

const DUTCH_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

describe('secretary assessment screens in the browser', () => {
  let t: TestApp;
  let base: string;
  let owner: TestUser;
  let secretary: TestUser;
  let chair: TestUser;
  let outsider: TestUser;
  let practice: TestUser[];
  let ownOrganisation: TestUser;
  let applicationA = '';
  let awaiting: string[] = [];
  let meetingId = '';
  const web = useBrowserApp();
  const { newPage } = web;

  beforeAll(async () => {
    ({ t, base } = web);
    const admin = await createUser(t, ['admin']);
    owner = await createUser(t, ['owner'], { name: 'Olga Owner', organisation: 'Stichting Voorbeeld' });
    const coach = await createUser(t, ['coach'], { name: 'Carla Coach', organisation: 'Movisie' });
    secretary = await createUser(t, ['secretary'], { name: 'Sanne Secretaris', organisation: 'Movisie' });
    chair = await createUser(t, ['chair'], { name: 'Vera Voorzitter' });
    const member = await createUser(t, ['committee_member'], { name: 'Kees Commissielid' });
    const otherChair = await createUser(t, ['chair']);
    outsider = await createUser(t, ['committee_member'], { name: 'Ander Commissielid' });
    await createCommittee(t, admin, chair, [member], 'Maatschappelijke ondersteuning, participatie en veiligheid');
    // The other committee is inactive, so planning offers one committee, chosen already.
    const otherCommittee = await createCommittee(t, admin, otherChair, [outsider], 'Jeugd');
    await request(t.server).patch(`/committees/${otherCommittee}`).set(admin.auth).send({ active: false }).expect(200);

    applicationA = (await driveToSubmittedForAssessment(t, { owner, secretary, coach })).id;
    practice = [];
    for (let i = 0; i < 4; i++) practice.push(await createReviewer(t, secretary, 'practice', { themes: i === 0 ? ['eenzaamheid', 'ouderen'] : ['eenzaamheid'] }));
    ownOrganisation = await createReviewer(t, secretary, 'practice', { organisation: 'Stichting Voorbeeld' });

    // Two cases whose three practice reviews are all in (panel and reviews written straight into the tables).
    const seatHolders = await Promise.all([1, 2, 3].map((n) => createUser(t, ['reviewer'], { name: `Eerder Panel ${n}` })));
    const seats: PanelSeatFixture[] = seatHolders.map((reviewer) => ({ reviewer, kind: 'practice', proposedLevel: 'goed_beschreven' }));
    awaiting = [];
    for (const name of ['Buurtkracht', 'Samen koken']) awaiting.push((await driveToAwaitingCommittee(t, { owner, secretary, coach }, seats, { fields: { name } })).id);
  });

  const logIn = (page: Page, user: TestUser) => web.logIn(page, user.user.email);
  const panel = async () => (await request(t.server).get(`/applications/${applicationA}/panel`).set(secretary.auth).expect(200)).body;
  const status = (page: Page) => page.locator('.status-message');

  it('composes a panel from the ranked suggestions: start, invite, withdraw, a refused stale invitation, complete after acceptance', async () => {
    const page = await newPage();
    await logIn(page, secretary);
    await page.goto(`${base}/aanmeldingen/${applicationA}`);
    await page.getByRole('link', { name: 'Beoordelingspanel samenstellen' }).click();
    await page.waitForURL(`**/aanmeldingen/${applicationA}/panel`);
    await see(page.locator('main h1')).text('Beoordelingspanel: Samen tegen eenzaamheid');
    await see(page.locator('main')).contains('Voor dit niveau beoordelen 3 praktijkbeoordelaars de interventie; de commissie beslist bij meerderheid.');
    await see(page.locator('#suggestions-heading')).count(0);

    await page.getByRole('button', { name: 'Samenstelling starten' }).click();
    await see(status(page)).contains('De samenstelling van het panel is gestart.');
    const table = page.getByRole('table', { name: 'Voorstellen: Praktijk' });
    await see(table.locator('tbody tr')).count(4);
    // Best first: the one reviewer who covers both of the application's themes.
    await see(table.locator('tbody tr').first().locator('th')).contains(practice[0].user.name);
    await see(table.locator('tbody tr').first()).contains('2 van 2 thema’s van de aanmelding');
    await see(table.locator('tbody tr').first()).contains('100% beschikbaar in de komende vier weken');
    await see(table.locator('tbody tr').first()).contains('0 van 3');
    // Excluded, with the reason: the reviewer of the applicant's own organisation.
    const excluded = page.getByRole('table', { name: 'Beoordelaars die niet kunnen worden uitgenodigd, met de reden' });
    await see(excluded.locator(`tr[data-reviewer="${ownOrganisation.user.id}"]`)).contains('Werkt bij de organisatie van de indiener');
    await expectAccessible(page, 'secretary-panel-suggestions');

    for (const reviewer of practice.slice(0, 3)) {
      await page.getByRole('button', { name: `Uitnodigen ${reviewer.user.name}` }).click();
      // First the mail as it will go out, then the secretary sends it.
      await see(page.locator('#mail-preview-title')).text(`Uitnodiging aan ${reviewer.user.name} controleren`);
      await see(page.locator('#mail-preview-title')).focused();
      await see(page.locator('.mail-preview')).contains(reviewer.user.email);
      await see(page.locator('.mail-preview')).contains('Uitnodiging om te beoordelen:');
      if (reviewer === practice[0]) await expectAccessible(page, 'secretary-invitation-preview');
      await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
      await see(status(page)).contains(`${reviewer.user.name} is uitgenodigd.`);
    }
    await see(page.getByRole('button', { name: /^Uitnodigen / })).count(0);
    await see(page.locator('main')).contains('Alle plaatsen zijn vergeven');
    const invitations = page.getByRole('table', { name: 'Alle uitnodigingen voor dit panel' });
    await see(invitations.locator('tbody tr')).count(3);
    const firstDue = (await panel()).invitations[0].responseDueAt as string;
    const dueText = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(new Date(firstDue));
    await see(invitations).contains(dueText);
    await see(invitations).contains('Wacht op antwoord');

    // The third invitation went to the wrong person: withdrawn, and the place is open again.
    await page.getByRole('button', { name: `Uitnodiging intrekken ${practice[2].user.name}` }).click();
    await see(status(page)).contains(`De uitnodiging aan ${practice[2].user.name} is ingetrokken.`);
    await see(invitations).contains('Ingetrokken');
    expect((await panel()).invitations.find((invitation: { reviewerId: string }) => invitation.reviewerId === practice[2].user.id).status).toBe('withdrawn');
    await see(page.getByRole('button', { name: `Uitnodigen ${practice[3].user.name}` })).visible();

    // Meanwhile someone else fills the place over HTTP; inviting from the stale page is refused in words.
    await invite(t, secretary, applicationA, practice[3]);
    await page.getByRole('button', { name: `Uitnodigen ${practice[2].user.name}` }).click();
    await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await see(page.locator('.form-error')).contains('Geen open plaats voor een praktijkbeoordelaar');
    await see(page.locator('.form-error')).focused();
    expect((await panel()).invitations).toHaveLength(4);

    // The invited reviewers accept over HTTP; the last acceptance completes the panel.
    const pending = (await panel()).invitations.filter((invitation: { status: string }) => invitation.status === 'pending');
    for (const invitation of pending as { id: string; reviewerId: string }[])
      await accept(t, practice.find((reviewer) => reviewer.user.id === invitation.reviewerId)!, invitation.id);
    await page.reload();
    await see(page.locator('main')).contains('Het panel is compleet. De beoordeling is begonnen.');
    await see(page.getByRole('table', { name: 'Leden van het panel' }).locator('tbody tr')).count(3);
    await see(page.locator('main dl')).contains('In beoordeling');
    await expectAccessible(page, 'secretary-panel-complete');

    // A reserve, then a member removed with a reason: the reserve is invited automatically.
    await page.getByRole('button', { name: `Op reservelijst ${practice[2].user.name}` }).click();
    await see(status(page)).contains('De reservelijst is bijgewerkt.');
    await see(page.getByRole('table', { name: 'Reserves, de eerste bovenaan' })).contains(practice[2].user.name);
    await page.getByRole('button', { name: `Uit het panel halen ${practice[0].user.name}` }).click();
    await see(page.locator('#remove-member-heading')).focused();
    await page.locator('#field-remove-member-reason').fill('Blijkt betrokken bij de ontwikkeling.');
    await page.getByRole('button', { name: 'Verwijderen', exact: true }).click();
    await see(status(page)).contains(`${practice[0].user.name} is uit het panel gehaald.`);
    await see(invitations).contains('automatisch, van de reservelijst');
    await see(excluded.locator(`tr[data-reviewer="${practice[0].user.id}"]`)).contains('Is uit dit panel verwijderd');
    const after = await panel();
    expect(after.members.find((member: { reviewerId: string }) => member.reviewerId === practice[0].user.id)).toMatchObject({
      status: 'removed',
      removalReason: 'Blijkt betrokken bij de ontwikkeling.',
    });
    expect(after.invitations.find((invitation: { reviewerId: string; status: string }) => invitation.reviewerId === practice[2].user.id && invitation.status === 'pending')).toMatchObject({ viaAlternate: true });

    const phone = await newPage(PHONE);
    await logIn(phone, secretary);
    await phone.goto(`${base}/aanmeldingen/${applicationA}/panel`);
    await see(phone.getByRole('table', { name: 'Leden van het panel' })).visible();
    await expectAccessible(phone, 'secretary-panel-phone');
    expect(await horizontalOverflow(phone)).toBe(0);

    // An owner does not get the panel screen.
    const ownerPage = await newPage();
    await logIn(ownerPage, owner);
    await ownerPage.goto(`${base}/aanmeldingen/${applicationA}/panel`);
    await see(ownerPage.locator('main h1')).text('Pagina niet gevonden');
  });

  it('plans a meeting, puts cases awaiting the committee on its agenda and reorders them; the chair reads it, others get not found', async () => {
    const page = await newPage();
    await logIn(page, secretary);
    await page.goto(`${base}/vergaderingen`);
    await see(page.locator('main h1')).text('Vergaderingen');
    await see(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Vergaderingen' })).visible();
    await see(page.locator('main')).contains('Er zijn geen vergaderingen gepland.');
    await expectAccessible(page, 'secretary-meetings');

    // Without a date: the summary takes the focus and the field says why.
    await page.getByRole('button', { name: 'Vergadering plannen' }).click();
    await see(page.locator('.error-summary')).focused();
    await see(page.locator('.error-summary')).contains('Datum: Dit is verplicht.');
    // A date that has passed is refused by the API, next to the field; what was typed stays.
    const yesterday = DUTCH_DATE.format(new Date(Date.now() - 2 * 86_400_000));
    await page.locator('#field-plan-date').fill(yesterday);
    await page.locator('#field-plan-location').fill('Movisie, Utrecht');
    await page.getByRole('button', { name: 'Vergadering plannen' }).click();
    await see(page.locator('.utrecht-form-field-error-message')).contains('Deze datum is al geweest.');
    await see(page.locator('#field-plan-location')).value('Movisie, Utrecht');
    await expectAccessible(page, 'secretary-meetings-errors');

    const inTwoWeeks = DUTCH_DATE.format(new Date(Date.now() + 14 * 86_400_000));
    await page.locator('#field-plan-date').fill(inTwoWeeks);
    await page.locator('#field-plan-time').fill('14:30');
    await page.getByRole('button', { name: 'Vergadering plannen' }).click();
    await page.waitForURL(/\/vergaderingen\/[0-9a-f-]{36}$/);
    meetingId = page.url().split('/').pop()!;
    await see(status(page)).contains('De vergadering is gepland.');
    const stored = (await request(t.server).get(`/meetings/${meetingId}`).set(secretary.auth).expect(200)).body;
    expect(stored.location).toBe('Movisie, Utrecht');
    expect(new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' }).format(new Date(stored.startsAt))).toBe('14:30');
    await see(page.locator('main h1')).contains('Vergadering Maatschappelijke ondersteuning, participatie en veiligheid');

    const waiting = page.getByRole('table', { name: 'Aanmeldingen die op de agenda kunnen' });
    await see(waiting.locator('tbody tr')).count(2);
    await page.getByRole('button', { name: 'Op de agenda zetten Buurtkracht' }).click();
    await see(status(page)).contains('Buurtkracht staat op de agenda.');
    await page.getByRole('button', { name: 'Op de agenda zetten Samen koken' }).click();
    await see(status(page)).contains('Samen koken staat op de agenda.');
    await see(page.locator('main')).contains('Er wachten geen aanmeldingen op de commissie.');
    const agenda = page.getByRole('table', { name: 'De agenda, in volgorde van behandeling' });
    await see(agenda.locator('tbody tr')).count(2);
    await see(agenda.locator('tbody tr').first()).contains('Buurtkracht');

    await page.getByRole('button', { name: 'Later behandelen Buurtkracht' }).click();
    await see(status(page)).contains('De volgorde van de agenda is opgeslagen.');
    await see(agenda.locator('tbody tr').first()).contains('Samen koken');
    const order = (await request(t.server).get(`/meetings/${meetingId}`).set(secretary.auth).expect(200)).body.agenda.map((item: { application: { id: string } }) => item.application.id);
    expect(order).toEqual([awaiting[1], awaiting[0]]);
    await see(agenda.getByRole('link', { name: 'Dossier van Buurtkracht' })).attribute('href', `/aanmeldingen/${awaiting[0]}/dossier`);
    await expectAccessible(page, 'secretary-meeting-agenda');

    const phone = await newPage(PHONE);
    await logIn(phone, secretary);
    await phone.goto(`${base}/vergaderingen/${meetingId}`);
    await see(phone.getByRole('table', { name: 'De agenda, in volgorde van behandeling' }).locator('tbody tr')).count(2);
    await expectAccessible(phone, 'secretary-meeting-agenda-phone');
    expect(await horizontalOverflow(phone)).toBe(0);
    await phone.goto(`${base}/vergaderingen`);
    await see(phone.getByRole('link', { name: /14:30/ })).visible();
    await expectAccessible(phone, 'secretary-meetings-phone');
    expect(await horizontalOverflow(phone)).toBe(0);

    // The chair lands on the meetings and reads the agenda without the secretary's controls.
    const chairPage = await newPage();
    await logIn(chairPage, chair);
    await chairPage.waitForURL('**/vergaderingen');
    await chairPage.getByRole('link', { name: /14:30/ }).click();
    await chairPage.waitForURL(`**/vergaderingen/${meetingId}`);
    const chairAgenda = chairPage.getByRole('table', { name: 'De agenda, in volgorde van behandeling' });
    await see(chairAgenda.locator('tbody tr')).count(2);
    await see(chairPage.locator('main dl')).contains('Voorzitter');
    await see(chairAgenda.getByRole('link', { name: 'Dossier van Samen koken' })).visible();
    await see(chairPage.getByRole('button', { name: /Van de agenda halen|Op de agenda zetten|Wijzigingen opslaan|Notulen opslaan/ })).count(0);
    await see(chairPage.locator('section[aria-labelledby="minutes-heading"]')).contains('De notulen kunnen worden vastgelegd vanaf');
    await see(chairPage.locator('section[aria-labelledby="minutes-heading"]')).contains('14:30, het begin van de vergadering.');
    await expectAccessible(chairPage, 'chair-meeting-agenda');

    // A member of another committee, and an owner, get "not found".
    const other = await newPage();
    await logIn(other, outsider);
    await other.goto(`${base}/vergaderingen/${meetingId}`);
    await see(other.locator('main h1')).text('Pagina niet gevonden');
    await other.goto(`${base}/vergaderingen`);
    await see(other.locator('main')).contains('Er zijn geen vergaderingen gepland.');
    const ownerPage = await newPage();
    await logIn(ownerPage, owner);
    await ownerPage.goto(`${base}/vergaderingen/${meetingId}`);
    await see(ownerPage.locator('main h1')).text('Pagina niet gevonden');
  });
});
